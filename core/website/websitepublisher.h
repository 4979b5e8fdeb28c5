// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QObject>
#include <QPointer>

#include "s3/listingguard.h"
#include "transport/apierror.h"
#include "website/publicrecord.h"
#include "website/publishplan.h"
#include "website/websiteendpoint.h"
#include "website/websitereachabilityjob.h"

class S3Client;

struct PublishOptions
{
    QString folder;
    QString bucket;
    QString indexDocument = QStringLiteral("index.html");
    // Empty: error.html, then 404.html, when the folder has one; otherwise none.
    QString errorDocument;
    QString cacheControl; // empty: no Cache-Control header
    bool deleteRemoved = false;
    bool makePublic = true;
    bool allowUnblock = false; // MakePublicJob::Options::allowChangeBlock
    bool publicListing = true; // missing pages answer 404 with the error document, not 403
    bool verify = true;        // fetch the index and a missing page through the endpoint
    QString region;            // for the endpoint; empty: the profile's
    QString websiteBase;       // the sandbox's or a compatible store's own website URL
    int parallel = 4;          // PutObject requests in flight
    bool dryRun = false;       // scan, list and plan only
};

struct PublishResult
{
    ApiError error;
    PublishPlan plan;
    QStringList uploaded;
    QStringList deleted;
    PublicRecord record; // what "Make public" changed (save it so "Make private" can undo it)
    WebsiteEndpoint endpoint;
    std::optional<WebsiteReachabilityResult> reachability;
};

// Publishes a local folder as the bucket's website: scans and hashes the folder off the GUI thread,
// lists the bucket, uploads only what is new or changed (PutObject with Content-Type from the file
// name and the Cache-Control given; a few at a time), optionally deletes what the folder no longer
// has, sets the index and error documents (keeping every other part of the website configuration),
// makes the objects public, and fetches the site through its endpoint. Reports once through
// finished() and deletes itself.
//
// Uploads use PutObject jobs rather than the TransferQueue because each object needs its own
// Content-Type and Cache-Control headers, which the queue does not carry; website files are small.
class WebsitePublisher final : public QObject
{
    Q_OBJECT
public:
    WebsitePublisher(S3Client *client, PublishOptions options, QObject *parent = nullptr);
    void start();
    void cancel();

Q_SIGNALS:
    void step(const QString &what);
    void progress(int done, int total);
    void finished(const PublishResult &result);

private:
    void list(const QString &token);
    void planned();
    void uploadNext();
    void removeRemoved();
    void configure();
    void makePublic();
    void verify();
    void finish(const ApiError &error);

    S3Client *m_client;
    PublishOptions m_options;
    PublishResult m_result;
    QList<PublishFile> m_local;
    QList<ObjectEntry> m_remote;
    ListingGuard m_guard; // a lying server: no key planned twice, no token followed twice
    int m_nextUpload = 0;
    int m_inFlight = 0;
    int m_uploaded = 0;
    bool m_done = false;
    bool m_canceled = false;
};

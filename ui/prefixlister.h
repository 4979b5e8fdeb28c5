// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "s3/listingguard.h"

class ListObjectsJob;
class S3Client;
struct ListObjectsResult;

// Every key below some folder prefixes (flat listings, page after page), plus some single keys,
// for the actions that work on folders recursively: delete and rename/move. finished() once.
class PrefixLister final : public QObject
{
    Q_OBJECT
public:
    struct Found
    {
        QStringList keys;
        qint64 bytes = 0;
        QString error; // non-empty: the listing failed part-way
    };

    PrefixLister(
        S3Client *client, QString bucket, QStringList prefixes, QStringList keys, QObject *parent = nullptr);
    void start();
    void cancel();

Q_SIGNALS:
    void progress(int keysFound);
    void finished(const PrefixLister::Found &found);

private:
    void next();
    void onPage(const ListObjectsResult &result);

    S3Client *m_client;
    QString m_bucket;
    QStringList m_prefixes;
    Found m_found;
    QString m_token;
    ListingGuard m_guard; // one per prefix: a lying server neither loops nor lists a key twice
    QPointer<ListObjectsJob> m_job;
    bool m_done = false;
};

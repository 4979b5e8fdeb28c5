// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "s3/s3types.h"
#include "transport/apierror.h"

class Exchange;
class S3Client;
struct HttpResponse;

struct ListObjectsRequest
{
    QString bucket;
    QString prefix;
    QString delimiter;         // empty: flat listing
    QString continuationToken; // empty: first page (V2 token, or V1 marker)
    QString startAfter;
    int maxKeys = 1000;
    bool v1 = false; // ListObjects (V1) for clouds without ListObjectsV2 (Walrus, some others)
};

struct ListObjectsResult
{
    ApiError error; // isOk() when the page arrived
    ObjectListing page;
    bool usedV1 = false; // the cloud lacked V2 and the job fell back to V1
};

// One page of a bucket listing, always with encoding-type=url so that every key survives XML.
// Falls back to V1 once when the cloud does not know ListObjectsV2.
class ListObjectsJob final : public QObject
{
    Q_OBJECT
public:
    ListObjectsJob(S3Client *client, ListObjectsRequest request);
    void start();
    void abort();

Q_SIGNALS:
    void finished(const ListObjectsResult &result);

private:
    void send();
    void onResponse(const HttpResponse &response);
    void finish(ListObjectsResult result);

    S3Client *m_client;
    ListObjectsRequest m_request;
    QPointer<Exchange> m_exchange;
    bool m_done = false;
    bool m_fellBack = false;
};

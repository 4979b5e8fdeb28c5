// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "s3/s3types.h"
#include "transport/apierror.h"

class Exchange;
class S3Client;
struct HttpResponse;

struct ListBucketsResult
{
    ApiError error; // isOk() when the list arrived
    BucketList list;
};

// ListBuckets (GET on the service). finished() comes once, after start() returned; then the job
// deletes itself.
class ListBucketsJob final : public QObject
{
    Q_OBJECT
public:
    explicit ListBucketsJob(S3Client *client);
    void start();
    void abort();

Q_SIGNALS:
    void finished(const ListBucketsResult &result);

private:
    void onResponse(const HttpResponse &response);
    void finish(ListBucketsResult result);

    S3Client *m_client;
    QPointer<Exchange> m_exchange;
    bool m_done = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "transport/apierror.h"

class Exchange;
class S3Client;
struct HttpResponse;

struct GetBucketLocationResult
{
    ApiError error;
    QString bucket;
    QString region; // normalised: "" → us-east-1, "EU" → eu-west-1
};

// GetBucketLocation (GET BUCKET?location). finished() comes once, after start() returned; then the
// job deletes itself.
class GetBucketLocationJob final : public QObject
{
    Q_OBJECT
public:
    GetBucketLocationJob(S3Client *client, QString bucket);
    void start();
    void abort();

Q_SIGNALS:
    void finished(const GetBucketLocationResult &result);

private:
    void onResponse(const HttpResponse &response);
    void finish(GetBucketLocationResult result);

    S3Client *m_client;
    QString m_bucket;
    QPointer<Exchange> m_exchange;
    bool m_done = false;
};

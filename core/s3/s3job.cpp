// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/s3job.h"

#include "clouds/cloudprofile.h"
#include "s3/s3client.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"

S3Job::S3Job(S3Client *client)
    : QObject(client)
    , m_client(client)
{}

void S3Job::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_exchange)
        m_exchange->abort(); // its finished() reaches the job's handler with Kind::Aborted
    else
        finishWithError(abortedError());
}

ApiError S3Job::abortedError()
{
    return ApiError(ApiError::Kind::Aborted, tr("cancelled"));
}

void S3Job::send(
    HttpRequest request, SendOptions options, std::function<void(const HttpResponse &)> onResponse)
{
    if (m_aborted)
        return finishWithError(abortedError());
    // A cloud set read-only, or one without keys (its requests go unsigned): nothing but reads
    // leaves, whatever asked for the write (the browser and skylight-cli refuse earlier, with the
    // same sentence).
    const QByteArray verb = request.method.toUpper();
    const QString refusal = m_client->writeRefusal();
    if (!refusal.isEmpty() && verb != "GET" && verb != "HEAD")
        return finishWithError(ApiError(ApiError::Kind::Local, refusal));
    m_exchange = m_client->transport()->send(std::move(request), std::move(options));
    connect(m_exchange, &Exchange::uploadProgress, this, &S3Job::uploadProgress);
    connect(m_exchange, &Exchange::downloadProgress, this, &S3Job::downloadProgress);
    connect(m_exchange, &Exchange::finished, this, [this, onResponse](const HttpResponse &response) {
        m_exchange = nullptr;
        onResponse(response);
    });
}

bool S3Job::markDone()
{
    if (m_done)
        return false;
    m_done = true;
    deleteLater();
    return true;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/listobjectsjob.h"

#include "s3/listobjectsparser.h"
#include "s3/s3client.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"
#include "transport/offthread.h"

using namespace Qt::StringLiterals;

ListObjectsJob::ListObjectsJob(S3Client *client, ListObjectsRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{}

void ListObjectsJob::start()
{
    send();
}

void ListObjectsJob::send()
{
    HttpRequest r = m_client->request("GET", m_request.bucket);
    if (!m_request.v1)
        r.addQuery("list-type", "2");
    if (!m_request.prefix.isEmpty())
        r.addQuery("prefix", m_request.prefix.toUtf8());
    if (!m_request.delimiter.isEmpty())
        r.addQuery("delimiter", m_request.delimiter.toUtf8());
    r.addQuery("max-keys", QByteArray::number(m_request.maxKeys));
    r.addQuery("encoding-type", "url");
    if (!m_request.continuationToken.isEmpty())
        r.addQuery(m_request.v1 ? "marker" : "continuation-token", m_request.continuationToken.toUtf8());
    else if (!m_request.startAfter.isEmpty())
        r.addQuery(m_request.v1 ? "marker" : "start-after", m_request.startAfter.toUtf8());
    m_exchange = m_client->transport()->send(std::move(r), m_client->sendOptions(m_request.bucket));
    connect(m_exchange, &Exchange::finished, this, &ListObjectsJob::onResponse);
}

void ListObjectsJob::abort()
{
    if (m_exchange)
        m_exchange->abort();
    else
        finish({ApiError(ApiError::Kind::Aborted, tr("cancelled")), {}, m_request.v1});
}

void ListObjectsJob::onResponse(const HttpResponse &response)
{
    m_exchange = nullptr;
    if (!response.error.isOk()) {
        // A cloud without V2 answers 400/501 to list-type=2 (NotImplemented, InvalidArgument…).
        const int status = response.error.httpStatus();
        const QString code = response.error.serviceCode();
        if (!m_request.v1 && !m_fellBack
            && (status == 501 || code == u"NotImplemented"
                || (status == 400 && code == u"InvalidArgument"))) {
            m_fellBack = true;
            m_request.v1 = true;
            send();
            return;
        }
        return finish({response.error, {}, m_request.v1});
    }
    runOffThread(
        this,
        [body = response.body] { return parseListObjects(body); },
        [this](Result<ObjectListing> parsed) {
            if (!parsed.isOk())
                return finish({parsed.error(), {}, m_request.v1});
            finish({ApiError::ok(), parsed.takeValue(), m_request.v1});
        });
}

void ListObjectsJob::finish(ListObjectsResult result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}

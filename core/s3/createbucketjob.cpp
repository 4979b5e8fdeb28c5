// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/createbucketjob.h"

#include <QXmlStreamWriter>

#include "s3/s3client.h"
#include "transport/httpresponse.h"

using namespace Qt::StringLiterals;

CreateBucketJob::CreateBucketJob(S3Client *client, BucketRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

QByteArray CreateBucketJob::configurationXml(const QString &region)
{
    if (region.isEmpty() || region == u"us-east-1")
        return {};
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(u"CreateBucketConfiguration"_s);
    w.writeDefaultNamespace(u"http://s3.amazonaws.com/doc/2006-03-01/"_s);
    w.writeTextElement(u"LocationConstraint"_s, region);
    w.writeEndElement();
    return xml;
}

void CreateBucketJob::start()
{
    m_region = m_client->profile().regionOrDefault(m_request.region);
    HttpRequest r = m_client->request("PUT", m_request.bucket);
    r.body = configurationXml(m_region);
    if (!r.body.isEmpty())
        r.setHeader("Content-Type", "application/xml");
    SendOptions o = m_client->sendOptions(m_request.bucket);
    if (o.region != m_region) {
        if (o.retarget)
            o.retarget(r, m_region);
        o.region = m_region;
    }
    send(std::move(r), o, [this](const HttpResponse &response) { finishWithError(response.error); });
}

void CreateBucketJob::finishWithError(const ApiError &error)
{
    if (markDone())
        Q_EMIT finished({error, m_region});
}

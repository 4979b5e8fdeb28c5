// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/deleteobjectsjob.h"

#include <QMetaObject>
#include <QXmlStreamWriter>

#include "s3/bodydigest.h"
#include "s3/multipartparsers.h"
#include "s3/s3client.h"
#include "transport/httpresponse.h"
#include "transport/offthread.h"

using namespace Qt::StringLiterals;

namespace {

struct Batch
{
    QByteArray xml;
    BodyDigest digest;
};

} // namespace

bool DeleteObjectsJob::fitsInXml(const QString &key)
{
    for (QChar c : key) {
        const char16_t u = c.unicode();
        // XML 1.0 has no way to carry most control characters, and a parser turns CR into LF.
        if ((u < 0x20 && u != 0x09 && u != 0x0a) || u == 0xfffe || u == 0xffff)
            return false;
    }
    return true;
}

DeleteObjectsJob::DeleteObjectsJob(S3Client *client, DeleteObjectsRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

QByteArray DeleteObjectsJob::deleteXml(const QStringList &keys)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeStartElement(u"Delete"_s);
    w.writeDefaultNamespace(u"http://s3.amazonaws.com/doc/2006-03-01/"_s);
    w.writeTextElement(u"Quiet"_s, u"false"_s);
    for (const QString &key : keys) {
        w.writeStartElement(u"Object"_s);
        w.writeTextElement(u"Key"_s, key);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

void DeleteObjectsJob::start()
{
    for (const QString &key : std::as_const(m_request.keys))
        (fitsInXml(key) ? m_batchKeys : m_singleKeys).append(key);
    // Queued: with no keys at all, finished() must still come after start() returned.
    QMetaObject::invokeMethod(this, &DeleteObjectsJob::nextBatch, Qt::QueuedConnection);
}

void DeleteObjectsJob::nextSingle()
{
    if (m_singleKeys.isEmpty())
        return finishWithError(ApiError::ok());
    const QString key = m_singleKeys.takeFirst();
    send(m_client->request("DELETE", m_request.bucket, key),
        m_client->sendOptions(m_request.bucket),
        [this, key](const HttpResponse &response) {
            if (response.error.kind() == ApiError::Kind::Aborted)
                return finishWithError(response.error);
            if (response.error.isOk())
                m_outcome.deleted.append(key);
            else
                m_outcome.errors.append({key, response.error.serviceCode(), response.error.humanSentence()});
            nextSingle();
        });
}

void DeleteObjectsJob::nextBatch()
{
    if (isDone())
        return;
    if (m_next >= m_batchKeys.size())
        return nextSingle();
    const QStringList keys = m_batchKeys.mid(m_next, kMaxBatch);
    m_next += keys.size();
    runOffThread(
        this,
        [keys] {
            Batch b;
            b.xml = deleteXml(keys);
            b.digest = digestBytes(b.xml, true);
            return b;
        },
        [this](const Batch &b) {
            if (isDone())
                return;
            HttpRequest r = m_client->request("POST", m_request.bucket);
            r.addBareQuery("delete");
            r.body = b.xml;
            r.payloadHash = b.digest.sha256Hex;
            r.setHeader("Content-MD5", b.digest.md5Base64);
            r.setHeader("Content-Type", "application/xml");
            send(std::move(r), m_client->sendOptions(m_request.bucket), [this](const HttpResponse &response) {
                if (!response.error.isOk())
                    return finishWithError(response.error);
                runOffThread(
                    this,
                    [body = response.body] { return parseDeleteObjects(body); },
                    [this](Result<DeleteOutcome> parsed) {
                        if (!parsed.isOk())
                            return finishWithError(parsed.error());
                        m_outcome.deleted += parsed.value().deleted;
                        m_outcome.errors += parsed.value().errors;
                        nextBatch();
                    });
            });
        });
}

void DeleteObjectsJob::finishWithError(const ApiError &error)
{
    if (markDone())
        Q_EMIT finished({error, m_outcome});
}

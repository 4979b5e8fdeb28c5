// SPDX-License-Identifier: GPL-3.0-or-later
// CompleteMultipartUpload, the one MultipartOperations step with a document to read and a body to
// assemble: the parts are concatenated file to file, never through memory whole.
#include <QCryptographicHash>
#include <QFile>
#include <QXmlStreamReader>
#include <QtEndian>

#include "multipartoperations.h"
#include "s3/crc32c.h"
#include "s3call.h"
#include "s3xml.h"
#include "sandboxrequest.h"
#include "sandboxstore.h"

using namespace Qt::StringLiterals;

namespace {

struct RequestedPart
{
    int number = 0;
    QByteArray etag;
    QList<HttpHeader> checksums; // <ChecksumCRC32C> → "crc32c", as sent
};

std::optional<QList<RequestedPart>> parseCompletion(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QList<RequestedPart> parts;
    RequestedPart current;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::DTD)
            return std::nullopt;
        if (reader.isEndElement() && reader.name() == "Part"_L1) {
            if (current.number <= 0 || current.etag.isEmpty())
                return std::nullopt;
            parts.append(current);
        }
        if (!reader.isStartElement())
            continue;
        if (reader.name() == "CompleteMultipartUpload"_L1)
            sawRoot = true;
        else if (reader.name() == "Part"_L1)
            current = RequestedPart();
        else if (reader.name() == "PartNumber"_L1)
            current.number = reader.readElementText().trimmed().toInt();
        else if (reader.name() == "ETag"_L1)
            current.etag = reader.readElementText().trimmed().toUtf8();
        else if (reader.name().startsWith("Checksum"_L1) && reader.name().size() > 8)
            current.checksums.append(
                {reader.name().mid(8).toLatin1().toLower(), reader.readElementText().trimmed().toUtf8()});
    }
    if (reader.hasError() || !sawRoot || parts.isEmpty())
        return std::nullopt;
    return parts;
}

QByteArray checksumNamed(const QList<HttpHeader> &checksums, const QByteArray &name)
{
    for (const HttpHeader &c : checksums) {
        if (c.name == name)
            return c.value;
    }
    return {};
}

QByteArray unquoted(QByteArray etag)
{
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        return etag.mid(1, etag.size() - 2);
    return etag;
}

// 200 with an <Error> body: what S3 sends when a completion fails after it began answering.
SandboxResponse errorAfter200(const S3Call &call, const QByteArray &code)
{
    SandboxResponse response = call.error(500, code, "We encountered an internal error. Please try again.");
    response.status = 200;
    // S3 sends the head at once and whitespace while it works; the <Error> comes after it.
    const qsizetype declarationEnd = response.body.startsWith("<?xml") ? response.body.indexOf('>') + 1 : 0;
    response.body.insert(declarationEnd, "\n \n \n");
    return response;
}

bool appendFile(QFile &out, const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    for (;;) {
        const QByteArray chunk = in.read(1024 * 1024);
        if (chunk.isEmpty())
            return in.atEnd();
        if (out.write(chunk) != chunk.size())
            return false;
    }
}

} // namespace

SandboxResponse MultipartOperations::complete(const S3Call &call) const
{
    SandboxResponse refusal;
    const std::optional<UploadInfo> upload = findUpload(call, &refusal);
    if (!upload)
        return refusal;
    QByteArray document = call.request.body;
    if (!call.request.bodyFile.isEmpty() && call.request.bodySize <= kMaxCompletionBytes) {
        QFile file(call.request.bodyFile); // 10,000 parts are about 1 MB of XML
        if (file.open(QIODevice::ReadOnly))
            document = file.readAll();
    }
    const std::optional<QList<RequestedPart>> requested = parseCompletion(document);
    if (!requested)
        return call.error(400,
            "MalformedXML",
            "The XML you provided was not well-formed or did not validate against our published schema");
    QHash<int, PartInfo> uploaded;
    for (PartInfo &part : m_uploads.parts(upload->id))
        uploaded.insert(part.number, std::move(part));
    QList<PartInfo> chosen;
    QCryptographicHash etagHash(QCryptographicHash::Md5);
    QList<quint32> partCrcs; // an upload created with CRC32C: each part's, for the object's composite
    qint64 total = 0;
    for (qsizetype i = 1; i < requested->size(); ++i) {
        if (requested->at(i).number <= requested->at(i - 1).number)
            return call.error(400,
                "InvalidPartOrder",
                "The list of parts was not in ascending order. Parts must be ordered by part number.",
                {{"UploadId", upload->id}});
    }
    for (qsizetype i = 0; i < requested->size(); ++i) {
        const RequestedPart &want = requested->at(i);
        const auto found = uploaded.constFind(want.number);
        if (found == uploaded.constEnd() || found->etag != unquoted(want.etag))
            return call.error(400,
                "InvalidPart",
                "One or more of the specified parts could not be found.  The part may not have been "
                "uploaded, "
                "or the specified entity tag may not have matched the part's entity tag.",
                {{"UploadId", upload->id},
                    {"PartNumber", QByteArray::number(want.number)},
                    {"ETag", want.etag}});
        if (!upload->checksumAlgorithm.isEmpty()) {
            // An upload created with a checksum algorithm: each part's checksum must be listed and
            // be the one the part was stored with (CompletedPart, API_CompletedPart.html).
            const QByteArray sent = checksumNamed(want.checksums, upload->checksumAlgorithm);
            if (sent.isEmpty())
                return call.error(400,
                    "InvalidRequest",
                    "The upload was created using a " + upload->checksumAlgorithm
                        + " checksum. The complete request must include the checksum for each part. It was "
                          "missing for part "
                        + QByteArray::number(want.number) + " in the request.");
            if (sent != checksumNamed(found->checksums, upload->checksumAlgorithm))
                return call.error(400,
                    "InvalidPart",
                    "One or more of the specified parts could not be found.  The part may not have been "
                    "uploaded, or the specified checksum may not have matched the part's checksum.",
                    {{"UploadId", upload->id},
                        {"PartNumber", QByteArray::number(want.number)},
                        {"Checksum" + upload->checksumAlgorithm.toUpper(), sent}});
        }
        if (i + 1 < requested->size() && found->size < kMinPartSize)
            return call.error(400,
                "EntityTooSmall",
                "Your proposed upload is smaller than the minimum allowed size",
                {{"ProposedSize", QByteArray::number(found->size)},
                    {"MinSizeAllowed", QByteArray::number(kMinPartSize)},
                    {"PartNumber", QByteArray::number(want.number)},
                    {"ETag", want.etag}});
        etagHash.addData(QByteArray::fromHex(found->etag));
        if (upload->checksumAlgorithm == "crc32c")
            partCrcs.append(
                qFromBigEndian<quint32>(QByteArray::fromBase64(checksumNamed(found->checksums, "crc32c"))
                                            .leftJustified(4, '\0')
                                            .constData()));
        total += found->size;
        chosen.append(*found);
    }
    if (m_completionFault) {
        const QByteArray code = m_completionFault(call);
        if (!code.isEmpty())
            return errorAfter200(call, code);
    }
    const QString temp = m_store->newTempFile(u"complete");
    QFile out(temp);
    bool written = out.open(QIODevice::WriteOnly);
    for (qsizetype i = 0; written && i < chosen.size(); ++i)
        written = appendFile(out, m_store->blobPath(chosen[i].blobId));
    written = written && out.flush() && out.size() == total;
    out.close();
    ObjectInfo info;
    info.key = upload->key;
    info.size = total;
    info.etag = etagHash.result().toHex() + '-' + QByteArray::number(chosen.size());
    info.contentType
        = upload->contentType.isEmpty() ? QByteArray("binary/octet-stream") : upload->contentType;
    info.storedHeaders = upload->storedHeaders;
    info.lastModified = call.now;
    info.acl = upload->acl;
    info.partsCount = int(chosen.size());
    for (const PartInfo &part : std::as_const(chosen))
        info.partSizes.append(part.size);
    if (!partCrcs.isEmpty()) // S3's COMPOSITE checksum: "CRC of the part CRCs-N"
        info.checksums = {{"crc32c", Crc32c::compositeBase64(partCrcs)}};
    QString problem;
    if (!written || !m_store->putObjectFile(call.bucket, info, temp, &problem)) {
        QFile::remove(temp);
        return errorAfter200(call, "InternalError");
    }
    m_uploads.remove(upload->id);
    const QByteArray host = call.request.header("Host");
    QByteArray xml = S3Xml::open("CompleteMultipartUploadResult");
    xml.append(S3Xml::element("Location", "http://" + host + call.request.rawPath));
    xml.append(S3Xml::element("Bucket", call.bucket)).append(S3Xml::element("Key", call.key));
    xml.append(S3Xml::element("ETag", '"' + info.etag + '"'));
    for (const HttpHeader &c : std::as_const(info.checksums))
        xml.append(S3Xml::element("Checksum" + c.name.toUpper(), c.value));
    xml.append("</CompleteMultipartUploadResult>");
    return call.xml(std::move(xml));
}

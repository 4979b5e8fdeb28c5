// SPDX-License-Identifier: GPL-3.0-or-later
// Download, second part: proving the file is the object once every range is on disk (CRC32C, MD5,
// multipart ETag), and learning the part size of a multipart object that does not record it.
#include <algorithm>
#include <cctype>
#include <filesystem>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include "s3/bodydigest.h"
#include "s3/headobjectjob.h"
#include "s3/s3client.h"
#include "transfer/download.h"
#include "transfer/downloadcrc.h"
#include "transport/logging.h"
#include "transport/offthread.h"

int Download::multipartParts(const QByteArray &quotedEtag)
{
    // Only the S3 form, "32 hex digits-N"; other clouds' multipart ETags are not checked.
    const QByteArray etag = QByteArray(quotedEtag).replace('"', "");
    const qsizetype dash = etag.lastIndexOf('-');
    if (dash != 32)
        return 0;
    const QByteArray hex = etag.left(dash);
    if (!std::all_of(
            hex.begin(), hex.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); }))
        return 0;
    bool ok = false;
    const int parts = etag.mid(dash + 1).toInt(&ok);
    return ok && parts > 0 ? parts : 0;
}

// HEAD ?partNumber=1 gives the first part's length and the number of parts (S3, radosgw, the
// sandbox; a server that ignores the query answers the whole object, which does not fit). That
// length is taken as every part's but the last, as every common uploader makes them: a guess, so a
// mismatch under it is only believed if a second download does not give the same value again.
void Download::askPartSize()
{
    auto *job = m_client->headObject({m_request.bucket, m_request.key});
    job->setPartNumber(1);
    m_headJob = job;
    connect(job, &HeadObjectJob::finished, this, [this](const HeadObjectResult &r) {
        m_headJob = nullptr;
        const int parts = multipartParts(m_head.etag);
        const qint64 length = r.head.answerLength;
        if (r.error.isOk() && r.head.etag == m_head.etag && r.head.partsCount == parts && length > 0
            && (m_head.size + length - 1) / length == parts) {
            m_partSize = length;
            m_partSizeGuessed = true;
        }
        prepare();
    });
    job->start();
}

// A mismatch: when the part size was only guessed and the same value comes twice, the parts are
// of other sizes (nothing to check by); otherwise fetch again as for damage.
void Download::onMismatch(
    const QByteArray &computed, const ApiError &mismatch, const std::function<void(bool)> &rename)
{
    if (m_partSizeGuessed && !computed.isEmpty() && computed == m_guessedMismatch) {
        qCInfo(lcTransport).noquote()
            << "the parts of" << m_request.key << "are not all of one size: checked by size only";
        return rename(false);
    }
    if (m_partSizeGuessed)
        m_guessedMismatch = computed;
    refetchAfterMismatch(mismatch);
}

void Download::verify()
{
    const QString part = partPath(m_request.targetPath);
    if (QFileInfo(part).size() != m_head.size)
        return fail(ApiError(ApiError::Kind::Local, tr("the downloaded file has the wrong size")));
    const QByteArray expectedMd5 = m_head.plainMd5();
    const auto rename = [this, part](bool verified) {
        std::error_code ec; // rename(2) replaces the target in one step
        std::filesystem::rename(
            QFile::encodeName(part).toStdString(), QFile::encodeName(m_request.targetPath).toStdString(), ec);
        if (ec)
            return fail(ApiError(ApiError::Kind::Local,
                tr("cannot move the download into place: %1").arg(QString::fromStdString(ec.message()))));
        finish({ApiError::ok(), m_head.size, verified});
    };
    if (m_crc)
        return verifyCrc(rename);
    if (expectedMd5.isEmpty())
        return verifyMultipart(rename);
    runOffThread(
        this,
        [part] { return digestFile(part, 0, -1, false); },
        [this, expectedMd5, rename](const BodyDigest &d) {
            if (m_failing)
                return;
            if (!d.error.isOk())
                return fail(d.error);
            if (d.md5Hex != expectedMd5) {
                const ApiError mismatch(
                    ApiError::Kind::Parse, tr("the download does not match the object's MD5"));
                return refetchAfterMismatch(mismatch);
            }
            rename(true);
        });
}

void Download::verifyCrc(const std::function<void(bool)> &rename)
{
    runOffThread(
        this,
        [part = partPath(m_request.targetPath), crc = m_crc] {
            QString problem;
            QByteArray computed = crc->compute(part, &problem);
            return std::make_pair(computed, problem);
        },
        [this, rename](const std::pair<QByteArray, QString> &checked) {
            if (m_failing)
                return;
            if (!checked.second.isEmpty())
                return fail(ApiError(ApiError::Kind::Local, checked.second));
            if (checked.first != m_crc->expected())
                return onMismatch(checked.first,
                    ApiError(ApiError::Kind::Parse,
                        tr("the download does not match the object's CRC32C checksum")),
                    rename);
            rename(true);
        });
}

// Which range was damaged is unknown: fetch the whole object again, a bounded number of times.
void Download::refetchAfterMismatch(const ApiError &mismatch)
{
    if (++m_verifyAttempts < m_options.chunkAttempts && retryQuotaLeft(mismatch))
        return restart();
    fail(mismatch);
}

// A multipart object has an ETag that is the MD5 of its parts' MD5s, "-N". When its part size is
// known (Upload records it in the object's metadata, or askPartSize learnt it) the file is checked
// against that ETag; a mismatch fetches the whole object again, as a wrong MD5 does. Objects of
// unknown part size are checked by size only.
void Download::verifyMultipart(const std::function<void(bool)> &rename)
{
    const QByteArray etag = QByteArray(m_head.etag).replace('"', "");
    const int parts = multipartParts(m_head.etag);
    const qint64 partSize = m_partSize;
    if (parts <= 0 || partSize <= 0 || (m_head.size + partSize - 1) / partSize != parts)
        return rename(false);
    runOffThread(
        this,
        [part = partPath(m_request.targetPath), size = m_head.size, partSize] {
            return multipartEtagOf(part, size, partSize);
        },
        [this, etag, rename](const QByteArray &computed) {
            if (m_failing)
                return;
            if (computed != etag)
                return onMismatch(computed,
                    ApiError(
                        ApiError::Kind::Parse, tr("the download does not match the object's multipart ETag")),
                    rename);
            rename(true);
        });
}

QByteArray Download::multipartEtagOf(const QString &path, qint64 size, qint64 partSize)
{
    QCryptographicHash joined(QCryptographicHash::Md5);
    int parts = 0;
    for (qint64 offset = 0; offset < size; offset += partSize, ++parts) {
        const BodyDigest d = digestFile(path, offset, qMin(partSize, size - offset), false);
        if (!d.error.isOk())
            return {};
        joined.addData(QByteArray::fromHex(d.md5Hex));
    }
    return joined.result().toHex() + '-' + QByteArray::number(parts);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QString>

#include "s3/streamdigest.h"

class QFile;

// Collects one request body as it arrives: in memory while it is small, then in a temporary file;
// MD5 and SHA-256 are computed on the way, so nothing is read twice. The SHA-256 of a body that goes
// to a file (a part, a large PUT) is computed only when the head asked for it (withSha256: a signed
// payload or an x-amz-checksum-sha256); small bodies (EC2's forms) always have it.
class BodySink
{
public:
    // withSha256: the request's head asks for the body's SHA-256 (needsSha256), however large.
    BodySink(QString tempDir, qint64 memoryLimit, bool withSha256);
    // A signed payload (AuthVerifier::isPayloadHash) or an x-amz-checksum-sha256 header.
    static bool needsSha256(const QByteArray &contentSha256, const QByteArray &checksumSha256);
    ~BodySink();
    BodySink(const BodySink &) = delete;
    BodySink &operator=(const BodySink &) = delete;

    bool append(const QByteArray &bytes); // false when the disk refuses
    // Finishes the body; the file (if any) then belongs to the caller via takeFile().
    void finish();
    qint64 size() const { return m_size; }
    QByteArray memory() const { return m_memory; }
    QString takeFile();
    QByteArray md5() const { return m_md5Result; }
    QByteArray sha256() const { return m_sha256Result; } // empty: a large body, not asked for

private:
    QString m_tempDir;
    qint64 m_limit;
    qint64 m_size = 0;
    QByteArray m_memory;
    std::unique_ptr<QFile> m_file;
    QString m_fileName;
    StreamDigest m_md5 = StreamDigest::md5();
    std::optional<StreamDigest> m_sha256 = StreamDigest::sha256();
    bool m_shaAlways; // computed even once the body goes to a file
    QByteArray m_md5Result;
    QByteArray m_sha256Result;
};

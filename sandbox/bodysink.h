// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

class QFile;

// Collects one request body as it arrives: in memory while it is small, then in a temporary file;
// MD5 and SHA-256 are computed on the way, so nothing is read twice.
class BodySink
{
public:
    BodySink(QString tempDir, qint64 memoryLimit);
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
    QByteArray sha256() const { return m_sha256Result; }

private:
    QString m_tempDir;
    qint64 m_limit;
    qint64 m_size = 0;
    QByteArray m_memory;
    std::unique_ptr<QFile> m_file;
    QString m_fileName;
    QCryptographicHash m_md5 {QCryptographicHash::Md5};
    QCryptographicHash m_sha256 {QCryptographicHash::Sha256};
    QByteArray m_md5Result;
    QByteArray m_sha256Result;
};

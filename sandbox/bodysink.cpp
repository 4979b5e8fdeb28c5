// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodysink.h"

#include <QFile>
#include <QRandomGenerator>

#include "authverifier.h"

using namespace Qt::StringLiterals;

BodySink::BodySink(QString tempDir, qint64 memoryLimit, bool withSha256)
    : m_tempDir(std::move(tempDir))
    , m_limit(memoryLimit)
    , m_shaAlways(withSha256)
{}

bool BodySink::needsSha256(const QByteArray &contentSha256, const QByteArray &checksumSha256)
{
    return AuthVerifier::isPayloadHash(contentSha256) || !checksumSha256.isEmpty();
}

BodySink::~BodySink()
{
    if (m_file) {
        m_file->close();
        QFile::remove(m_fileName); // never taken over: an abandoned upload
    } else if (!m_fileName.isEmpty()) {
        QFile::remove(m_fileName);
    }
}

bool BodySink::append(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    m_md5.add(bytes);
    if (m_sha256)
        m_sha256->add(bytes);
    m_size += bytes.size();
    if (!m_file && m_memory.size() + bytes.size() <= m_limit) {
        m_memory.append(bytes);
        return true;
    }
    if (!m_file) {
        if (!m_shaAlways)
            m_sha256.reset(); // to a file, and nobody asked for its SHA-256: not worth 0.2 s per 100 MB
        m_fileName
            = m_tempDir + u"/body-%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
        m_file = std::make_unique<QFile>(m_fileName);
        if (!m_file->open(QIODevice::WriteOnly) || m_file->write(m_memory) != m_memory.size())
            return false;
        m_memory.clear();
    }
    return m_file->write(bytes) == bytes.size();
}

void BodySink::finish()
{
    m_md5Result = m_md5.result();
    if (m_sha256)
        m_sha256Result = m_sha256->result();
    if (m_file) {
        m_file->close();
        m_file.reset();
    }
}

QString BodySink::takeFile()
{
    QString name = m_fileName;
    m_fileName.clear();
    return name;
}

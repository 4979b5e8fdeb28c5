// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/fileslicedevice.h"

FileSliceDevice::FileSliceDevice(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
{}

bool FileSliceDevice::open(OpenMode mode)
{
    if ((mode & QIODevice::WriteOnly) || !m_file.open(QIODevice::ReadOnly))
        return false;
    if (m_file.size() < m_offset + m_length || !m_file.seek(m_offset)) {
        m_file.close();
        setErrorString(tr("%1 is shorter than expected").arg(m_file.fileName()));
        return false;
    }
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void FileSliceDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileSliceDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

bool FileSliceDevice::atEnd() const
{
    return pos() >= m_length;
}

qint64 FileSliceDevice::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_length - pos();
    if (left <= 0)
        return 0;
    const qint64 got = m_file.read(data, qMin(maxSize, left));
    if (got == 0 && maxSize > 0) {
        // The file shrank under us: end the body now rather than leave the request waiting for
        // bytes that will never come (QNetworkAccessManager would wait until its timeout).
        setErrorString(tr("%1 became shorter while it was read").arg(m_file.fileName()));
        return -1;
    }
    return got;
}

std::function<std::unique_ptr<QIODevice>()> FileSliceDevice::factory(
    const QString &path, qint64 offset, qint64 length)
{
    return [path, offset, length]() -> std::unique_ptr<QIODevice> {
        return std::make_unique<FileSliceDevice>(path, offset, length);
    };
}

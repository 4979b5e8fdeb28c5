// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/fileslicedevice.h"

#include <cstring>

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include "transport/offthread.h"

namespace {

constexpr qint64 kWindow = 256 * 1024;

// Auto's choice; SKYLIGHT_UPLOAD_READS=ahead or direct overrides it (bench/run-upload-reads.sh
// compares the two in one binary).
bool readAheadHere()
{
    const QString forced = qEnvironmentVariable("SKYLIGHT_UPLOAD_READS");
    if (forced == QLatin1String("ahead") || forced == QLatin1String("direct"))
        return forced == QLatin1String("ahead");
    // core links no Gui: the application's class is asked by name
    const QCoreApplication *app = QCoreApplication::instance();
    return app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread();
}

} // namespace

FileSliceDevice::FileSliceDevice(
    const QString &path, qint64 offset, qint64 length, QObject *parent, Reads reads)
    : QIODevice(parent)
    , m_path(path)
    , m_offset(offset)
    , m_length(length)
    , m_reads(reads)
    , m_file(path)
{}

bool FileSliceDevice::open(OpenMode mode)
{
    if (mode & QIODevice::WriteOnly)
        return false;
    m_ahead = m_reads == Reads::Ahead || (m_reads == Reads::Auto && readAheadHere());
    if (m_ahead) {
        const QFileInfo info(m_path); // a stat here; the reads are on worker threads
        if (!info.isFile() || !info.isReadable())
            return false;
        if (info.size() < m_offset + m_length) {
            setErrorString(tr("%1 is shorter than expected").arg(m_path));
            return false;
        }
    } else {
        if (!m_file.open(QIODevice::ReadOnly))
            return false;
        if (m_file.size() < m_offset + m_length) {
            m_file.close();
            setErrorString(tr("%1 is shorter than expected").arg(m_path));
            return false;
        }
    }
    if (!QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    return seek(0);
}

void FileSliceDevice::close()
{
    ++m_generation;
    m_reading = false;
    m_ready.reset();
    m_current.clear();
    m_currentPos = 0;
    m_file.close();
    QIODevice::close();
}

bool FileSliceDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length)
        return false;
    ++m_generation; // a read under way is for the old position
    m_reading = false;
    m_ready.reset();
    m_current.clear();
    m_currentPos = 0;
    m_error.clear();
    m_nextStart = pos;
    if ((!m_ahead && !m_file.seek(m_offset + pos)) || !QIODevice::seek(pos))
        return false;
    if (m_ahead)
        readAhead();
    return true;
}

bool FileSliceDevice::atEnd() const
{
    return pos() >= m_length;
}

qint64 FileSliceDevice::bytesAvailable() const
{
    if (!m_ahead)
        return QIODevice::bytesAvailable();
    return (m_current.size() - m_currentPos) + (m_ready ? m_ready->bytes.size() : 0);
}

FileSliceDevice::Window FileSliceDevice::readWindow(
    const QString &path, qint64 offset, qint64 size, QByteArray buffer)
{
    Window w;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(offset)) {
        w.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return w;
    }
    buffer.resize(size);
    qint64 done = 0;
    while (done < size) {
        const qint64 got = file.read(buffer.data() + done, size - done);
        if (got <= 0)
            break;
        done += got;
    }
    if (done < size) {
        // The file shrank under us: end the body now rather than leave the request waiting for
        // bytes that will never come (QNetworkAccessManager would wait until its timeout).
        w.error = tr("%1 became shorter while it was read").arg(path);
        return w;
    }
    w.bytes = std::move(buffer);
    return w;
}

void FileSliceDevice::readAhead()
{
    if (m_reading || m_ready || m_nextStart >= m_length || !m_error.isEmpty())
        return;
    const qint64 start = m_nextStart;
    const qint64 size = qMin(kWindow, m_length - start);
    m_nextStart += size;
    m_reading = true;
    const quint64 generation = m_generation;
    runOffThread(
        this,
        [path = m_path, offset = m_offset + start, size, buffer = std::exchange(m_spare, {})]() mutable {
            return readWindow(path, offset, size, std::move(buffer));
        },
        [this, generation](const Window &window) {
            if (generation != m_generation)
                return;
            m_reading = false;
            if (!window.error.isEmpty())
                m_error = window.error;
            else
                m_ready = window;
            Q_EMIT readyRead(); // Qt waits for it after a read that found nothing yet
        });
}

qint64 FileSliceDevice::readData(char *data, qint64 maxSize)
{
    return m_ahead ? readAheadData(data, maxSize) : readDirect(data, maxSize);
}

qint64 FileSliceDevice::readDirect(char *data, qint64 maxSize)
{
    const qint64 left = m_length - pos();
    if (left <= 0)
        return 0;
    const qint64 got = m_file.read(data, qMin(maxSize, left));
    if (got == 0 && maxSize > 0) { // the file shrank under us, as in readWindow()
        setErrorString(tr("%1 became shorter while it was read").arg(m_file.fileName()));
        return -1;
    }
    return got;
}

qint64 FileSliceDevice::readAheadData(char *data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize) {
        if (m_currentPos == m_current.size()) {
            if (!m_ready)
                break;
            m_spare = std::exchange(m_current, std::move(m_ready->bytes));
            m_ready.reset();
            m_currentPos = 0;
            readAhead(); // the one after it, while this one is sent
        }
        const qint64 n = qMin(maxSize - copied, m_current.size() - m_currentPos);
        std::memcpy(data + copied, m_current.constData() + m_currentPos, size_t(n));
        m_currentPos += n;
        copied += n;
    }
    if (copied == 0 && !m_error.isEmpty()) {
        setErrorString(m_error);
        return -1;
    }
    if (copied == 0)
        readAhead(); // nothing read yet: readyRead() follows
    return copied;
}

std::function<std::unique_ptr<QIODevice>()> FileSliceDevice::factory(
    const QString &path, qint64 offset, qint64 length)
{
    return [path, offset, length]() -> std::unique_ptr<QIODevice> {
        return std::make_unique<FileSliceDevice>(path, offset, length);
    };
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI thread, which owns the transport in the app, reads and writes no file of size during a
// transfer: uploads read their files, parts and single PUTs alike, on worker threads and hand Qt
// the bytes (FileSliceDevice); downloads write on worker threads. A QGuiApplication on the offscreen
// platform, as in the app. Measured with the kernel's own per-thread
// counters (/proc/thread-self/io: rchar and wchar, the bytes read() and write() moved), so nothing
// in Skylight reports on itself. The sandbox runs as a child process, so its socket reads are not
// counted; Qt's HTTP thread, which reads and writes the sockets, is another thread.
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include "clouds/cloudprofile.h"
#include "s3/createbucketjob.h"
#include "s3/s3client.h"
#include "s3testsupport.h"
#include "sandboxprocess.h"
#include "transfer/download.h"
#include "transfer/upload.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
// What the thread may move itself: eventfd wake-ups (8 bytes each), /proc reads, Qt's own small
// files. A part of 5 MiB read here would pass it at once.
constexpr qint64 kAllowedBytes = 1 * kMiB;
const QString kMultipartKey = QStringLiteral("up/multipart");

struct ThreadIo
{
    qint64 read = -1;
    qint64 written = -1;
};

ThreadIo threadIo()
{
    QFile file(u"/proc/thread-self/io"_s);
    ThreadIo io;
    if (!file.open(QIODevice::ReadOnly))
        return io;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("rchar: "))
            io.read = line.mid(7).toLongLong();
        else if (line.startsWith("wchar: "))
            io.written = line.mid(7).toLongLong();
    }
    return io;
}

} // namespace

class TestTransferThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void uploadReadsItsFileOffThisThread_data();
    void uploadReadsItsFileOffThisThread();
    void downloadWritesItsFileOffThisThread();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<S3Client> m_client;
    QTemporaryDir m_dir;
    QByteArray m_uploaded; // what the multipart row sent, for the download
};

void TestTransferThread::initTestCase()
{
    QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    const ThreadIo io = threadIo();
    QVERIFY2(io.read >= 0 && io.written >= 0, "no per-thread I/O counters in /proc/thread-self/io");
    QVERIFY(m_sandbox.start());
    QVERIFY(m_dir.isValid());
    m_transport = std::make_unique<HttpTransport>();
    m_client
        = std::make_unique<S3Client>(m_transport.get(), m_sandbox.profile(), SandboxProcess::credentials());
    QVERIFY(runJob(m_client->createBucket({u"files"_s, {}})).error.isOk());
}

void TestTransferThread::uploadReadsItsFileOffThisThread_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("parts"); // 0: one PUT
    QTest::addColumn<QString>("key");
    QTest::newRow("one PUT of 12 MiB") << 12 * kMiB << 0 << u"up/12"_s;
    QTest::newRow("24 MiB in 5 MiB parts") << 24 * kMiB + 7 << 5 << kMultipartKey;
    // A "." segment goes through Skylight's own HTTP sender (Qt would remove it), which pumps the
    // body as the device's windows arrive.
    QTest::newRow("one PUT of 6 MiB to a/../b") << 6 * kMiB + 1 << 0 << u"up/a/../b"_s;
}

void TestTransferThread::uploadReadsItsFileOffThisThread()
{
    QFETCH(qint64, size);
    QFETCH(int, parts);
    QFETCH(QString, key);
    const QByteArray data = patternBytes(size, quint32(size));
    const QString source = m_dir.filePath(u"source-%1.bin"_s.arg(size));
    QVERIFY(writeFile(source, data));
    UploadOptions options;
    options.partSize = 5 * kMiB;
    options.multipartThreshold = parts ? 5 * kMiB : 16 * kMiB;

    const ThreadIo before = threadIo();
    const UploadResult sent = waitForJob<Upload, UploadResult>(
        new Upload(m_client.get(), source, u"files"_s, key, options), 120000);
    const ThreadIo after = threadIo();

    QVERIFY2(sent.error.isOk(), qPrintable(sent.error.toString()));
    QCOMPARE(sent.parts, parts);
    QCOMPARE(sent.bytes, size);
    if (parts)
        m_uploaded = data; // for the download, whatever this thread read
    const qint64 read = after.read - before.read;
    qInfo("this thread read %lld bytes while %lld were uploaded", read, size);
    QVERIFY2(read < kAllowedBytes, qPrintable(u"this thread read %1 bytes"_s.arg(read)));
}

void TestTransferThread::downloadWritesItsFileOffThisThread()
{
    QVERIFY(!m_uploaded.isEmpty());
    const QString target = m_dir.filePath(u"down/copy.bin"_s);
    DownloadOptions options;
    options.chunkSize = 4 * kMiB;

    const ThreadIo before = threadIo();
    const DownloadResult got = waitForJob<Download, DownloadResult>(
        new Download(m_client.get(), {u"files"_s, kMultipartKey, target, m_dir.path()}, options), 120000);
    const ThreadIo after = threadIo();

    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QVERIFY(readFile(target) == m_uploaded); // read back after the measurement
    const qint64 written = after.written - before.written;
    qInfo("this thread wrote %lld bytes while %lld were downloaded", written, qint64(m_uploaded.size()));
    QVERIFY2(written < kAllowedBytes, qPrintable(u"this thread wrote %1 bytes"_s.arg(written)));
}

QTEST_MAIN(TestTransferThread)
#include "tst_transferthread.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The cells of the fault matrix (TESTING.md §6.1) that need a whole client process: skylight-cli
// against the in-process sandbox with its clock 20 minutes off under faketime (N11: one corrected,
// re-signed retry), and a download that hits the file-size limit (N20: setrlimit(RLIMIT_FSIZE) in
// the child gives EFBIG, as `ulimit -f` does: a clear error, no NAME.part, the old file intact).
// N18 (SIGKILL mid-multipart) lives in tests/s3/tst_transfercli.cpp. Cells: tests/faults/MATRIX.md.
#include <csignal>

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "faultrules.h"
#include "s3testsupport.h"
#include "sandboxserver.h"

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
const QByteArray kOldLocal = "the old local file, which a failed download must leave alone\n";

} // namespace

class TestFaultMatrixProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void clientClockOff_data();
    void clientClockOff();
    void fileTooLarge_data();
    void fileTooLarge();

private:
    QStringList cp(const QString &from, const QString &to) const;
    QProcessEnvironment environment() const;
    // Runs skylight-cli (under `wrapper` when given) with the event loop turning for the sandbox;
    // `fileSizeLimit` > 0: RLIMIT_FSIZE in the child, SIGXFSZ ignored so writes fail with EFBIG.
    SandboxFixture::ToolRun cli(
        const QStringList &arguments, const QStringList &wrapper = {}, qint64 fileSizeLimit = 0);

    SandboxFixture m_s;
    QTemporaryDir m_dir;
    QString m_cli;
    QByteArray m_small;
    QByteArray m_large;
};

void TestFaultMatrixProcess::initTestCase()
{
    m_cli = qEnvironmentVariable("SKYLIGHT_CLI");
    QVERIFY2(QFile::exists(m_cli), "SKYLIGHT_CLI names no program");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_s.start());
    m_s.clientClock.set(QDateTime::currentDateTimeUtc());
    QVERIFY(m_s.send(m_s.request("PUT", u"fmp"_s)).error.isOk());
    m_small = patternBytes(300 * 1024 + 1, 11);
    m_large = patternBytes(9 * kMiB + 3, 12); // two ranges of the CLI's 8 MiB
    for (const auto &[key, data] :
        {std::pair {u"small.bin"_s, m_small}, std::pair {u"large.bin"_s, m_large}}) {
        HttpRequest put = m_s.request("PUT", u"fmp"_s, key);
        put.body = data;
        QVERIFY(m_s.send(put).error.isOk());
    }
}

QProcessEnvironment TestFaultMatrixProcess::environment() const
{
    const Credentials c = SandboxFixture::credentials();
    QProcessEnvironment env = peerToolEnvironment(
        QString::fromUtf8(c.accessKeyId()), QString::fromUtf8(c.secretKey().toByteArray()), m_dir.path());
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s)); // the transfer journal
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"FAKETIME_DONT_FAKE_MONOTONIC"_s, u"1"_s); // timers keep real time; the wall clock moves
    return env;
}

QStringList TestFaultMatrixProcess::cp(const QString &from, const QString &to) const
{
    return {u"s3"_s,
        u"cp"_s,
        from,
        to,
        u"--endpoint-url"_s,
        u"http://127.0.0.1:%1"_s.arg(m_s.port()),
        u"--provider"_s,
        u"sandbox"_s};
}

SandboxFixture::ToolRun TestFaultMatrixProcess::cli(
    const QStringList &arguments, const QStringList &wrapper, qint64 fileSizeLimit)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    if (fileSizeLimit > 0) {
        process.setChildProcessModifier([fileSizeLimit] {
            const struct rlimit limit = {rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN); // kept across exec: a write past the limit fails with EFBIG
        });
    }
    QEventLoop loop; // not qWaitFor: its 10 ms naps would throttle the in-process sandbox
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (wrapper.isEmpty())
        process.start(m_cli, arguments);
    else
        process.start(wrapper.first(), wrapper.mid(1) + QStringList {m_cli} + arguments);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    SandboxFixture::ToolRun run;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit && process.error() != QProcess::FailedToStart) {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestFaultMatrixProcess::clientClockOff_data()
{
    QTest::addColumn<QString>("offset");
    QTest::addColumn<bool>("upload");
    for (const char *offset : {"+20m", "-20m"}) {
        QTest::addRow("N11 GET, client clock %s", offset) << QString::fromLatin1(offset) << false;
        QTest::addRow("N11 PUT, client clock %s", offset) << QString::fromLatin1(offset) << true;
    }
}

void TestFaultMatrixProcess::clientClockOff()
{
    QFETCH(QString, offset);
    QFETCH(bool, upload);
    QVERIFY2(QFile::exists(u"/usr/bin/faketime"_s), "faketime is missing: apt-get install faketime");
    // faketime really moves the client's clock: `date` under it is 20 minutes away.
    const SandboxFixture::ToolRun date = SandboxFixture::runTool(
        u"/usr/bin/faketime"_s, {u"-f"_s, offset, u"date"_s, u"+%s"_s}, environment(), 10000);
    const qint64 off = date.out.trimmed().toLongLong() - QDateTime::currentSecsSinceEpoch();
    QVERIFY2(qAbs(qAbs(off) - 1200) < 60, date.out.constData());

    const QString local = m_dir.filePath(u"clock%1%2.bin"_s.arg(offset, upload ? u"up"_s : u"down"_s));
    const QString key = u"s3://fmp/clock%1.bin"_s.arg(offset);
    // A rule that never fires counts the requests: one more than usual was refused as skewed.
    QString error;
    m_s.server().setFaultRules(
        FaultRules::fromJson(R"([{"glob":"/fmp/*","nth":99999,"action":"reset"}])", &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SandboxFixture::ToolRun run;
    if (upload) {
        QVERIFY(writeFile(local, m_small));
        run = cli(cp(local, key), {u"/usr/bin/faketime"_s, u"-f"_s, offset});
    } else {
        run = cli(cp(u"s3://fmp/small.bin"_s, local), {u"/usr/bin/faketime"_s, u"-f"_s, offset});
    }
    const int requests = m_s.server().faultRules().matchedCount(0);
    m_s.server().setFaultRules({});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(requests == (upload ? 2 : 3), qPrintable(QString::number(requests))); // (HEAD,) refused, again
    if (upload)
        QVERIFY(m_s.send(m_s.request("GET", u"fmp"_s, key.mid(9))).body == m_small);
    else
        QVERIFY(readFile(local) == m_small);
}

void TestFaultMatrixProcess::fileTooLarge_data()
{
    QTest::addColumn<QString>("key");
    QTest::addRow("N20 GET, EFBIG") << u"small.bin"_s;
    QTest::addRow("N20 GET ranged, EFBIG") << u"large.bin"_s;
}

void TestFaultMatrixProcess::fileTooLarge()
{
    QFETCH(QString, key);
    const QString folder = m_dir.filePath(u"efbig-"_s + key);
    QVERIFY(QDir().mkpath(folder));
    const QString target = folder + u"/file.bin"_s;
    QVERIFY(writeFile(target, kOldLocal));
    const SandboxFixture::ToolRun run = cli(cp(u"s3://fmp/"_s + key, target), {}, 128 * 1024);
    QVERIFY2(run.exitCode != 0 && run.exitCode != -1, run.err.constData()); // failed, and did not crash
    // A clear error: it says the file could not be written, and which.
    const QString err = QString::fromLocal8Bit(run.err);
    QVERIFY2(err.contains(u"file.bin"_s) && err.contains(u"large"_s, Qt::CaseInsensitive), qPrintable(err));
    QCOMPARE(readFile(target), kOldLocal);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList {u"file.bin"_s});
}

QTEST_GUILESS_MAIN(TestFaultMatrixProcess)
#include "tst_faultmatrix_process.moc"

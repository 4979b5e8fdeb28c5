// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore against the real secret service (run under scripts/test.sh: dbus-run-session with an
// unlocked gnome-keyring), a bus without one, and a secret service that never answers (the locked
// keyring case). A canary secret must be found nowhere but in the keychain.
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "canaries.h"
#include "clouds/credentialjob.h"
#include "clouds/credentialstore.h"

using namespace Qt::StringLiterals;

namespace {

// Fixture secrets, named so that a failing check prints the name, never the value.
constexpr char kFixtureSecret1[] = "CANARYawsDefaultSECRETwJalrXUtnFEMI0001";

const QByteArray kCanary = "CANARYkeychainSECRETq7Wm3Rz0099";

CredentialResult run(CredentialJob *job)
{
    QSignalSpy spy(job, &CredentialJob::finished);
    job->start();
    if (spy.isEmpty() && !spy.wait(10000))
        return {};
    return spy.first().first().value<CredentialResult>();
}

// `secret-tool lookup` output for one entry (base64 of what QtKeychain stored); never printed.
QByteArray secretToolLookup(const QString &service, const QString &id)
{
    QProcess p;
    p.start(u"secret-tool"_s, {u"lookup"_s, u"user"_s, id, u"server"_s, service});
    p.waitForFinished(10000);
    return QByteArray::fromBase64(p.readAllStandardOutput().trimmed());
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// A scratch HOME, config, runtime and temp folder for one child, so a search of it covers every
// place the child could have written.
struct Scratch
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Scratch()
    {
        for (const QString &sub : {u"home"_s, u"run"_s, u"tmp"_s})
            QDir(dir.path()).mkpath(sub);
        QFile::setPermissions(
            dir.filePath(u"run"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(u"HOME"_s, dir.filePath(u"home"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"home/.config"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, dir.filePath(u"run"_s));
        env.insert(u"TMPDIR"_s, dir.filePath(u"tmp"_s));
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
    }
    CliRun cli(const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(qEnvironmentVariable("SKYLIGHT_CLI"), args);
        p.waitForFinished(30000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError(), timer.elapsed()};
    }
};

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void encoding();
    void keychainRoundTrip();
    void memoryOnlyKeepsNothingOnDisk();
    void noSessionBusAnswersFast();
    void silentSecretServiceHitsWatchdog();
    void cliImportUsesKeychain();

private:
    QString m_service;
};

void TestCredentialStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "no session bus: run under scripts/test.sh (dbus-run-session with an unlocked gnome-keyring)");
    QVERIFY2(!qEnvironmentVariable("SKYLIGHT_CLI").isEmpty(), "SKYLIGHT_CLI is not set (run through ctest)");
    m_service = u"SkylightTest-%1"_s.arg(QCoreApplication::applicationPid());
}

void TestCredentialStore::encoding()
{
    const Credentials c("AKIDEXAMPLE", kCanary, "token\n\0with nul");
    const auto back = CredentialStore::decode(CredentialStore::encode(c));
    QVERIFY(back);
    QCOMPARE(back->accessKeyId(), c.accessKeyId());
    QVERIFY(back->secretKey() == c.secretKey());
    QCOMPARE(back->sessionToken(), c.sessionToken());
    QByteArray truncated = CredentialStore::encode(c);
    truncated.chop(1);
    QVERIFY(!CredentialStore::decode(truncated));
    QVERIFY(!CredentialStore::decode("plain text"));
}

void TestCredentialStore::keychainRoundTrip()
{
    CredentialStore store(nullptr, m_service);
    QCOMPARE(store.watchdogMs(), 5000);
    const QString id = u"roundtrip"_s;
    const Credentials c("AKIDROUNDTRIP", kCanary, "session-token");

    CredentialResult w = run(store.write(id, c));
    QVERIFY2(w.isOk(), qPrintable(w.error.message()));
    QCOMPARE(w.storage, CredentialResult::Storage::Keychain);
    QVERIFY(!store.isMemoryOnly());
    QVERIFY(!w.credentials.isValid()); // a write's result carries no secret

    // What the secret service holds, seen by another client.
    QVERIFY(secretToolLookup(m_service, id) == CredentialStore::encode(c));

    CredentialResult r = run(store.read(id));
    QVERIFY2(r.isOk(), qPrintable(r.error.message()));
    QCOMPARE(r.storage, CredentialResult::Storage::Keychain);
    QCOMPARE(r.credentials.accessKeyId(), QByteArray("AKIDROUNDTRIP"));
    QVERIFY(r.credentials.secretKey() == QByteArrayView(kCanary));
    QCOMPARE(r.credentials.sessionToken(), QByteArray("session-token"));

    // A second write updates the entry.
    const Credentials c2("AKIDROUNDTRIP2", kCanary + "-2");
    QVERIFY(run(store.write(id, c2)).isOk());
    QCOMPARE(run(store.read(id)).credentials.accessKeyId(), QByteArray("AKIDROUNDTRIP2"));

    QVERIFY(run(store.remove(id)).isOk());
    QVERIFY(secretToolLookup(m_service, id).isEmpty());
    r = run(store.read(id));
    QVERIFY(!r.isOk());
    QCOMPARE(r.error.serviceCode(), u"Keychain.NotFound"_s);
    QVERIFY(!r.error.message().contains(QString::fromLatin1(kCanary)));
    QVERIFY(run(store.remove(id)).isOk()); // removing what is gone is fine
}

void TestCredentialStore::memoryOnlyKeepsNothingOnDisk()
{
    CredentialStore store(nullptr, m_service);
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    store.setMemoryOnly(u"Chosen by the test."_s);
    QCOMPARE(unavailable.count(), 1);
    const CredentialResult w = run(store.write(u"memory"_s, Credentials("AKIDMEMORY", kCanary)));
    QVERIFY(w.isOk());
    QCOMPARE(w.storage, CredentialResult::Storage::Memory);
    QVERIFY2(w.notice.contains(u"this session only"_s), qPrintable(w.notice));
    const CredentialResult r = run(store.read(u"memory"_s));
    QVERIFY(r.isOk());
    QVERIFY(r.credentials.secretKey() == QByteArrayView(kCanary));
    QVERIFY(secretToolLookup(m_service, u"memory"_s).isEmpty()); // never reached the keychain
    QVERIFY(run(store.remove(u"memory"_s)).isOk());
    QVERIFY(!run(store.read(u"memory"_s)).isOk());
}

void TestCredentialStore::noSessionBusAnswersFast()
{
    Scratch scratch;
    QVERIFY(scratch.dir.isValid());
    Scratch &s = scratch;
    s.env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    s.env.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDNOBUS"_s);
    s.env.insert(u"AWS_SECRET_ACCESS_KEY"_s, QString::fromLatin1(kCanary));
    const CliRun run
        = s.cli({u"profiles"_s, u"add"_s, u"nobus"_s, u"--provider"_s, u"aws"_s, u"--key-from-env"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("keychain is not available"), run.err.constData());
    QVERIFY2(run.elapsedMs < CredentialStore::kDefaultWatchdogMs, qPrintable(QString::number(run.elapsedMs)));
    const QList<QByteArray> canaries {kCanary};
    QCOMPARE(Canaries::countIn(run.out + run.err, canaries), 0);
    QCOMPARE(Canaries::countInTree(s.dir.path(), canaries), 0);
    QVERIFY(QFile::exists(s.dir.filePath(u"home/.config/Skylight/profiles.json"_s)));
}

void TestCredentialStore::silentSecretServiceHitsWatchdog()
{
    Scratch s;
    // A private bus on which org.freedesktop.secrets is owned by a process that never answers.
    QProcess bus;
    bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY(bus.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(bus.canReadLine(), 10000);
    const QString address = QString::fromUtf8(bus.readLine().trimmed());
    QProcess silent;
    QProcessEnvironment silentEnv = s.env;
    silentEnv.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
    silent.setProcessEnvironment(silentEnv);
    silent.start(qEnvironmentVariable("HANGING_SECRET_SERVICE"), {});
    QVERIFY(silent.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(silent.canReadLine(), 10000);
    QCOMPARE(silent.readLine().trimmed(), QByteArray("ready"));

    s.env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
    s.env.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDLOCKED"_s);
    s.env.insert(u"AWS_SECRET_ACCESS_KEY"_s, QString::fromLatin1(kCanary));
    const int watchdogMs = 1500;
    const CliRun run = s.cli({u"profiles"_s,
        u"add"_s,
        u"locked"_s,
        u"--provider"_s,
        u"aws"_s,
        u"--key-from-env"_s,
        u"--keychain-timeout"_s,
        QString::number(watchdogMs)});
    silent.kill();
    silent.waitForFinished();
    bus.kill();
    bus.waitForFinished();

    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("did not answer within 1.5 seconds"), run.err.constData());
    // The one timing assertion: the answer comes with the watchdog, not with D-Bus's 25 s timeout.
    QVERIFY2(run.elapsedMs < watchdogMs + 3000, qPrintable(QString::number(run.elapsedMs)));
    const QList<QByteArray> canaries {kCanary};
    QCOMPARE(Canaries::countIn(run.out + run.err, canaries), 0);
    QCOMPARE(Canaries::countInTree(s.dir.path(), canaries), 0);
}

void TestCredentialStore::cliImportUsesKeychain()
{
    Scratch s;
    const QStringList import {u"profiles"_s,
        u"import"_s,
        u"aws"_s,
        TestData::path(u"clouds/aws/credentials"_s),
        u"--config"_s,
        TestData::path(u"clouds/aws/config"_s)};
    const QList<QByteArray> canaries = Canaries::fromFixtures();
    CliRun first = s.cli(import);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.out.contains("added aws:default"));
    CliRun second = s.cli(import);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QVERIFY(second.out.contains("updated aws:default"));
    QVERIFY(!second.out.contains("added"));
    const CliRun list = s.cli({u"profiles"_s, u"list"_s});
    QCOMPARE(list.out.count("\n"), 6); // six AWS profiles, once each

    CredentialStore store; // the CLI's service name
    CredentialResult r = run(store.read(u"aws:default"_s));
    QVERIFY2(r.isOk(), qPrintable(r.error.message()));
    QVERIFY(r.credentials.secretKey() == QByteArrayView(kFixtureSecret1));

    const CliRun removed = s.cli({u"profiles"_s, u"remove"_s, u"aws:default"_s});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    r = run(store.read(u"aws:default"_s));
    QCOMPARE(r.error.serviceCode(), u"Keychain.NotFound"_s);
    for (const QString &id : {u"aws:dev"_s, u"aws:minio"_s, u"aws:euca"_s})
        run(store.remove(id));

    for (const CliRun &c : {first, second, list, removed})
        QCOMPARE(Canaries::countIn(c.out + c.err, canaries), 0);
    QCOMPARE(Canaries::countInTree(s.dir.path(), canaries), 0);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"

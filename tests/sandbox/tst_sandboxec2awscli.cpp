// SPDX-License-Identifier: GPL-3.0-or-later
// An independent EC2 client against the sandbox: Debian's AWS CLI v2 (/usr/bin/aws) parses every
// answer with the real EC2 service model, so what it prints proves the XML; the values are compared
// with what the sandbox's store holds. Missing aws is a failure, not a skip.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

#include "ec2/ec2router.h"
#include "ec2/ec2store.h"
#include "ec2fixture.h"
#include "peertoolenvironment.h"
#include "sandboxconfig.h"
#include "sandboxserver.h"

using namespace Qt::StringLiterals;

namespace {

const QString kAws = u"/usr/bin/aws"_s;

Ec2Fixture::Options nowOptions()
{
    Ec2Fixture::Options o;
    o.start = QDateTime::currentDateTimeUtc(); // the CLI signs with the real time
    return o;
}

QDateTime parseTime(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestSandboxEc2AwsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void regions();
    void instancesMatchTheStore();
    void instanceStatusMatchesTheStore();
    void launchTagStop();
    void pagesAreFollowed();
    void wrongSecretIsRefused();

private:
    QJsonObject aws(const QStringList &arguments,
        const QString &region = u"us-east-1"_s,
        int *exitCode = nullptr,
        QByteArray *err = nullptr,
        const QString &secret = QString());
    Ec2Fixture m_s {nowOptions()};
};

void TestSandboxEc2AwsCli::initTestCase()
{
    QVERIFY2(QFile::exists(kAws), "the AWS CLI is missing: apt-get install awscli (scripts/setup.sh)");
    QVERIFY(m_s.start());
}

QJsonObject TestSandboxEc2AwsCli::aws(const QStringList &arguments,
    const QString &region,
    int *exitCode,
    QByteArray *err,
    const QString &secret)
{
    // The sandbox runs in this thread: wait with the event loop turning, never block.
    QProcess process;
    // The region comes with --region.
    process.setProcessEnvironment(peerToolEnvironment(QString::fromLatin1(SandboxConfig::kDefaultAccessKey),
        secret.isEmpty() ? QString::fromLatin1(SandboxConfig::kDefaultSecretKey) : secret));
    process.start(kAws,
        QStringList {u"--endpoint-url"_s,
            u"http://127.0.0.1:%1"_s.arg(m_s.port()),
            u"--region"_s,
            region,
            u"--output"_s,
            u"json"_s,
            u"ec2"_s}
            + arguments);
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000)) {
        process.kill();
        process.waitForFinished();
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray errors = process.readAllStandardError();
    if (exitCode)
        *exitCode = code;
    if (err)
        *err = errors;
    if (code != 0 && !exitCode)
        qWarning("aws ec2 %s: %s", qPrintable(arguments.join(u' ')), errors.constData());
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

void TestSandboxEc2AwsCli::regions()
{
    const QJsonArray regions = aws({u"describe-regions"_s}).value(u"Regions"_s).toArray();
    QCOMPARE(regions.size(), 2);
    QCOMPARE(regions[0].toObject().value(u"RegionName"_s).toString(), u"us-east-1"_s);
    QCOMPARE(regions[1].toObject().value(u"RegionName"_s).toString(), u"eu-west-1"_s);
    const QJsonArray zones
        = aws({u"describe-availability-zones"_s}, u"eu-west-1"_s).value(u"AvailabilityZones"_s).toArray();
    QCOMPARE(zones.size(), 3);
    QCOMPARE(zones[2].toObject().value(u"ZoneName"_s).toString(), u"eu-west-1c"_s);
}

void TestSandboxEc2AwsCli::instancesMatchTheStore()
{
    const QJsonArray reservations
        = aws({u"describe-instances"_s}, u"eu-west-1"_s).value(u"Reservations"_s).toArray();
    QHash<QString, QJsonObject> printed;
    for (const QJsonValue &r : reservations) {
        for (const QJsonValue &i : r.toObject().value(u"Instances"_s).toArray())
            printed.insert(i.toObject().value(u"InstanceId"_s).toString(), i.toObject());
    }
    const QList<SandboxInstance> held
        = m_s.server().ec2()->store()->instances(u"eu-west-1"_s, m_s.serverClock.nowUtc());
    QCOMPARE(printed.size(), held.size());
    QVERIFY(held.size() >= 6);
    for (const SandboxInstance &i : held) {
        const QJsonObject o = printed.value(QString::fromLatin1(i.id));
        QVERIFY2(!o.isEmpty(), i.id.constData());
        QCOMPARE(o.value(u"State"_s).toObject().value(u"Name"_s).toString().toLatin1(),
            SandboxInstance::stateName(i.state));
        QCOMPARE(
            o.value(u"State"_s).toObject().value(u"Code"_s).toInt(), SandboxInstance::stateCode(i.state));
        QCOMPARE(o.value(u"Placement"_s).toObject().value(u"AvailabilityZone"_s).toString(), i.zone);
        QCOMPARE(o.value(u"InstanceType"_s).toString().toLatin1(), i.instanceType);
        QCOMPARE(parseTime(o.value(u"LaunchTime"_s)), i.launchTime);
        QString name;
        for (const QJsonValue &t : o.value(u"Tags"_s).toArray()) {
            if (t.toObject().value(u"Key"_s).toString() == u"Name")
                name = t.toObject().value(u"Value"_s).toString();
        }
        QCOMPARE(name, i.tag(u"Name"_s));
    }
}

void TestSandboxEc2AwsCli::instanceStatusMatchesTheStore()
{
    const QJsonArray statuses = aws({u"describe-instance-status"_s, u"--include-all-instances"_s})
                                    .value(u"InstanceStatuses"_s)
                                    .toArray();
    const QDateTime now = m_s.serverClock.nowUtc();
    Ec2Store *store = m_s.server().ec2()->store();
    QCOMPARE(statuses.size(), store->instances(u"us-east-1"_s, now).size());
    const QHash<QByteArray, QList<SandboxEvent>> events = store->events(u"us-east-1"_s);
    int compared = 0;
    for (const QJsonValue &v : statuses) {
        const QJsonObject s = v.toObject();
        const QByteArray id = s.value(u"InstanceId"_s).toString().toLatin1();
        const QJsonArray printed = s.value(u"Events"_s).toArray();
        QCOMPARE(printed.size(), events.value(id).size());
        for (qsizetype k = 0; k < printed.size(); ++k) {
            const QJsonObject e = printed[k].toObject();
            const SandboxEvent &held = events.value(id)[k];
            QCOMPARE(e.value(u"InstanceEventId"_s).toString().toLatin1(), held.id);
            QCOMPARE(e.value(u"Code"_s).toString().toLatin1(), held.code);
            QCOMPARE(e.value(u"Description"_s).toString(), held.describedAt(now));
            QCOMPARE(parseTime(e.value(u"NotBefore"_s)), held.notBefore);
            if (held.notBeforeDeadline.isValid())
                QCOMPARE(parseTime(e.value(u"NotBeforeDeadline"_s)), held.notBeforeDeadline);
            ++compared;
        }
        if (s.value(u"InstanceState"_s).toObject().value(u"Name"_s).toString() == u"running")
            QCOMPARE(s.value(u"SystemStatus"_s)
                         .toObject()
                         .value(u"Details"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"Name"_s),
                u"reachability"_s);
    }
    QCOMPARE(compared, 5);
}

void TestSandboxEc2AwsCli::launchTagStop()
{
    const QJsonObject run = aws({u"run-instances"_s,
        u"--image-id"_s,
        u"ami-12345678"_s,
        u"--instance-type"_s,
        u"t3.nano"_s,
        u"--count"_s,
        u"2"_s,
        u"--placement"_s,
        u"AvailabilityZone=us-east-1b"_s,
        u"--tag-specifications"_s,
        u"ResourceType=instance,Tags=[{Key=Name,Value=from-awscli}]"_s});
    const QJsonArray launched = run.value(u"Instances"_s).toArray();
    QCOMPARE(launched.size(), 2);
    const QString id = launched[0].toObject().value(u"InstanceId"_s).toString();
    Ec2Store *store = m_s.server().ec2()->store();
    std::optional<SandboxInstance> held = store->instance(id.toLatin1(), m_s.serverClock.nowUtc());
    QVERIFY(held);
    QCOMPARE(held->state, SandboxInstance::State::Pending);
    QCOMPARE(held->tag(u"Name"_s), u"from-awscli"_s);
    QCOMPARE(held->zone, u"us-east-1b"_s);

    int code = -1;
    aws({u"create-tags"_s, u"--resources"_s, id, u"--tags"_s, u"Key=team,Value=ops"_s},
        u"us-east-1"_s,
        &code);
    QCOMPARE(code, 0);
    QCOMPARE(store->instance(id.toLatin1(), m_s.serverClock.nowUtc())->tag(u"team"_s), u"ops"_s);

    m_s.advance(SandboxInstance::kPendingSeconds);
    const QJsonObject stop = aws({u"stop-instances"_s, u"--instance-ids"_s, id})
                                 .value(u"StoppingInstances"_s)
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(stop.value(u"CurrentState"_s).toObject().value(u"Name"_s).toString(), u"stopping"_s);
    QCOMPARE(stop.value(u"PreviousState"_s).toObject().value(u"Name"_s).toString(), u"running"_s);
    QCOMPARE(
        store->instance(id.toLatin1(), m_s.serverClock.nowUtc())->state, SandboxInstance::State::Stopping);
    const QJsonArray tagged = aws({u"describe-instances"_s, u"--filters"_s, u"Name=tag:team,Values=ops"_s})
                                  .value(u"Reservations"_s)
                                  .toArray();
    QCOMPARE(tagged.size(), 1);
    QCOMPARE(
        tagged[0].toObject().value(u"Instances"_s).toArray()[0].toObject().value(u"InstanceId"_s).toString(),
        id);
}

void TestSandboxEc2AwsCli::pagesAreFollowed()
{
    // --page-size makes the CLI send MaxResults and follow every NextToken.
    const QJsonArray reservations
        = aws({u"describe-instances"_s, u"--page-size"_s, u"5"_s}).value(u"Reservations"_s).toArray();
    QSet<QString> ids;
    for (const QJsonValue &r : reservations) {
        for (const QJsonValue &i : r.toObject().value(u"Instances"_s).toArray())
            ids.insert(i.toObject().value(u"InstanceId"_s).toString());
    }
    QCOMPARE(
        ids.size(), m_s.server().ec2()->store()->instances(u"us-east-1"_s, m_s.serverClock.nowUtc()).size());
    QVERIFY(ids.size() > 5);
}

void TestSandboxEc2AwsCli::wrongSecretIsRefused()
{
    int code = 0;
    QByteArray err;
    aws({u"describe-regions"_s}, u"us-east-1"_s, &code, &err, u"not-the-secret"_s);
    QVERIFY(code != 0);
    QVERIFY2(err.contains("SignatureDoesNotMatch"), err.constData());
}

QTEST_GUILESS_MAIN(TestSandboxEc2AwsCli)
#include "tst_sandboxec2awscli.moc"

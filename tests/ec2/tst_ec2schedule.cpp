// SPDX-License-Identifier: GPL-3.0-or-later
// The reboot schedule from the command line, against skylight-sandbox --demo: the iCalendar
// export read back by an independent parser (Debian's python3-icalendar), rescheduling an event
// (ModifyInstanceEventStartTime) within and beyond its deadline, an old API version without
// DescribeInstanceStatus, and instances that the AWS CLI launches showing up with tags and state.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"
#include "ec2/ec2client.h"
#include "ec2/modifyinstanceeventstarttimejob.h"
#include "ec2testhelpers.h"
#include "sandboxprocess.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

const QString kPython = u"/usr/bin/python3"_s;
const QString kAws = u"/usr/bin/aws"_s;

// Reads an .ics with python3-icalendar and prints its VEVENTs as JSON, times in UTC.
const char kReadIcs[] = R"PY(
import json, sys
from datetime import timedelta, timezone
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
def utc(dt):
    assert dt.utcoffset() == timedelta(0), dt
    return dt.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
events = []
for ev in cal.walk('VEVENT'):
    events.append({
        'uid': str(ev['UID']),
        'summary': str(ev['SUMMARY']),
        'description': str(ev.get('DESCRIPTION', '')),
        'start': utc(ev.decoded('DTSTART')),
        'end': utc(ev.decoded('DTEND')) if 'DTEND' in ev else '',
        'status': str(ev.get('STATUS', '')),
        'categories': ev['CATEGORIES'].to_ical().decode() if 'CATEGORIES' in ev else '',
    })
print(json.dumps({'version': str(cal['VERSION']), 'prodid': str(cal['PRODID']), 'events': events}))
)PY";

QJsonObject byKey(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &v : array) {
        if (v[key].toString() == value)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestEc2Schedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<SandboxProcess> m_sandbox;

    CliRun cli(const QStringList &arguments)
    {
        return runCli(*m_sandbox, m_home.path(), QStringList {u"ec2"_s} + arguments);
    }
    QJsonArray json(const QStringList &arguments)
    {
        return runCliJson(*m_sandbox, m_home.path(), QStringList {u"ec2"_s} + arguments);
    }

    // python3-icalendar's reading of `path`.
    static QJsonObject readIcs(const QString &path)
    {
        QProcess python;
        python.start(kPython, {u"-c"_s, QString::fromUtf8(kReadIcs), path});
        if (!python.waitForFinished(30000) || python.exitCode() != 0) {
            qWarning("python3-icalendar failed: %s", python.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

    // Checks the raw bytes of an .ics the way RFC 5545 §3.1 asks: CRLF only, 75 octets at most.
    static void checkLines(const QByteArray &ics)
    {
        QVERIFY(!ics.isEmpty());
        QCOMPARE(ics.count("\r\n"), ics.count('\n'));
        for (const QByteArray &l : ics.split('\n'))
            QVERIFY2(l.size() <= 76, l); // 75 octets and the CR
    }

    static QJsonObject eventsWithIds(const QJsonArray &events)
    {
        QJsonObject map;
        for (const QJsonValue &v : events)
            map.insert(v[u"uid"_s].toString(), v);
        return map;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kPython), "Debian's python3 is missing");
        QProcess probe;
        probe.start(kPython, {u"-c"_s, u"import icalendar"_s});
        QVERIFY(probe.waitForFinished(30000));
        QVERIFY2(probe.exitCode() == 0,
            "python3-icalendar is missing: apt-get install python3-icalendar (scripts/setup.sh)");
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY(m_sandbox->start());
    }

    void icsMatchesJsonThroughIcalendar()
    {
        int total = 0;
        for (const QString &region : {u"us-east-1"_s, u"eu-west-1"_s}) {
            const QString path = m_home.filePath(region + u".ics"_s);
            const QJsonArray events = json({u"events"_s, u"--region"_s, region, u"--ics"_s, path});
            QVERIFY(!events.isEmpty());
            total += int(events.size());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            checkLines(file.readAll());

            const QJsonObject ics = readIcs(path);
            QCOMPARE(ics[u"version"_s].toString(), u"2.0"_s);
            QVERIFY(!ics[u"prodid"_s].toString().isEmpty());
            const QJsonArray vevents = ics[u"events"_s].toArray();
            QCOMPARE(vevents.size(), events.size());
            QSet<QString> uids;
            for (const QJsonValue &e : events) {
                const QString uid = e[u"uid"_s].toString();
                uids.insert(uid);
                const QJsonObject v = byKey(vevents, u"uid"_s, uid);
                QVERIFY2(!v.isEmpty(), qPrintable(uid));
                QCOMPARE(v[u"start"_s].toString(), e[u"notBefore"_s].toString());
                QCOMPARE(v[u"end"_s].toString(), e[u"notAfter"_s].toString());
                const QString name = e[u"name"_s].toString();
                const QString id = e[u"instanceId"_s].toString();
                QCOMPARE(v[u"summary"_s].toString(),
                    e[u"code"_s].toString() + u": "_s + (name.isEmpty() ? id : name + u" ("_s + id + u')'));
                QCOMPARE(v[u"categories"_s].toString(), e[u"code"_s].toString());
                QCOMPARE(v[u"status"_s].toString(),
                    e[u"state"_s].toString() == u"canceled"_s ? u"CANCELLED"_s : u"CONFIRMED"_s);
                const QString description = v[u"description"_s].toString();
                QVERIFY2(description.startsWith(e[u"description"_s].toString())
                        && description.contains(region) && description.contains(e[u"cloud"_s].toString())
                        && description.contains(u'\n'),
                    qPrintable(description));
            }
            QCOMPARE(uids.size(), events.size()); // one UID per event
        }
        QCOMPARE(total, 8); // the demo data's events: 6 scheduled, 1 completed, 1 canceled
    }

    void rescheduleMovesTheWindow()
    {
        const QStringList list = {u"events"_s, u"--region"_s, u"us-east-1"_s};
        const QJsonArray before = json(list);
        QJsonObject target;
        QJsonObject undated;
        for (const QJsonValue &v : before) {
            if (v[u"state"_s].toString() != u"scheduled"_s)
                continue;
            if (v[u"notBeforeDeadline"_s].toString().isEmpty())
                undated = undated.isEmpty() ? v.toObject() : undated;
            else if (target.isEmpty() && !v[u"notAfter"_s].toString().isEmpty())
                target = v.toObject();
        }
        QVERIFY(!target.isEmpty() && !undated.isEmpty());
        const QString instance = target[u"instanceId"_s].toString();
        const QString eventId = target[u"eventId"_s].toString();
        const QDateTime start = QDateTime::fromString(target[u"notBefore"_s].toString(), Qt::ISODate);
        const QDateTime end = QDateTime::fromString(target[u"notAfter"_s].toString(), Qt::ISODate);
        const QDateTime deadline
            = QDateTime::fromString(target[u"notBeforeDeadline"_s].toString(), Qt::ISODate);
        QVERIFY(start.isValid() && end.isValid() && deadline > start.addDays(1));
        const QString isoZ = u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s;

        // Beyond the deadline: the sandbox refuses and says why; nothing moves.
        const CliRun late = cli({u"reschedule"_s,
            instance,
            eventId,
            deadline.addSecs(3600).toString(isoZ),
            u"--region"_s,
            u"us-east-1"_s});
        QVERIFY(late.status != 0);
        QVERIFY2(late.err.contains("InvalidParameterValue")
                && late.err.contains("is later than the event's notBeforeDeadline"),
            late.err);
        // In the past, and for an event without a deadline, and for an unknown event: refused too.
        const CliRun past = cli({u"reschedule"_s,
            instance,
            eventId,
            QDateTime::currentDateTimeUtc().addDays(-1).toString(isoZ),
            u"--region"_s,
            u"us-east-1"_s});
        QVERIFY2(past.status != 0 && past.err.contains("is in the past"), past.err);
        const CliRun noDeadline = cli({u"reschedule"_s,
            undated[u"instanceId"_s].toString(),
            undated[u"eventId"_s].toString(),
            start.addSecs(3600).toString(isoZ),
            u"--region"_s,
            u"us-east-1"_s});
        QVERIFY2(
            noDeadline.status != 0 && noDeadline.err.contains("has no notBeforeDeadline"), noDeadline.err);
        const CliRun unknown = cli({u"reschedule"_s,
            instance,
            u"instance-event-0000000000000dead"_s,
            start.toString(isoZ),
            u"--region"_s,
            u"us-east-1"_s});
        QVERIFY2(unknown.status != 0 && unknown.err.contains("InvalidInstanceEventID.NotFound"), unknown.err);
        // A cloud whose API version lacks the action: refused before sending.
        const CliRun old = cli({u"reschedule"_s,
            instance,
            eventId,
            start.addDays(1).toString(isoZ),
            u"--region"_s,
            u"us-east-1"_s,
            u"--api-version"_s,
            u"2013-10-15"_s});
        QVERIFY2(old.status != 0 && old.err.contains("not offered by EC2 API version 2013-10-15"), old.err);
        QCOMPARE(eventsWithIds(json(list)), eventsWithIds(before));

        // Within the deadline: the window moves, keeping its length and its UID.
        const QDateTime moved = start.addDays(1).addSecs(1800);
        const CliRun ok
            = cli({u"reschedule"_s, instance, eventId, moved.toString(isoZ), u"--region"_s, u"us-east-1"_s});
        QVERIFY2(ok.status == 0, ok.err);
        QVERIFY2(ok.out.contains(moved.toString(Qt::ISODate).toLatin1()), ok.out);
        const QString icsPath = m_home.filePath(u"moved.ics"_s);
        const QJsonArray after = json({u"events"_s, u"--region"_s, u"us-east-1"_s, u"--ics"_s, icsPath});
        QCOMPARE(after.size(), before.size());
        const QJsonObject now = byKey(after, u"eventId"_s, eventId);
        QCOMPARE(now[u"uid"_s].toString(), target[u"uid"_s].toString());
        QCOMPARE(now[u"notBefore"_s].toString(), moved.toString(Qt::ISODate));
        QCOMPARE(now[u"notAfter"_s].toString(), moved.addSecs(start.secsTo(end)).toString(Qt::ISODate));
        QCOMPARE(now[u"notBeforeDeadline"_s].toString(), target[u"notBeforeDeadline"_s].toString());
        for (const QJsonValue &v : after) { // the others stay put
            if (v[u"eventId"_s].toString() != eventId)
                QCOMPARE(v.toObject(), byKey(before, u"eventId"_s, v[u"eventId"_s].toString()));
        }
        // Re-exported: the same UID with the new start, so calendars update the event.
        const QJsonObject vevent
            = byKey(readIcs(icsPath)[u"events"_s].toArray(), u"uid"_s, target[u"uid"_s].toString());
        QCOMPARE(vevent[u"start"_s].toString(), moved.toString(Qt::ISODate));
    }

    void rescheduleJob()
    {
        HttpTransport transport;
        const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(5);
        QJsonObject target;
        for (const QJsonValue &v : json({u"events"_s, u"--region"_s, u"eu-west-1"_s})) {
            if (!v[u"notBeforeDeadline"_s].toString().isEmpty() && v[u"state"_s].toString() == u"scheduled"_s)
                target = v.toObject();
        }
        QVERIFY(!target.isEmpty());
        const QDateTime start
            = QDateTime::fromString(target[u"notBefore"_s].toString(), Qt::ISODate).addSecs(7200);
        {
            // The old version: InvalidInput, never sent (the sandbox would have moved the event).
            Ec2Client old(&transport, m_sandbox->profile(u"2011-12-15"_s), SandboxProcess::credentials());
            const auto r = runJob(old.modifyInstanceEventStartTime({u"eu-west-1"_s,
                                      target[u"instanceId"_s].toString(),
                                      target[u"eventId"_s].toString(),
                                      start}),
                &ModifyInstanceEventStartTimeJob::finished);
            QVERIFY(r);
            QCOMPARE(r->error.kind(), ApiError::Kind::InvalidInput);
            QVERIFY2(r->error.message().contains(u"2011-12-15"_s), qPrintable(r->error.message()));
        }
        QCOMPARE(
            byKey(json({u"events"_s, u"--region"_s, u"eu-west-1"_s}), u"uid"_s, target[u"uid"_s].toString())
                .value(u"notBefore"_s),
            target[u"notBefore"_s]);
        Ec2Client client(&transport, m_sandbox->profile(), SandboxProcess::credentials());
        const auto missing = runJob(client.modifyInstanceEventStartTime({u"eu-west-1"_s, {}, {}, soon}),
            &ModifyInstanceEventStartTimeJob::finished);
        QVERIFY(missing);
        QCOMPARE(missing->error.kind(), ApiError::Kind::InvalidInput);
        const auto r = runJob(
            client.modifyInstanceEventStartTime(
                {u"eu-west-1"_s, target[u"instanceId"_s].toString(), target[u"eventId"_s].toString(), start}),
            &ModifyInstanceEventStartTimeJob::finished);
        QVERIFY(r);
        QVERIFY2(r->error.isOk(), qPrintable(r->error.toString()));
        QCOMPARE(r->event.id, target[u"eventId"_s].toString());
        QCOMPARE(r->event.code, target[u"code"_s].toString());
        QCOMPARE(r->event.notBefore, start);
        QCOMPARE(r->event.state, Ec2Event::State::Scheduled);
        QCOMPARE(
            byKey(json({u"events"_s, u"--region"_s, u"eu-west-1"_s}), u"uid"_s, target[u"uid"_s].toString())
                .value(u"notBefore"_s)
                .toString(),
            start.toString(Qt::ISODate));
    }

    void awsCliInstancesAppear()
    {
        QVERIFY2(QFile::exists(kAws), "the AWS CLI is missing: apt-get install awscli (scripts/setup.sh)");
        const auto aws = [&](const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"HOME"_s, m_home.path());
            env.insert(u"AWS_ACCESS_KEY_ID"_s, u"SKYLIGHTSANDBOX"_s);
            env.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"sandbox-secret-key"_s);
            env.insert(u"AWS_DEFAULT_REGION"_s, u"us-east-1"_s);
            env.insert(u"AWS_CONFIG_FILE"_s, m_home.filePath(u"none"_s));
            env.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, m_home.filePath(u"none"_s));
            process.setProcessEnvironment(env);
            process.start(kAws,
                QStringList {u"--endpoint-url"_s, m_sandbox->endpoint(), u"--output"_s, u"json"_s, u"ec2"_s}
                    + arguments);
            if (!process.waitForFinished(60000) || process.exitCode() != 0)
                qWarning("aws failed: %s", process.readAllStandardError().constData());
            return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        };
        const int before = int(json({u"instances"_s, u"--region"_s, u"us-east-1"_s}).size());
        const QJsonObject launched = aws({u"run-instances"_s,
            u"--image-id"_s,
            u"ami-0de30000000000001"_s,
            u"--instance-type"_s,
            u"t3.small"_s,
            u"--count"_s,
            u"2"_s,
            u"--tag-specifications"_s,
            uR"([{"ResourceType":"instance","Tags":[{"Key":"Name","Value":"aws-made"},)"
            uR"({"Key":"team","Value":"blue sky, ünïcode; too"}]}])"_s});
        const QJsonArray made = launched[u"Instances"_s].toArray();
        QCOMPARE(made.size(), 2);

        const QJsonArray listed = json({u"instances"_s, u"--region"_s, u"us-east-1"_s});
        QCOMPARE(int(listed.size()), before + 2);
        for (const QJsonValue &m : made) {
            const QJsonObject mine = byKey(listed, u"id"_s, m[u"InstanceId"_s].toString());
            QVERIFY2(!mine.isEmpty(), qPrintable(m[u"InstanceId"_s].toString()));
            QCOMPARE(mine[u"name"_s].toString(), u"aws-made"_s);
            QCOMPARE(mine[u"tags"_s].toObject(),
                (QJsonObject {{u"Name"_s, u"aws-made"_s}, {u"team"_s, u"blue sky, ünïcode; too"_s}}));
            QCOMPARE(mine[u"type"_s].toString(), m[u"InstanceType"_s].toString());
            QCOMPARE(mine[u"imageId"_s].toString(), m[u"ImageId"_s].toString());
            QCOMPARE(mine[u"zone"_s].toString(), m[u"Placement"_s][u"AvailabilityZone"_s].toString());
            QCOMPARE(mine[u"privateIp"_s].toString(), m[u"PrivateIpAddress"_s].toString());
            const QString state = mine[u"state"_s].toString();
            QVERIFY2(state == u"pending"_s || state == u"running"_s, qPrintable(state));
        }

        // Stop one with the AWS CLI; once the AWS CLI sees both settle, Skylight sees the same.
        const QString first = made.at(0)[u"InstanceId"_s].toString();
        const QString second = made.at(1)[u"InstanceId"_s].toString();
        QJsonObject awsView;
        const bool settled = QTest::qWaitFor(
            [&] {
                awsView = aws({u"describe-instances"_s, u"--instance-ids"_s, first, second});
                int running = 0;
                for (const QJsonValue &r : awsView[u"Reservations"_s].toArray()) {
                    for (const QJsonValue &i : r[u"Instances"_s].toArray())
                        running += i[u"State"_s][u"Name"_s].toString() == u"running"_s;
                }
                return running == 2;
            },
            30000);
        QVERIFY(settled);
        aws({u"stop-instances"_s, u"--instance-ids"_s, first});
        const QJsonArray later = json({u"instances"_s, u"--region"_s, u"us-east-1"_s});
        awsView = aws({u"describe-instances"_s, u"--instance-ids"_s, first, second});
        QHash<QString, QString> awsStates;
        for (const QJsonValue &r : awsView[u"Reservations"_s].toArray()) {
            for (const QJsonValue &i : r[u"Instances"_s].toArray())
                awsStates.insert(i[u"InstanceId"_s].toString(), i[u"State"_s][u"Name"_s].toString());
        }
        QCOMPARE(byKey(later, u"id"_s, second)[u"state"_s].toString(), u"running"_s);
        QCOMPARE(awsStates.value(second), u"running"_s);
        const QString stopped = byKey(later, u"id"_s, first)[u"state"_s].toString();
        QVERIFY2(stopped == u"stopping"_s || stopped == u"stopped"_s, qPrintable(stopped));
        QVERIFY(awsStates.value(first) == u"stopping"_s || awsStates.value(first) == u"stopped"_s);
    }

    void everyCloudAtOnce()
    {
        // The profiles' keys live in the keychain: this part runs under scripts/test.sh.
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run under scripts/test.sh (dbus-run-session with gnome-keyring)");
        QTemporaryDir home;
        const QString a = u"tst-ec2schedule-a-%1"_s.arg(QCoreApplication::applicationPid());
        const QString b = u"tst-ec2schedule-b-%1"_s.arg(QCoreApplication::applicationPid());
        for (const QString &name : {a, b}) {
            const CliRun added = runCliAlone(home.path(),
                {u"profiles"_s,
                    u"add"_s,
                    name,
                    u"--provider"_s,
                    u"sandbox"_s,
                    u"--endpoint-url"_s,
                    m_sandbox->endpoint(),
                    u"--key-from-env"_s});
            QVERIFY2(added.status == 0, added.err);
        }
        const auto jsonOf = [&](const QStringList &arguments) {
            const CliRun run
                = runCliAlone(home.path(), QStringList {u"ec2"_s} + arguments + QStringList {u"--json"_s});
            if (run.status != 0)
                qWarning("exit %d: %s", run.status, run.err.constData());
            return QJsonDocument::fromJson(run.out).array();
        };
        const auto countBy = [](const QJsonArray &array, const QString &cloud) {
            return std::count_if(array.begin(), array.end(), [&](const QJsonValue &v) {
                return v[u"cloud"_s].toString() == cloud;
            });
        };
        const QJsonArray one = json({u"instances"_s, u"--region"_s, u"us-east-1"_s});
        const QJsonArray all = jsonOf({u"instances"_s, u"--region"_s, u"us-east-1"_s});
        const QJsonArray onlyA = jsonOf({u"instances"_s, u"--region"_s, u"us-east-1"_s, u"--cloud"_s, a});
        const QJsonArray events = jsonOf({u"events"_s, u"--region"_s, u"us-east-1"_s});
        for (const QString &name : {a, b})
            QCOMPARE(runCliAlone(home.path(), {u"profiles"_s, u"remove"_s, name}).status, 0);

        QVERIFY(!one.isEmpty());
        QCOMPARE(all.size(), 2 * one.size());
        QCOMPARE(countBy(all, a), one.size());
        QCOMPARE(countBy(all, b), one.size());
        QCOMPARE(onlyA.size(), one.size());
        QCOMPARE(countBy(onlyA, a), one.size());
        QVERIFY(countBy(events, a) > 0);
        QCOMPARE(countBy(events, a), countBy(events, b));
        QSet<QString> uids;
        for (const QJsonValue &v : events)
            uids.insert(v[u"uid"_s].toString());
        QCOMPARE(uids.size(), events.size()); // the same event in two clouds: two UIDs
    }

    void oldApiOffersNoEvents()
    {
        SandboxProcess old({u"--ec2-api-max"_s, u"2011-07-15"_s});
        QVERIFY(old.start());
        const QString path = m_home.filePath(u"old.ics"_s);
        const CliRun run = runCli(old,
            m_home.path(),
            {u"ec2"_s, u"events"_s, u"--api-version"_s, u"2011-07-15"_s, u"--json"_s, u"--ics"_s, path});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.err.contains("DescribeInstanceStatus is not offered by this cloud's EC2 API version "
                                  "2011-07-15 (it needs 2011-11-01 or later)"),
            run.err);
        QCOMPARE(QJsonDocument::fromJson(run.out).array(), QJsonArray());
        const QJsonObject ics = readIcs(path); // an empty calendar, still valid
        QCOMPARE(ics[u"version"_s].toString(), u"2.0"_s);
        QCOMPARE(ics[u"events"_s].toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEc2Schedule)
#include "tst_ec2schedule.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// `skylight-cli ec2` against skylight-sandbox --demo, with the ad-hoc --endpoint-url form.
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"
#include "sandboxprocess.h"

using namespace Qt::StringLiterals;

class TestEc2Cli : public QObject
{
    Q_OBJECT

    using Run = CliRun;

    Run cli(const SandboxProcess &sandbox, const QStringList &arguments)
    {
        return runCli(sandbox, m_home.path(), QStringList {u"ec2"_s} + arguments);
    }

    QJsonArray json(const SandboxProcess &sandbox, const QStringList &arguments)
    {
        return runCliJson(sandbox, m_home.path(), QStringList {u"ec2"_s} + arguments);
    }

    static void append(QJsonArray &to, const QJsonArray &more)
    {
        for (const QJsonValue &v : more)
            to.append(v);
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void listsAndActs()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());

        const Run regions = cli(sandbox, {u"regions"_s});
        QCOMPARE(regions.status, 0);
        QVERIFY2(regions.out.contains("us-east-1") && regions.out.contains("eu-west-1"), regions.out);

        // The ad-hoc profile serves the one region given (us-east-1 by default)…
        QJsonArray instances = json(sandbox, {u"instances"_s, u"--region"_s, u"us-east-1"_s});
        QCOMPARE(instances.size(), 9);
        append(instances, json(sandbox, {u"instances"_s, u"--region"_s, u"eu-west-1"_s}));
        QCOMPARE(instances.size(), 15);
        QString web1;
        for (const QJsonValue &v : std::as_const(instances)) {
            if (v[u"name"_s].toString() == u"web-1"_s)
                web1 = v[u"id"_s].toString();
        }
        QVERIFY(web1.startsWith(u"i-0de3"_s));

        QJsonArray events = json(sandbox, {u"events"_s, u"--region"_s, u"us-east-1"_s});
        append(events, json(sandbox, {u"events"_s, u"--region"_s, u"eu-west-1"_s}));
        QCOMPARE(events.size(), 8);
        QJsonArray upcoming = json(sandbox, {u"events"_s, u"--upcoming"_s, u"--region"_s, u"us-east-1"_s});
        append(upcoming, json(sandbox, {u"events"_s, u"--upcoming"_s, u"--region"_s, u"eu-west-1"_s}));
        QCOMPARE(upcoming.size(), 6); // not the completed one, not the canceled one
        for (const QJsonValue &v : std::as_const(upcoming))
            QCOMPARE(v[u"state"_s].toString(), u"scheduled"_s);

        const Run stop = cli(sandbox, {u"stop"_s, web1, u"--region"_s, u"us-east-1"_s});
        QCOMPARE(stop.status, 0);
        QVERIFY2(stop.out.contains("running -> stopping"), stop.out);
        const Run again = cli(sandbox, {u"instances"_s, u"--region"_s, u"us-east-1"_s});
        QVERIFY2(again.out.contains(web1.toLatin1() + "\tweb-1\tt3.micro\tstopping"), again.out);

        const Run bad = cli(sandbox, {u"start"_s, u"i-00000000000000000"_s});
        QVERIFY(bad.status != 0);
        QVERIFY2(bad.err.contains("InvalidInstanceID"), bad.err);
    }

    void oldApiHasNoEvents()
    {
        SandboxProcess sandbox({u"--ec2-api-max"_s, u"2011-07-15"_s});
        QVERIFY(sandbox.start());
        const Run events = cli(sandbox, {u"events"_s, u"--api-version"_s, u"2011-07-15"_s});
        // No DescribeInstanceStatus before 2011-11-01: nothing to list, and no failure either.
        QCOMPARE(events.status, 0);
        QVERIFY2(events.err.contains(
                     "DescribeInstanceStatus is not offered by this cloud's EC2 API version 2011-07-15"),
            events.err);
        QCOMPARE(events.out, QByteArray());
        const Run instances = cli(sandbox, {u"instances"_s, u"--api-version"_s, u"2011-07-15"_s});
        QCOMPARE(instances.status, 0);
        QCOMPARE(instances.out.count('\n'), 9);
    }
};

QTEST_GUILESS_MAIN(TestEc2Cli)
#include "tst_ec2cli.moc"

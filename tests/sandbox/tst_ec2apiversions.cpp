// SPDX-License-Identifier: GPL-3.0-or-later
// The EC2 API version catalogue (core/ec2): the facts it restates from missingcloud's data, checked
// against the reference copy in ../shared/data/ec2-api-versions when it is there, and the later
// versions added by hand with their sources.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "ec2/ec2apiversions.h"

using namespace Qt::StringLiterals;

class TestEc2ApiVersions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void introducedIn_data();
    void introducedIn();
    void orderedAndDistinct();
    void matchesTheReferenceData();
    void offers();
    void features();
    void versionDates_data();
    void versionDates();
};

void TestEc2ApiVersions::introducedIn_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("version");
    QTest::newRow("DescribeInstances") << u"DescribeInstances"_s << u"2006-06-26"_s;
    QTest::newRow("RebootInstances") << u"RebootInstances"_s << u"2007-01-03"_s;
    QTest::newRow("DescribeAvailabilityZones") << u"DescribeAvailabilityZones"_s << u"2008-02-01"_s;
    QTest::newRow("DescribeRegions") << u"DescribeRegions"_s << u"2008-12-01"_s;
    QTest::newRow("StopInstances") << u"StopInstances"_s << u"2009-10-31"_s;
    QTest::newRow("CreateTags") << u"CreateTags"_s << u"2010-08-31"_s;
    QTest::newRow("DescribeInternetGateways") << u"DescribeInternetGateways"_s << u"2011-01-01"_s;
    QTest::newRow("DescribeInstanceStatus") << u"DescribeInstanceStatus"_s << u"2011-11-01"_s;
    QTest::newRow("ModifyInstanceEventStartTime") << u"ModifyInstanceEventStartTime"_s << u"2016-11-15"_s;
    QTest::newRow("unknown") << u"LaunchRockets"_s << QString();
}

void TestEc2ApiVersions::introducedIn()
{
    QFETCH(QString, action);
    QFETCH(QString, version);
    QCOMPARE(Ec2ApiVersions::introducedIn(action), version);
}

void TestEc2ApiVersions::orderedAndDistinct()
{
    const QList<Ec2ApiVersion> &all = Ec2ApiVersions::all();
    QCOMPARE(all.size(), 27); // 23 from missingcloud, 4 added
    QCOMPARE(all.first().date, u"2006-06-26"_s);
    QCOMPARE(Ec2ApiVersions::latest(), u"2016-11-15"_s);
    QSet<QString> seen;
    for (qsizetype i = 0; i < all.size(); ++i) {
        QVERIFY(Ec2ApiVersions::isVersionDate(all[i].date));
        QVERIFY(!all[i].summary.isEmpty());
        if (i > 0)
            QVERIFY(all[i - 1].date < all[i].date);
        for (const QString &action : all[i].actionsAdded) {
            QVERIFY2(!seen.contains(action), qPrintable(action));
            seen.insert(action);
        }
    }
    QCOMPARE(Ec2ApiVersions::actionsUpTo(u"2011-07-15").size(), 115); // 116 entries, one listed twice
}

void TestEc2ApiVersions::matchesTheReferenceData()
{
    const QString path = qEnvironmentVariable("SKYLIGHT_SOURCE_DIR")
        + u"/../shared/data/ec2-api-versions/ec2_api_versions.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the reference copy of missingcloud's data is not beside this checkout");
    const QJsonObject reference = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(reference.size(), 23);
    for (auto it = reference.constBegin(); it != reference.constEnd(); ++it) {
        QSet<QString> expected;
        for (const QJsonValue &v : it.value().toObject().value(u"requests"_s).toArray())
            expected.insert(v.toString());
        QSet<QString> ours;
        bool found = false;
        for (const Ec2ApiVersion &version : Ec2ApiVersions::all()) {
            if (version.date == it.key()) {
                ours = QSet<QString>(version.actionsAdded.cbegin(), version.actionsAdded.cend());
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(it.key()));
        QCOMPARE(ours, expected);
    }
}

void TestEc2ApiVersions::offers()
{
    QVERIFY(Ec2ApiVersions::offers(u"DescribeInstances", u"2006-06-26"));
    QVERIFY(!Ec2ApiVersions::offers(u"DescribeInstanceStatus", u"2011-07-15"));
    QVERIFY(Ec2ApiVersions::offers(u"DescribeInstanceStatus", u"2011-11-01"));
    QVERIFY(!Ec2ApiVersions::offers(u"ModifyInstanceEventStartTime", u"2014-10-01"));
    QVERIFY(Ec2ApiVersions::offers(u"ModifyInstanceEventStartTime", u"2016-11-15"));
    QVERIFY(!Ec2ApiVersions::offers(u"LaunchRockets", u"2016-11-15"));
    QVERIFY(!Ec2ApiVersions::actionsUpTo(u"2008-12-01").contains(u"StartInstances"_s));
    QVERIFY(Ec2ApiVersions::actionsUpTo(u"2009-10-31").contains(u"StartInstances"_s));
}

void TestEc2ApiVersions::features()
{
    using F = Ec2ApiVersions::Feature;
    QVERIFY(!Ec2ApiVersions::offers(F::InstanceStatusChecks, u"2011-11-01"));
    QVERIFY(Ec2ApiVersions::offers(F::InstanceStatusChecks, u"2011-12-15"));
    QVERIFY(!Ec2ApiVersions::offers(F::DescribeInstancesPaging, u"2013-10-01"));
    QVERIFY(Ec2ApiVersions::offers(F::DescribeInstancesPaging, u"2013-10-15"));
    QVERIFY(!Ec2ApiVersions::offers(F::EventIdsAndDeadlines, u"2015-10-01"));
    QVERIFY(Ec2ApiVersions::offers(F::EventIdsAndDeadlines, u"2016-11-15"));
}

void TestEc2ApiVersions::versionDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("version") << u"2016-11-15"_s << true;
    QTest::newRow("month 13") << u"2016-13-15"_s << false;
    QTest::newRow("short") << u"2016-1-15"_s << false;
    QTest::newRow("word") << u"latest"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestEc2ApiVersions::versionDates()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Ec2ApiVersions::isVersionDate(text), valid);
}

QTEST_GUILESS_MAIN(TestEc2ApiVersions)
#include "tst_ec2apiversions.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
#include <QTimeZone>

#include "ec2/ec2paging.h"
#include "ec2/ec2parsers.h"
#include "testdata.h"

using namespace Qt::StringLiterals;

class TestEc2Parsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagingParametersAndTokens();
    void times_data();
    void times();
    void instanceStatusDocumentedShape();
    void instances();
    void regionsKeepTheirEndpoints();
    void brokenAnswers_data();
    void brokenAnswers();
    void rescheduledEvent();
};

void TestEc2Parsers::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2011, 12, 5), QTime(13, 0), QTimeZone::utc());
    QTest::newRow("+0000") << u"2011-12-05T13:00:00+0000"_s << t;
    QTest::newRow("Z") << u"2011-12-05T13:00:00Z"_s << t;
    QTest::newRow("ms Z") << u"2011-12-05T13:00:00.000Z"_s << t;
    QTest::newRow("+01:00") << u"2011-12-05T14:00:00+01:00"_s << t;
    QTest::newRow("-0500") << u"2011-12-05T08:00:00-0500"_s << t;
    QTest::newRow("placeholder") << u"YYYY-MM-DDTHH:MM:SS.000Z"_s << QDateTime();
    QTest::newRow("bad month") << u"2011-13-05T13:00:00Z"_s << QDateTime();
}

void TestEc2Parsers::times()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(parseEc2Time(text), expected);
}

void TestEc2Parsers::instanceStatusDocumentedShape()
{
    const auto r
        = parseDescribeInstanceStatus(TestData::read(u"ec2/describe-instance-status-2014-09-01.xml"_s));
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    const auto &s = r.value().statuses;
    QCOMPARE(s.size(), 3);
    QCOMPARE(r.value().nextToken, u"page-2"_s);
    QCOMPARE(s[0].instanceId, u"i-1a2b3c4d"_s);
    QCOMPARE(s[0].system.status, u"impaired"_s);
    QCOMPARE(s[0].system.reachability, u"failed"_s);
    QVERIFY(!s[0].system.impairedSince.isValid()); // the documentation's placeholder
    QCOMPARE(s[0].instance.impairedSince, QDateTime(QDate(2012, 1, 6), QTime(1, 2, 3), QTimeZone::utc()));
    QCOMPARE(s[0].events.size(), 1);
    QCOMPARE(s[0].events[0].code, u"instance-retirement"_s);
    QCOMPARE(s[0].events[0].notBefore, QDateTime(QDate(2011, 12, 5), QTime(13, 0), QTimeZone::utc()));
    QCOMPARE(s[0].events[0].notAfter, QDateTime(QDate(2011, 12, 6), QTime(13, 0), QTimeZone::utc()));
    QCOMPARE(s[0].events[0].state, Ec2Event::State::Scheduled);
    QCOMPARE(s[1].events.size(), 2);
    QCOMPARE(s[1].events[0].state, Ec2Event::State::Completed);
    QVERIFY(!s[1].events[0].notAfter.isValid()); // optional
    QCOMPARE(s[1].events[1].state, Ec2Event::State::Canceled);
    QCOMPARE(s[1].events[1].id, u"instance-event-0d59937288b749b32"_s);
    QCOMPARE(
        s[1].events[1].notBeforeDeadline, QDateTime(QDate(2011, 12, 10), QTime(13, 0), QTimeZone::utc()));
    QCOMPARE(s[2].stateName, u"stopped"_s);
    QCOMPARE(s[2].stateCode, 80);
    QVERIFY(s[2].events.isEmpty());
}

void TestEc2Parsers::instances()
{
    const auto r = parseDescribeInstances(TestData::read(u"ec2/describe-instances-2012-10-01.xml"_s));
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    const auto &list = r.value().instances;
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].id, u"i-88e8fcf6"_s);
    QCOMPARE(list[0].stateCode, 16); // 272 & 0xFF
    QCOMPARE(list[0].name(), u"web-1"_s);
    QCOMPARE(list[0].tag(u"Owner"_s), QString());
    QCOMPARE(list[0].tags.size(), 2);
    QCOMPARE(list[0].publicDnsName, u"ec2-54-224-1-2.compute-1.amazonaws.com"_s);
    QCOMPARE(list[0].publicIp, u"54.224.1.2"_s);
    QCOMPARE(list[0].zone, u"us-east-1d"_s);
    QCOMPARE(list[0].reservationId, u"r-c5cef7a7"_s);
    QCOMPARE(list[0].launchTime, QDateTime(QDate(2012, 12, 14), QTime(23, 48, 37), QTimeZone::utc()));
    QCOMPARE(list[1].stateName, u"stopped"_s);
    QVERIFY(list[1].tags.isEmpty());
    QCOMPARE(list[1].reservationId, u"r-c5cef7a7"_s);
    QCOMPARE(list[2].reservationId, u"r-2"_s);
    QCOMPARE(list[2].publicDnsName, u"euca-10-1-1-1.eucalyptus.example"_s);
    QCOMPARE(list[2].launchTime, QDateTime(QDate(2014, 2, 1), QTime(10, 0), QTimeZone::utc()));
    QVERIFY(r.value().nextToken.isEmpty());
}

void TestEc2Parsers::regionsKeepTheirEndpoints()
{
    const auto r = parseDescribeRegions(TestData::read(u"ec2/describe-regions-2008-12-01.xml"_s));
    QVERIFY(r.isOk());
    QCOMPARE(r.value().size(), 2);
    QCOMPARE(r.value()[1].name, u"eu-west-1"_s);
    QCOMPARE(r.value()[1].endpoint, u"eu-west-1.ec2.amazonaws.com"_s); // old form, never rebuilt
}

void TestEc2Parsers::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("EC2 error") << QByteArray(
        "<Response><Errors><Error><Code>AuthFailure</Code></Error></Errors></Response>");
    QTest::newRow("DTD") << QByteArray("<!DOCTYPE x [<!ENTITY a \"b\">]><DescribeInstanceStatusResponse/>");
    QTest::newRow("cut short") << QByteArray(
        "<DescribeInstanceStatusResponse><instanceStatusSet><item><instanceId>i-1");
    QTest::newRow("not XML") << QByteArray("{\"json\": true}");
}

void TestEc2Parsers::brokenAnswers()
{
    QFETCH(QByteArray, body);
    const auto r = parseDescribeInstanceStatus(body);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().kind(), ApiError::Kind::Parse);
}

void TestEc2Parsers::rescheduledEvent()
{
    // The shape of the AWS EC2 API reference's ModifyInstanceEventStartTime example, "+0000" times.
    const auto r = parseModifyInstanceEventStartTime(R"(<?xml version="1.0" encoding="UTF-8"?>
<ModifyInstanceEventStartTimeResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
  <event>
    <code>system-reboot</code>
    <description>scheduled reboot</description>
    <instanceEventId>instance-event-0d59937288b749b32</instanceEventId>
    <notAfter>2019-03-15T02:00:00+0000</notAfter>
    <notBefore>2019-03-14T20:00:00.000Z</notBefore>
    <notBeforeDeadline>2019-04-05T11:00:00.000Z</notBeforeDeadline>
  </event>
</ModifyInstanceEventStartTimeResponse>)");
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    const Ec2Event &e = r.value();
    QCOMPARE(e.code, u"system-reboot"_s);
    QCOMPARE(e.id, u"instance-event-0d59937288b749b32"_s);
    QCOMPARE(e.notBefore, QDateTime(QDate(2019, 3, 14), QTime(20, 0), QTimeZone::utc()));
    QCOMPARE(e.notAfter, QDateTime(QDate(2019, 3, 15), QTime(2, 0), QTimeZone::utc()));
    QCOMPARE(e.notBeforeDeadline, QDateTime(QDate(2019, 4, 5), QTime(11, 0), QTimeZone::utc()));
    QCOMPARE(e.state, Ec2Event::State::Scheduled);
    // No event in the answer, an error document, broken XML: errors, not an empty event.
    QVERIFY(
        !parseModifyInstanceEventStartTime("<ModifyInstanceEventStartTimeResponse><requestId>x</requestId>"
                                           "</ModifyInstanceEventStartTimeResponse>")
             .isOk());
    QVERIFY(!parseModifyInstanceEventStartTime(
        "<Response><Errors><Error><Code>InvalidParameterValue</Code></Error></Errors></Response>")
                 .isOk());
    QVERIFY(
        !parseModifyInstanceEventStartTime("<ModifyInstanceEventStartTimeResponse><event><code>x").isOk());
}

void TestEc2Parsers::pagingParametersAndTokens()
{
    const auto joined = [](const HttpRequest &r) {
        QByteArrayList parts;
        for (const auto &item : r.form)
            parts << item.name + '=' + item.value;
        return parts.join('&');
    };
    HttpRequest all;
    Ec2Paging::addPageParameters(all, {}, 500, true, u"tok-1"_s);
    QCOMPARE(joined(all), QByteArray("MaxResults=500&NextToken=tok-1"));
    HttpRequest some; // EC2 refuses MaxResults together with instance ids
    Ec2Paging::addPageParameters(some, {u"i-1"_s, u"i-2"_s}, 500, true, {});
    QCOMPARE(joined(some), QByteArray("InstanceId.1=i-1&InstanceId.2=i-2"));
    HttpRequest old; // an API version without paging
    Ec2Paging::addPageParameters(old, {}, 500, false, {});
    QVERIFY(old.form.isEmpty());

    QSet<QString> followed;
    QVERIFY(!Ec2Paging::afterPage(followed, u"tok-1"_s, 1)); // ask for the next page
    QSet<QString> once = followed;
    const auto last = Ec2Paging::afterPage(once, {}, 2);
    QVERIFY(last && last->isOk());
    QSet<QString> again = followed;
    const auto stuck = Ec2Paging::afterPage(again, u"tok-1"_s, 2);
    QVERIFY(stuck && !stuck->isOk());
    QCOMPARE(stuck->kind(), ApiError::Kind::Parse);
    QVERIFY2(stuck->message().contains(u"2 page(s)"_s), qPrintable(stuck->message()));
    // tok-1, tok-2, tok-1: a cycle, not only a token that does not move.
    QVERIFY(!Ec2Paging::afterPage(followed, u"tok-2"_s, 2));
    const auto cycle = Ec2Paging::afterPage(followed, u"tok-1"_s, 3);
    QVERIFY(cycle && !cycle->isOk());
}

QTEST_GUILESS_MAIN(TestEc2Parsers)
#include "tst_ec2parsers.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Clock-skew bookkeeping, server time formats, and the redaction of secrets for logs.
#include <QTest>
#include <QTimeZone>

#include "transport/clockskew.h"
#include "transport/httprequest.h"
#include "transport/redact.h"
#include "transport/regioncache.h"

using namespace Qt::StringLiterals;

class TestClockAndRedact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesServerTimes_data();
    void parsesServerTimes();
    void offsetsArePerEndpointWithTolerance();
    void redactsHeadersAndQuery();
    void describeForLogHasNoSecret();
    void locationConstraints();
};

void TestClockAndRedact::parsesServerTimes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("RFC 1123") << QByteArray("Fri, 24 May 2013 00:20:00 GMT");
    QTest::newRow("RFC 850") << QByteArray("Friday, 24-May-13 00:20:00 GMT");
    QTest::newRow("asctime") << QByteArray("Fri May 24 00:20:00 2013");
    QTest::newRow("ISO 8601") << QByteArray("2013-05-24T00:20:00Z");
    QTest::newRow("ISO 8601 ms") << QByteArray("2013-05-24T00:20:00.000Z");
    QTest::newRow("amz") << QByteArray("20130524T002000Z");
    QTest::newRow("ISO 8601 without a zone") << QByteArray("2013-05-24T00:20:00");
}

void TestClockAndRedact::parsesServerTimes()
{
    QFETCH(QByteArray, text);
    const auto t = ClockSkew::parseServerTime(text);
    QVERIFY(t);
    QCOMPARE(*t, QDateTime(QDate(2013, 5, 24), QTime(0, 20), QTimeZone::utc()));
}

void TestClockAndRedact::offsetsArePerEndpointWithTolerance()
{
    ClockSkew skew;
    const QDateTime local(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    QVERIFY(!skew.observe(u"a:443"_s, local.addSecs(30), local)); // within tolerance: left alone
    QCOMPARE(skew.offsetMs(u"a:443"_s), 0);
    QVERIFY(skew.observe(u"a:443"_s, local.addSecs(-1200), local));
    QCOMPARE(skew.offsetMs(u"a:443"_s), -1200 * 1000);
    QCOMPARE(skew.offsetMs(u"b:443"_s), 0);
    QCOMPARE(skew.corrected(u"a:443"_s, local), local.addSecs(-1200));
    QVERIFY(skew.observe(u"a:443"_s, local, local)); // the clocks agree again
    QCOMPARE(skew.offsetMs(u"a:443"_s), 0);
    QVERIFY(!ClockSkew::parseServerTime("yesterday"));
}

void TestClockAndRedact::redactsHeadersAndQuery()
{
    QCOMPARE(Redact::headerValue("Authorization", "AWS4-HMAC-SHA256 Credential=AK/x, Signature=abc"),
        QByteArray("AWS4-HMAC-SHA256 <redacted>"));
    QCOMPARE(Redact::headerValue("authorization", "LOW key:secret"), QByteArray("LOW <redacted>"));
    QCOMPARE(Redact::headerValue("X-Amz-Security-Token", "tok"), QByteArray("<redacted>"));
    QCOMPARE(Redact::headerValue("x-amz-server-side-encryption-customer-key", "k"), QByteArray("<redacted>"));
    QCOMPARE(Redact::headerValue("Content-Type", "text/plain"), QByteArray("text/plain"));
    const QUrl url
        = Redact::url(QUrl(u"https://b.s3.amazonaws.com/k?X-Amz-Credential=AK%2F1&X-Amz-Signature=ff"
                           u"&X-Amz-Security-Token=t&versionId=v&Signature=s&AWSAccessKeyId=A"_s));
    const QString text = url.toString();
    QVERIFY(!text.contains(u"ff"_s));
    QVERIFY(!text.contains(u"AK%2F1"_s));
    QVERIFY(!text.contains(u"=t&"_s));
    QVERIFY(!text.contains(u"Signature=s"_s));
    QVERIFY(text.contains(u"versionId=v"_s));
}

void TestClockAndRedact::describeForLogHasNoSecret()
{
    HttpRequest r;
    r.host = "s3.us.archive.org";
    r.addHeader("Authorization", "LOW access:VERYSECRET");
    r.addHeader("x-archive-meta-title", "fine");
    r.addQuery("X-Amz-Signature", "SIGSECRET");
    r.body = "BODYSECRET";
    const QString log = Redact::describeForLog(r);
    QVERIFY(!log.contains(u"VERYSECRET"_s));
    QVERIFY(!log.contains(u"SIGSECRET"_s));
    QVERIFY(!log.contains(u"BODYSECRET"_s));
    QVERIFY(log.contains(u"x-archive-meta-title: fine"_s));
}

void TestClockAndRedact::locationConstraints()
{
    QCOMPARE(RegionCache::normaliseLocation(QString()), u"us-east-1"_s);
    QCOMPARE(RegionCache::normaliseLocation(u"EU"_s), u"eu-west-1"_s);
    QCOMPARE(RegionCache::normaliseLocation(u"ap-south-1"_s), u"ap-south-1"_s);
    RegionCache cache;
    cache.remember(u"e:443"_s, u"b"_s, u"eu-west-1"_s);
    QCOMPARE(cache.region(u"e:443"_s, u"b"_s), u"eu-west-1"_s);
    QCOMPARE(cache.region(u"other:443"_s, u"b"_s), QString());
}

QTEST_GUILESS_MAIN(TestClockAndRedact)
#include "tst_clockandredact.moc"

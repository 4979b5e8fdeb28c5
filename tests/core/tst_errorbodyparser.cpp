// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "transport/errorbodyparser.h"

using namespace Qt::StringLiterals;

class TestErrorBodyParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes_data();
    void shapes();
    void notAnError_data();
    void notAnError();
    void errorIn200Detection_data();
    void errorIn200Detection();
    void deepNestingIsBounded();
};

void TestErrorBodyParser::shapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("serverTime");
    QTest::newRow("S3 skew")
        << QByteArray(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>RequestTimeTooSkewed</Code>"
               "<Message>The difference between the request time and the current time is too large.</Message>"
               "<RequestTime>20130524T000000Z</RequestTime><ServerTime>2013-05-24T00:20:00Z</ServerTime>"
               "<MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds>"
               "<RequestId>1</RequestId><HostId>h</HostId></Error>")
        << u"RequestTimeTooSkewed"_s
        << u"The difference between the request time and the current time is too large."_s << u"1"_s
        << QString() << QByteArray("2013-05-24T00:20:00Z");
    QTest::newRow("S3 wrong region") << QByteArray(
        "<Error><Code>AuthorizationHeaderMalformed</Code><Message>the region "
        "'us-east-1' is wrong; expecting 'eu-west-1'</Message><Region>eu-west-1"
        "</Region><RequestId>2</RequestId></Error>")
                                     << u"AuthorizationHeaderMalformed"_s
                                     << u"the region 'us-east-1' is wrong; expecting 'eu-west-1'"_s << u"2"_s
                                     << u"eu-west-1"_s << QByteArray();
    QTest::newRow("S3 namespaced, whitespace first") << QByteArray(
        "\n \n<?xml version=\"1.0\"?><Error xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Code>NoSuchKey"
        "</Code><Message>m</Message></Error>") << u"NoSuchKey"_s
                                                     << u"m"_s << QString() << QString() << QByteArray();
    QTest::newRow("EC2, first of two errors") << QByteArray(
        "<Response><Errors><Error><Code>First</Code><Message>one</Message></Error><Error><Code>Second</Code>"
        "<Message>two</Message></Error></Errors><RequestID>r-1</RequestID></Response>")
                                              << u"First"_s << u"one"_s << u"r-1"_s << QString()
                                              << QByteArray();
    QTest::newRow("Query") << QByteArray(
        "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate "
        "exceeded</Message></Error><RequestId>q</RequestId></ErrorResponse>")
                           << u"Throttling"_s << u"Rate exceeded"_s << u"q"_s << QString() << QByteArray();
    QTest::newRow("cut short after the code")
        << QByteArray("<Error><Code>InternalError</Code><Message>We encoun") << u"InternalError"_s
        << QString() << QString() << QString() << QByteArray();
}

void TestErrorBodyParser::shapes()
{
    QFETCH(QByteArray, body);
    const auto e = parseServiceError(body);
    QVERIFY(e);
    QTEST(e->code, "code");
    QTEST(e->message, "message");
    QTEST(e->requestId, "requestId");
    QTEST(e->region, "region");
    QTEST(e->serverTime, "serverTime");
}

void TestErrorBodyParser::notAnError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("listing") << QByteArray("<ListBucketResult><Name>b</Name></ListBucketResult>");
    QTest::newRow("no code") << QByteArray("<Error><Message>m</Message></Error>");
    QTest::newRow("billion laughs") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol "
                                                  "\"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                                                  "<Error><Code>&lol2;</Code></Error>");
    QTest::newRow("external entity") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM "
        "\"file:///etc/passwd\">]><Error><Code>&x;</Code></Error>");
    QTest::newRow("not XML") << QByteArray("\xff\xfe garbage");
}

void TestErrorBodyParser::notAnError()
{
    QFETCH(QByteArray, body);
    QVERIFY(!parseServiceError(body));
}

void TestErrorBodyParser::errorIn200Detection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isError");
    QTest::newRow("complete ok") << QByteArray(
        "<CompleteMultipartUploadResult><ETag>x</ETag></CompleteMultipartUploadResult>")
                                 << false;
    QTest::newRow("complete error after keep-alive spaces")
        << QByteArray("      \n<?xml version=\"1.0\"?><Error><Code>InternalError</Code></Error>") << true;
    QTest::newRow("EC2 errors") << QByteArray(
        "<Response><Errors><Error><Code>X</Code></Error></Errors></Response>")
                                << true;
    QTest::newRow("EC2 result") << QByteArray(
        "<DescribeInstancesResponse><requestId>1</requestId></DescribeInstancesResponse>")
                                << false;
    QTest::newRow("DTD") << QByteArray("<!DOCTYPE x><Error/>") << false;
}

void TestErrorBodyParser::errorIn200Detection()
{
    QFETCH(QByteArray, body);
    QTEST(looksLikeErrorDocument(body), "isError");
}

void TestErrorBodyParser::deepNestingIsBounded()
{
    QByteArray body = "<Error>";
    for (int i = 0; i < 10000; ++i)
        body += "<a>";
    body += "<Code>Deep</Code>";
    QVERIFY(!parseServiceError(body)); // refused, not recursed into
}

QTEST_GUILESS_MAIN(TestErrorBodyParser)
#include "tst_errorbodyparser.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's pure reader of stored WebsiteConfiguration documents: what it takes from them, and
// what it refuses as S3 refuses it on PUT ?website.
#include <QTest>

#include "testdata.h"
#include "websiteconfig.h"

using namespace Qt::StringLiterals;

class TestWebsiteConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryElement();
    void redirectAll();
    void refuses_data();
    void refuses();
};

void TestWebsiteConfig::readsEveryElement()
{
    WebsiteConfig::Problem problem;
    const std::optional<WebsiteConfig> config
        = WebsiteConfig::parse(TestData::read(u"sandbox/website-full.xml"_s), &problem);
    QVERIFY2(config, problem.message.constData());
    QCOMPARE(config->indexSuffix, QByteArray("index.html"));
    QCOMPARE(config->errorKey, QByteArray("error.html"));
    QVERIFY(config->redirectAllHostName.isEmpty());
    QCOMPARE(config->rules.size(), 2);
    const WebsiteRoutingRule &first = config->rules[0];
    QCOMPARE(first.keyPrefixEquals.value_or("?"), QByteArray("old-docs/"));
    QCOMPARE(first.httpErrorCodeReturnedEquals, 0);
    QCOMPARE(first.replaceKeyPrefixWith.value_or("?"), QByteArray("docs/"));
    QVERIFY(!first.replaceKeyWith);
    QCOMPARE(first.httpRedirectCode, 301);
    const WebsiteRoutingRule &second = config->rules[1];
    QCOMPARE(second.httpErrorCodeReturnedEquals, 404);
    QCOMPARE(second.protocol, QByteArray("https"));
    QCOMPARE(second.hostName, QByteArray("example.com"));
    QCOMPARE(second.replaceKeyWith.value_or("?"), QByteArray("moved.html"));
    QCOMPARE(second.httpRedirectCode, 302);
}

void TestWebsiteConfig::redirectAll()
{
    WebsiteConfig::Problem problem;
    const auto config = WebsiteConfig::parse("<WebsiteConfiguration xmlns=\"urn:any\"><RedirectAllRequestsTo>"
                                             "<HostName>example.org</HostName><Protocol>https</Protocol>"
                                             "</RedirectAllRequestsTo></WebsiteConfiguration>",
        &problem);
    QVERIFY(config);
    QCOMPARE(config->redirectAllHostName, QByteArray("example.org"));
    QCOMPARE(config->redirectAllProtocol, QByteArray("https"));
}

void TestWebsiteConfig::refuses_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QByteArray>("code");
    const QByteArray index = "<IndexDocument><Suffix>i.html</Suffix></IndexDocument>";
    QTest::newRow("empty") << QByteArray() << QByteArray("MalformedXML");
    QTest::newRow("truncated") << "<WebsiteConfiguration>" + index << QByteArray("MalformedXML");
    QTest::newRow("internal entity")
        << "<!DOCTYPE WebsiteConfiguration [<!ENTITY a \"aaaa\">]><WebsiteConfiguration>" + index
            + "</WebsiteConfiguration>"
        << QByteArray("MalformedXML");
    QTest::newRow("external entity") << QByteArray(
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><WebsiteConfiguration>"
        "<IndexDocument><Suffix>&e;</Suffix></IndexDocument></WebsiteConfiguration>")
                                     << QByteArray("MalformedXML");
    QTest::newRow("deep nesting") << "<WebsiteConfiguration>" + index + QByteArray("<a>").repeated(10000)
            + QByteArray("</a>").repeated(10000) + "</WebsiteConfiguration>"
                                  << QByteArray();
    QTest::newRow("wrong root") << "<Website>" + index + "</Website>" << QByteArray("MalformedXML");
    QTest::newRow("no index") << QByteArray("<WebsiteConfiguration/>") << QByteArray("InvalidArgument");
    QTest::newRow("empty suffix") << QByteArray(
        "<WebsiteConfiguration><IndexDocument><Suffix/></IndexDocument>"
        "</WebsiteConfiguration>") << QByteArray("InvalidArgument");
    QTest::newRow("redirect-all without host")
        << QByteArray("<WebsiteConfiguration><RedirectAllRequestsTo><Protocol>https</Protocol>"
                      "</RedirectAllRequestsTo></WebsiteConfiguration>")
        << QByteArray("InvalidArgument");
    QTest::newRow("ftp") << QByteArray(
        "<WebsiteConfiguration><RedirectAllRequestsTo><HostName>h</HostName>"
        "<Protocol>ftp</Protocol></RedirectAllRequestsTo></WebsiteConfiguration>")
                         << QByteArray("InvalidArgument");
    QByteArray many = "<WebsiteConfiguration>" + index + "<RoutingRules>";
    for (int i = 0; i < WebsiteConfig::kMaxRules + 1; ++i)
        many += "<RoutingRule><Redirect><HostName>h</HostName></Redirect></RoutingRule>";
    QTest::newRow("51 rules") << many + "</RoutingRules></WebsiteConfiguration>"
                              << QByteArray("InvalidArgument");
}

void TestWebsiteConfig::refuses()
{
    QFETCH(QByteArray, xml);
    QFETCH(QByteArray, code);
    WebsiteConfig::Problem problem;
    const std::optional<WebsiteConfig> config = WebsiteConfig::parse(xml, &problem);
    if (code.isEmpty()) { // accepted: unknown elements, however deep, are none of the reader's business
        QVERIFY2(config, problem.message.constData());
        return;
    }
    QVERIFY(!config);
    QCOMPARE(problem.code, code);
    QVERIFY(!problem.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestWebsiteConfig)
#include "tst_websiteconfig.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// WebsiteConfiguration: the lossless round trip (unknown elements verbatim and in place, judged also
// by Python's C14N as an independent reader), the SDK bug that dropped routing rules, GCS's
// websiteConfig, and validation with each problem named.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "testdata.h"
#include "website/websiteconfiguration.h"

using namespace Qt::StringLiterals;

namespace {

WebsiteConfiguration parsed(
    const QByteArray &xml, WebsiteConfiguration::Dialect d = WebsiteConfiguration::Dialect::S3)
{
    Result<WebsiteConfiguration> r = WebsiteConfiguration::parse(xml, d);
    if (!r.isOk())
        qWarning("parse failed: %s", qPrintable(r.error().message()));
    return r.isOk() ? r.takeValue() : WebsiteConfiguration(d);
}

// Python's xml.etree C14N with whitespace-only text stripped: two documents with the same elements,
// attributes, namespaces and text give the same string. Empty when python3 is not there.
QByteArray canonical(const QByteArray &xml)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"doc.xml"_s));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(xml);
    f.close();
    QProcess p;
    p.start(u"/usr/bin/python3"_s,
        {u"-c"_s,
            u"import sys, xml.etree.ElementTree as E; "
            "sys.stdout.write(E.canonicalize(from_file=sys.argv[1], strip_text=True))"_s,
            f.fileName()});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

} // namespace

class TestWebsiteConfiguration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryElement();
    void unknownElementsKeptVerbatimInPlace();
    void roundTripJudgedByPython();
    void editOneFieldChangesOnlyThat();
    void updatingIndexKeepsRoutingRules();
    void addsAndRemovesElementsInSchemaOrder();
    void gcsWebsiteConfig();
    void refusesBadDocuments_data();
    void refusesBadDocuments();
    void validation_data();
    void validation();
    void hostNames_data();
    void hostNames();
};

void TestWebsiteConfiguration::readsEveryElement()
{
    const WebsiteConfiguration c = parsed(TestData::read(u"website/every-element.xml"_s));
    QCOMPARE(c.indexSuffix, std::optional<QString>(u"index.html"_s));
    QCOMPARE(c.errorKey, std::optional<QString>(u"errors/404 & more.html"_s));
    QVERIFY(!c.redirectAll);
    QCOMPARE(c.routingRules.size(), 3);
    const RoutingRule &first = c.routingRules[0];
    QVERIFY(first.condition);
    QCOMPARE(first.condition->keyPrefixEquals, std::optional<QString>(u"docs/"_s));
    QVERIFY(!first.condition->httpErrorCodeReturnedEquals);
    QCOMPARE(first.redirect.replaceKeyPrefixWith, std::optional<QString>(u"documents/"_s));
    const RoutingRule &second = c.routingRules[1];
    QCOMPARE(second.condition->httpErrorCodeReturnedEquals, std::optional<QString>(u"404"_s));
    QCOMPARE(second.redirect.hostName, std::optional<QString>(u"example.com"_s));
    QCOMPARE(second.redirect.protocol, std::optional<QString>(u"https"_s));
    QCOMPARE(second.redirect.replaceKeyWith, std::optional<QString>(u"missing.html"_s));
    QCOMPARE(second.redirect.httpRedirectCode, std::optional<QString>(u"302"_s));
    QVERIFY(!c.routingRules[2].condition);
    QCOMPARE(c.routingRules[2].redirect.hostName, std::optional<QString>(u"www.example.org"_s));
    QVERIFY2(c.problems().isEmpty(), qPrintable(c.problems().join(u'\n')));

    const WebsiteConfiguration all = parsed(TestData::read(u"website/redirect-all.xml"_s));
    QVERIFY(all.redirectAll);
    QCOMPARE(all.redirectAllHostName, u"www.example.com"_s);
    QCOMPARE(all.redirectAllProtocol, std::optional<QString>(u"https"_s));
    QVERIFY(all.problems().isEmpty());
}

void TestWebsiteConfiguration::unknownElementsKeptVerbatimInPlace()
{
    const QByteArray original = TestData::read(u"website/every-element.xml"_s);
    const QByteArray out = parsed(original).toXml();
    // Each unknown element, exactly as the fixture spells it (attributes, escapes, self-closing).
    const QList<QByteArray> verbatim = {
        "<x:Before flavour=\"prefixed\">kept <x:Inner a=\"1\"/> as is</x:Before>",
        "<FutureIndexOption>on</FutureIndexOption>",
        "<Middle><Nested deep=\"yes\"><Deeper>text &lt;escaped&gt;</Deeper></Nested></Middle>",
        "<ConditionExtra>1</ConditionExtra>",
        "<RulesExtra>between rules</RulesExtra>",
        "<RedirectExtra/>",
        "<RuleExtra>per rule</RuleExtra>",
        "<After>last</After>",
    };
    qsizetype last = -1;
    for (const QByteArray &piece : verbatim) {
        QVERIFY2(original.contains(piece), piece.constData()); // the fixture really has it
        const qsizetype at = out.indexOf(piece);
        QVERIFY2(at >= 0, piece.constData());
        QVERIFY2(at > last, piece.constData()); // in the same order as in the fixture
        last = at;
    }
    // And in place relative to the known elements around them.
    QVERIFY(out.indexOf("<x:Before") < out.indexOf("<IndexDocument>"));
    QVERIFY(out.indexOf("</ErrorDocument>") < out.indexOf("<Middle>"));
    QVERIFY(out.indexOf("<Middle>") < out.indexOf("<RoutingRules>"));
    QVERIFY(out.indexOf("<RulesExtra>") > out.indexOf("documents/"));
    QVERIFY(out.indexOf("<RulesExtra>") < out.indexOf("example.com"));
    QVERIFY(out.indexOf("</RoutingRules>") < out.indexOf("<After>"));
    // The prefix the kept element uses is still declared.
    QVERIFY(out.contains("xmlns:x=\"urn:example:extension\""));
    // Redirect's children in the order they were read (not the schema's).
    QVERIFY(out.contains(
        "<Redirect><HostName>example.com</HostName><HttpRedirectCode>302</HttpRedirectCode>"
        "<Protocol>https</Protocol><ReplaceKeyWith>missing.html</ReplaceKeyWith><RedirectExtra/>"));
}

void TestWebsiteConfiguration::roundTripJudgedByPython()
{
    const QByteArray original = TestData::read(u"website/every-element.xml"_s);
    const QByteArray before = canonical(original);
    if (before.isEmpty())
        QSKIP("/usr/bin/python3 is not available");
    const QByteArray out = parsed(original).toXml();
    QCOMPARE(canonical(out), before);
    QCOMPARE(parsed(out).toXml(), out); // a second round trip changes nothing
    // A byte-order mark in front is no obstacle.
    QCOMPARE(parsed("\xEF\xBB\xBF" + original).toXml(), out);
    const QByteArray gcs = TestData::read(u"website/gcs-website.xml"_s);
    QCOMPARE(canonical(parsed(gcs, WebsiteConfiguration::Dialect::Gcs).toXml()), canonical(gcs));
}

void TestWebsiteConfiguration::editOneFieldChangesOnlyThat()
{
    const QByteArray original = TestData::read(u"website/every-element.xml"_s);
    const WebsiteConfiguration c = parsed(original);
    const QByteArray unchanged = c.toXml();
    WebsiteConfiguration edited = c;
    edited.indexSuffix = u"home.html"_s;
    QByteArray expected = unchanged;
    expected.replace("<Suffix>index.html</Suffix>", "<Suffix>home.html</Suffix>");
    QVERIFY(expected != unchanged);
    QCOMPARE(edited.toXml(), expected);

    WebsiteConfiguration rule = c;
    rule.routingRules[1].redirect.httpRedirectCode = u"307"_s;
    expected = unchanged;
    expected.replace("<HttpRedirectCode>302</HttpRedirectCode>", "<HttpRedirectCode>307</HttpRedirectCode>");
    QCOMPARE(rule.toXml(), expected);
    // And by Python's reading too: the original with that one value changed.
    QByteArray originalEdited = original;
    originalEdited.replace(
        "<HttpRedirectCode>302</HttpRedirectCode>", "<HttpRedirectCode>307</HttpRedirectCode>");
    const QByteArray want = canonical(originalEdited);
    if (!want.isEmpty())
        QCOMPARE(canonical(rule.toXml()), want);
}

void TestWebsiteConfiguration::updatingIndexKeepsRoutingRules()
{
    // The SDK bug: an "update the index document" call rebuilt the configuration from the index and
    // error document alone, dropping the bucket's routing rules.
    const QByteArray original = TestData::read(u"website/every-element.xml"_s);
    WebsiteConfiguration c = parsed(original);
    c.indexSuffix = u"default.htm"_s;
    c.errorKey = u"oops.html"_s;
    const WebsiteConfiguration back = parsed(c.toXml());
    QCOMPARE(back.indexSuffix, std::optional<QString>(u"default.htm"_s));
    QCOMPARE(back.routingRules.size(), 3);
    QCOMPARE(back.routingRules[0].condition->keyPrefixEquals, std::optional<QString>(u"docs/"_s));
    QCOMPARE(back.routingRules[1].redirect.replaceKeyWith, std::optional<QString>(u"missing.html"_s));
    QCOMPARE(back.routingRules[2].redirect.hostName, std::optional<QString>(u"www.example.org"_s));
}

void TestWebsiteConfiguration::addsAndRemovesElementsInSchemaOrder()
{
    WebsiteConfiguration fresh;
    fresh.errorKey = u"e.html"_s;
    fresh.indexSuffix = u"i.html"_s;
    RoutingRule rule;
    rule.condition = RoutingCondition {u"a/"_s, std::nullopt, {}};
    rule.redirect.replaceKeyPrefixWith = u"b/"_s;
    fresh.routingRules.append(rule);
    const QByteArray xml = fresh.toXml();
    QVERIFY(xml.contains("<WebsiteConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"));
    QVERIFY(
        xml.contains("<IndexDocument><Suffix>i.html</Suffix></IndexDocument><ErrorDocument><Key>e.html</Key>"
                     "</ErrorDocument><RoutingRules><RoutingRule><Condition><KeyPrefixEquals>a/"
                     "</KeyPrefixEquals></Condition><Redirect><ReplaceKeyPrefixWith>b/"
                     "</ReplaceKeyPrefixWith></Redirect></RoutingRule></RoutingRules>"));

    // Removing the error document and the rules keeps the unknown elements around them.
    WebsiteConfiguration c = parsed(TestData::read(u"website/every-element.xml"_s));
    c.errorKey.reset();
    c.routingRules.clear();
    const QByteArray out = c.toXml();
    QVERIFY(!out.contains("ErrorDocument"));
    QVERIFY(!out.contains("RoutingRule"));
    QVERIFY(out.contains("<Middle>"));
    QVERIFY(out.contains("<After>last</After>"));
    QVERIFY(!out.contains("RulesExtra")); // it lived inside RoutingRules, which is gone
    // A new error document goes back before <Middle>'s neighbour in schema order.
    c.errorKey = u"new.html"_s;
    const QByteArray again = c.toXml();
    QVERIFY(again.indexOf("<ErrorDocument>") > again.indexOf("</IndexDocument>"));
}

void TestWebsiteConfiguration::gcsWebsiteConfig()
{
    WebsiteConfiguration c
        = parsed(TestData::read(u"website/gcs-website.xml"_s), WebsiteConfiguration::Dialect::Gcs);
    QCOMPARE(c.indexSuffix, std::optional<QString>(u"index.html"_s));
    QCOMPARE(c.errorKey, std::optional<QString>(u"404.html"_s));
    c.errorKey = u"missing.html"_s;
    const QByteArray out = c.toXml();
    QVERIFY(
        out.contains("<MainPageSuffix>index.html</MainPageSuffix><NotFoundPage>missing.html</NotFoundPage>"
                     "<Unknown>kept</Unknown>"));
    QVERIFY(!out.contains("xmlns=")); // GCS's document had no namespace
    QVERIFY(c.problems().isEmpty());
    c.redirectAll = true;
    c.redirectAllHostName = u"example.com"_s;
    QCOMPARE(c.problems().size(), 1);
    QVERIFY(c.problems().first().contains(u"Google Cloud Storage"));
    // An empty configuration turns GCS hosting off and is valid.
    QVERIFY(WebsiteConfiguration(WebsiteConfiguration::Dialect::Gcs).problems().isEmpty());
}

void TestWebsiteConfiguration::refusesBadDocuments_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("words");
    QTest::newRow("dtd") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>"
                                       "<WebsiteConfiguration><IndexDocument><Suffix>&a;</Suffix>"
                                       "</IndexDocument></WebsiteConfiguration>")
                         << u"DTD"_s;
    QTest::newRow("other root") << QByteArray("<CORSConfiguration/>") << u"CORSConfiguration"_s;
    QTest::newRow("cut short") << QByteArray("<WebsiteConfiguration><IndexDocument>") << u"XML"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("invalid utf-8") << QByteArray(
        "<WebsiteConfiguration><IndexDocument><Suffix>\xff.html</Suffix>"
        "</IndexDocument></WebsiteConfiguration>")
                                   << u"UTF-8"_s;
    QByteArray deep = "<WebsiteConfiguration>";
    for (int i = 0; i < 40; ++i)
        deep += "<a>";
    QTest::newRow("too deep") << deep << u"deeper"_s;
}

void TestWebsiteConfiguration::refusesBadDocuments()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, words);
    const Result<WebsiteConfiguration> r = WebsiteConfiguration::parse(xml);
    QVERIFY(!r.isOk());
    QVERIFY2(r.error().message().contains(words), qPrintable(r.error().message()));
}

void TestWebsiteConfiguration::validation_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("words"); // empty: valid
    const QByteArray head = "<WebsiteConfiguration>";
    const QByteArray index = "<IndexDocument><Suffix>index.html</Suffix></IndexDocument>";
    auto rule = [](const QByteArray &inner) {
        return "<RoutingRules><RoutingRule>" + inner + "</RoutingRule></RoutingRules>";
    };
    auto doc = [&](const QByteArray &body) {
        return head + body + "</WebsiteConfiguration>";
    };
    QTest::newRow("index only") << doc(index) << QString();
    QTest::newRow("no index") << doc("<ErrorDocument><Key>e</Key></ErrorDocument>")
                              << u"needs an index document"_s;
    QTest::newRow("empty suffix") << doc("<IndexDocument><Suffix></Suffix></IndexDocument>")
                                  << u"must not be empty"_s;
    QTest::newRow("slash in suffix") << doc("<IndexDocument><Suffix>a/index.html</Suffix></IndexDocument>")
                                     << u"must not contain \"/\""_s;
    QTest::newRow("empty error key") << doc(index + "<ErrorDocument><Key></Key></ErrorDocument>")
                                     << u"error document key must not be empty"_s;
    QTest::newRow("redirect-all alone") << TestData::read(u"website/redirect-all.xml"_s) << QString();
    QTest::newRow("redirect-all and index")
        << doc("<RedirectAllRequestsTo><HostName>example.com</HostName></RedirectAllRequestsTo>" + index)
        << u"excludes everything else"_s;
    QTest::newRow("redirect-all without host")
        << doc("<RedirectAllRequestsTo><Protocol>https</Protocol></RedirectAllRequestsTo>")
        << u"needs a host name"_s;
    QTest::newRow("redirect-all bad host")
        << doc("<RedirectAllRequestsTo><HostName>exa mple.com</HostName></RedirectAllRequestsTo>")
        << u"not a valid host name"_s;
    QTest::newRow("redirect-all ftp") << doc(
        "<RedirectAllRequestsTo><HostName>e.com</HostName><Protocol>ftp</Protocol></RedirectAllRequestsTo>")
                                      << u"http or https"_s;
    QTest::newRow("both replace forms") << doc(index
        + rule("<Redirect><ReplaceKeyPrefixWith>a</ReplaceKeyPrefixWith><ReplaceKeyWith>b</ReplaceKeyWith></"
               "Redirect>")) << u"not both"_s;
    QTest::newRow("code 200") << doc(
        index + rule("<Redirect><HttpRedirectCode>200</HttpRedirectCode></Redirect>"))
                              << u"3xx"_s;
    QTest::newRow("code text") << doc(
        index + rule("<Redirect><HttpRedirectCode>moved</HttpRedirectCode></Redirect>"))
                               << u"3xx"_s;
    QTest::newRow("code 308") << doc(
        index + rule("<Redirect><HttpRedirectCode>308</HttpRedirectCode></Redirect>"))
                              << QString();
    QTest::newRow("error code 302") << doc(index
        + rule("<Condition><HttpErrorCodeReturnedEquals>302</HttpErrorCodeReturnedEquals></"
               "Condition><Redirect><HostName>a.b</HostName></Redirect>"))
                                    << u"4xx or 5xx"_s;
    QTest::newRow("empty condition") << doc(
        index + rule("<Condition></Condition><Redirect><HostName>a.b</HostName></Redirect>"))
                                     << u"needs a key prefix or an HTTP error code"_s;
    QTest::newRow("empty redirect") << doc(index + rule("<Redirect></Redirect>")) << u"at least one of"_s;
    QTest::newRow("rule bad host") << doc(index + rule("<Redirect><HostName>-bad-.com</HostName></Redirect>"))
                                   << u"Routing rule 1: \"-bad-.com\" is not a valid host name"_s;
    QTest::newRow("rule protocol") << doc(index + rule("<Redirect><Protocol>gopher</Protocol></Redirect>"))
                                   << u"http or https"_s;
    QTest::newRow("empty rules") << doc(index + "<RoutingRules></RoutingRules>")
                                 << u"routing rules are empty"_s;
    QByteArray many = "<RoutingRules>";
    for (int i = 0; i < 51; ++i)
        many += "<RoutingRule><Redirect><HostName>h" + QByteArray::number(i)
            + ".example</HostName></Redirect></RoutingRule>";
    many += "</RoutingRules>";
    QTest::newRow("51 rules") << doc(index + many) << u"at most 50 routing rules; this one has 51"_s;
    QByteArray fifty = many;
    fifty.replace("<RoutingRule><Redirect><HostName>h50.example</HostName></Redirect></RoutingRule>", "");
    QTest::newRow("50 rules") << doc(index + fifty) << QString();
    QTest::newRow("control character")
        << doc("<IndexDocument><Suffix>a&#1;b</Suffix></IndexDocument>") << u"control character"_s;
}

void TestWebsiteConfiguration::validation()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, words);
    Result<WebsiteConfiguration> r = WebsiteConfiguration::parse(xml);
    if (!r.isOk()) { // XML 1.0 refuses &#1; itself: that is a refusal too
        QVERIFY2(!words.isEmpty(), qPrintable(r.error().message()));
        return;
    }
    const QStringList problems = r.value().problems();
    if (words.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        return;
    }
    QVERIFY2(
        std::any_of(problems.cbegin(), problems.cend(), [&](const QString &p) { return p.contains(words); }),
        qPrintable(problems.join(u'\n')));
}

void TestWebsiteConfiguration::hostNames_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"example.com"_s << true;
    QTest::newRow("one label") << u"localhost"_s << true;
    QTest::newRow("port") << u"example.com:8080"_s << true;
    QTest::newRow("trailing dot") << u"example.com."_s << true;
    QTest::newRow("digits and hyphen") << u"a-1.b2.example"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"exa mple.com"_s << false;
    QTest::newRow("leading hyphen") << u"-a.com"_s << false;
    QTest::newRow("underscore") << u"a_b.com"_s << false;
    QTest::newRow("scheme") << u"http://example.com"_s << false;
    QTest::newRow("path") << u"example.com/x"_s << false;
    QTest::newRow("empty label") << u"a..com"_s << false;
    QTest::newRow("64-char label") << QString(64, u'a') + u".com"_s << false;
    QTest::newRow("63-char label") << QString(63, u'a') + u".com"_s << true;
    QTest::newRow("port zero") << u"example.com:0"_s << false;
}

void TestWebsiteConfiguration::hostNames()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QCOMPARE(WebsiteConfiguration::isValidHostName(host), valid);
}

QTEST_GUILESS_MAIN(TestWebsiteConfiguration)
#include "tst_websiteconfiguration.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's S3 website endpoint over real HTTP: AWS's error pages, RedirectAllRequestsTo, Block
// Public Access, what a website endpoint refuses; and ?website itself (kept byte-for-byte, checked on
// PUT). Serving by Host and by path (index, folders, error documents, redirects, routing rules) runs
// against the sandbox and radosgw alike in tests/s3suites/tst_sharedwebsite.cpp.
#include <QTest>

#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "sandboxxml.h"
#include "testdata.h"

using namespace Qt::StringLiterals;

namespace {

// tests/data/sandbox: a configuration with every element and one Skylight does not know, and a
// policy opening BUCKET/* to everyone.
QByteArray websiteDocument()
{
    return TestData::read(u"sandbox/website-full.xml"_s);
}

} // namespace

class TestSandboxWebsite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void websiteDocumentRoundTrip();
    void websitePutRefusesBadDocuments_data();
    void websitePutRefusesBadDocuments();
    void errorDocumentNotPublic();
    void noErrorDocument();
    void redirectAllRequests();
    void publicThroughPolicyAndBlock();
    void refusesWhatS3Refuses();

private:
    void put(const QString &bucket,
        const QString &key,
        const QByteArray &body,
        const QByteArray &acl,
        const QByteArray &redirect = {});
    SandboxFixture m_s;
};

void TestSandboxWebsite::put(const QString &bucket,
    const QString &key,
    const QByteArray &body,
    const QByteArray &acl,
    const QByteArray &redirect)
{
    HttpRequest r = m_s.request("PUT", bucket, key);
    r.body = body;
    r.setHeader("Content-Type", "text/html");
    if (!acl.isEmpty())
        r.setHeader("x-amz-acl", acl);
    if (!redirect.isEmpty())
        r.setHeader("x-amz-website-redirect-location", redirect);
    const HttpResponse response = m_s.send(std::move(r));
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
}

void TestSandboxWebsite::initTestCase()
{
    QVERIFY(m_s.start());
    QVERIFY(m_s.send(m_s.request("PUT", u"site"_s)).error.isOk());
    put(u"site"_s, u"index.html"_s, "<h1>home</h1>", "public-read");
    put(u"site"_s, u"error.html"_s, "<h1>oops</h1>", "public-read");
    put(u"site"_s, u"docs/index.html"_s, "<h1>docs</h1>", "public-read");
    put(u"site"_s, u"docs/a.html"_s, "<h1>a</h1>", "public-read");
    put(u"site"_s, u"page.html"_s, "<p>page</p>", "public-read");
    put(u"site"_s, u"private.html"_s, "<p>secret</p>", "private");
    put(u"site"_s, u"old.html"_s, "", "public-read", "/page.html");
    put(u"site"_s, u"away.html"_s, "", "public-read", "https://elsewhere.example/x");
    const HttpResponse r = m_s.putSubresource(u"site"_s, "website", websiteDocument());
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
}

void TestSandboxWebsite::websiteDocumentRoundTrip()
{
    const HttpResponse r = m_s.sendSubresource("GET", u"site"_s, "website");
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.body, websiteDocument()); // unknown elements, whitespace and all

    QVERIFY(m_s.send(m_s.request("PUT", u"scratch"_s)).error.isOk());
    HttpResponse none = m_s.sendSubresource("GET", u"scratch"_s, "website");
    QCOMPARE(none.status, 404);
    QCOMPARE(none.error.serviceCode(), u"NoSuchWebsiteConfiguration"_s);
    QVERIFY(m_s.putSubresource(u"scratch"_s, "website", websiteDocument()).error.isOk());
    QCOMPARE(m_s.sendSubresource("DELETE", u"scratch"_s, "website").status, 204);
    QCOMPARE(m_s.sendSubresource("GET", u"scratch"_s, "website").status, 404);
}

void TestSandboxWebsite::websitePutRefusesBadDocuments_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("not xml") << QByteArray("<WebsiteConfiguration><IndexDocument>") << u"MalformedXML"_s;
    QTest::newRow("empty") << QByteArray() << u"MalformedXML"_s;
    QTest::newRow("dtd") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>"
                                       "<WebsiteConfiguration><IndexDocument><Suffix>&a;</Suffix>"
                                       "</IndexDocument></WebsiteConfiguration>")
                         << u"MalformedXML"_s;
    QTest::newRow("other root") << QByteArray("<CORSConfiguration/>") << u"MalformedXML"_s;
    QTest::newRow("no index") << QByteArray(
        "<WebsiteConfiguration><ErrorDocument><Key>e</Key></ErrorDocument>"
        "</WebsiteConfiguration>")
                              << u"InvalidArgument"_s;
    QTest::newRow("slash in suffix") << QByteArray("<WebsiteConfiguration><IndexDocument><Suffix>a/b</Suffix>"
                                                   "</IndexDocument></WebsiteConfiguration>")
                                     << u"InvalidArgument"_s;
    QTest::newRow("redirect-all and index") << QByteArray(
        "<WebsiteConfiguration><RedirectAllRequestsTo><HostName>x</HostName>"
        "</RedirectAllRequestsTo><IndexDocument><Suffix>i</Suffix></IndexDocument>"
        "</WebsiteConfiguration>") << u"InvalidArgument"_s;
    QTest::newRow("both replace forms") << QByteArray(
        "<WebsiteConfiguration><IndexDocument><Suffix>i</Suffix></IndexDocument><RoutingRules>"
        "<RoutingRule><Redirect><ReplaceKeyWith>a</ReplaceKeyWith><ReplaceKeyPrefixWith>b"
        "</ReplaceKeyPrefixWith></Redirect></RoutingRule></RoutingRules></WebsiteConfiguration>")
                                        << u"InvalidArgument"_s;
    QTest::newRow("redirect code 200") << QByteArray(
        "<WebsiteConfiguration><IndexDocument><Suffix>i</Suffix></IndexDocument><RoutingRules>"
        "<RoutingRule><Redirect><HttpRedirectCode>200</HttpRedirectCode></Redirect></RoutingRule>"
        "</RoutingRules></WebsiteConfiguration>")
                                       << u"InvalidArgument"_s;
}

void TestSandboxWebsite::websitePutRefusesBadDocuments()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const HttpResponse r = m_s.putSubresource(u"site"_s, "website", body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error.serviceCode(), code);
    QCOMPARE(m_s.sendSubresource("GET", u"site"_s, "website").body, websiteDocument()); // unchanged
}

void TestSandboxWebsite::errorDocumentNotPublic()
{
    QVERIFY(m_s.send(m_s.request("PUT", u"hidden-error"_s)).error.isOk());
    put(u"hidden-error"_s, u"index.html"_s, "home", "public-read");
    put(u"hidden-error"_s, u"error.html"_s, "private error page", "private");
    QVERIFY(m_s.putSubresource(u"hidden-error"_s,
                   "website",
                   "<WebsiteConfiguration><IndexDocument><Suffix>index.html</Suffix></IndexDocument>"
                   "<ErrorDocument><Key>error.html</Key></ErrorDocument></WebsiteConfiguration>")
                .error.isOk());
    const HttpResponse r = m_s.website("GET", "/hidden-error/nothing-here");
    QCOMPARE(r.status, 403);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY2(r.body.contains("<title>403 Forbidden</title>"), r.body.constData());
    QVERIFY(r.body.contains("<li>Code: AccessDenied</li>"));
    QVERIFY(r.body.contains("An Error Occurred While Attempting to Retrieve a Custom Error Document"));
    QVERIFY(!r.body.contains("private error page"));
}

void TestSandboxWebsite::noErrorDocument()
{
    QVERIFY(m_s.send(m_s.request("PUT", u"plain-site"_s)).error.isOk());
    put(u"plain-site"_s, u"index.html"_s, "home", "public-read");
    QVERIFY(m_s.putSubresource(u"plain-site"_s,
                   "website",
                   "<WebsiteConfiguration><IndexDocument><Suffix>index.html</Suffix></IndexDocument>"
                   "</WebsiteConfiguration>")
                .error.isOk());
    HttpRequest acl = m_s.request("PUT", u"plain-site"_s);
    acl.addBareQuery("acl");
    acl.setHeader("x-amz-acl", "public-read");
    QVERIFY(m_s.send(acl).error.isOk());
    const HttpResponse r = m_s.website("GET", "/nope.html", m_s.websiteHost("plain-site"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.contains("<title>404 Not Found</title>"));
    QVERIFY(r.body.contains("<li>Code: NoSuchKey</li>"));
    QVERIFY(r.body.contains("<li>Key: nope.html</li>"));
    QVERIFY(!r.body.contains("Custom Error Document"));
    QCOMPARE(r.header("x-amz-error-code"), QByteArray("NoSuchKey"));
}

void TestSandboxWebsite::redirectAllRequests()
{
    QVERIFY(m_s.send(m_s.request("PUT", u"redirector"_s)).error.isOk());
    QVERIFY(m_s.putSubresource(u"redirector"_s,
                   "website",
                   "<WebsiteConfiguration><RedirectAllRequestsTo><HostName>www.example.org</HostName>"
                   "<Protocol>https</Protocol></RedirectAllRequestsTo></WebsiteConfiguration>")
                .error.isOk());
    HttpResponse r = m_s.website("GET", "/some/path.html", m_s.websiteHost("redirector"));
    QCOMPARE(r.status, 301);
    QCOMPARE(r.header("Location"), QByteArray("https://www.example.org/some/path.html"));
    r = m_s.website("GET", "/redirector/a%20b");
    QCOMPARE(r.status, 301);
    QCOMPARE(r.header("Location"), QByteArray("https://www.example.org/a%20b"));
}

void TestSandboxWebsite::publicThroughPolicyAndBlock()
{
    QVERIFY(m_s.send(m_s.request("PUT", u"policy-site"_s)).error.isOk());
    put(u"policy-site"_s, u"index.html"_s, "policy home", {}); // private ACL
    QVERIFY(m_s.putSubresource(u"policy-site"_s,
                   "website",
                   "<WebsiteConfiguration><IndexDocument><Suffix>index.html</Suffix></IndexDocument>"
                   "</WebsiteConfiguration>")
                .error.isOk());
    const QByteArray host = m_s.websiteHost("policy-site");
    QCOMPARE(m_s.website("GET", "/", host).status, 403);
    QByteArray policy = TestData::read(u"sandbox/public-read-policy.json"_s).trimmed();
    policy.replace("BUCKET", "policy-site");
    QCOMPARE(m_s.putSubresource(u"policy-site"_s, "policy", policy).status, 204);
    HttpResponse r = m_s.website("GET", "/", host);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("policy home"));
    // Block Public Access: RestrictPublicBuckets makes the public policy count for nothing.
    QVERIFY(m_s.putSubresource(u"policy-site"_s,
                   "publicAccessBlock",
                   "<PublicAccessBlockConfiguration><RestrictPublicBuckets>true</RestrictPublicBuckets>"
                   "</PublicAccessBlockConfiguration>")
                .error.isOk());
    QCOMPARE(m_s.website("GET", "/", host).status, 403);
    QCOMPARE(m_s.sendSubresource("DELETE", u"policy-site"_s, "publicAccessBlock").status, 204);
    QCOMPARE(m_s.website("GET", "/", host).status, 200);
}

void TestSandboxWebsite::refusesWhatS3Refuses()
{
    const QByteArray host = m_s.websiteHost("site");
    HttpResponse r = m_s.website("POST", "/", host);
    QCOMPARE(r.status, 405);
    QVERIFY(r.body.contains("MethodNotAllowed"));
    r = m_s.website("GET", "/", m_s.websiteHost("no-such-bucket"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.contains("<li>Code: NoSuchBucket</li>"));
    QVERIFY(m_s.send(m_s.request("PUT", u"no-website"_s)).error.isOk());
    r = m_s.website("GET", "/", m_s.websiteHost("no-website"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.contains("<li>Code: NoSuchWebsiteConfiguration</li>"));
    QVERIFY(r.body.contains("<li>BucketName: no-website</li>"));
    // Signed requests are not for website endpoints.
    HttpRequest signedRequest;
    signedRequest.method = "GET";
    signedRequest.scheme = "http";
    signedRequest.host = "127.0.0.1";
    signedRequest.port = m_s.server().websitePort();
    signedRequest.path = "/site/page.html";
    SendOptions o = m_s.options(&m_s.sigV4);
    o.bodyKind = SendOptions::BodyKind::Object;
    QCOMPARE(m_s.send(signedRequest, o).status, 403);
}

QTEST_GUILESS_MAIN(TestSandboxWebsite)
#include "tst_sandboxwebsite.moc"

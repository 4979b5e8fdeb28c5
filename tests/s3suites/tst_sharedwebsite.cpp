// SPDX-License-Identifier: GPL-3.0-or-later
// Static websites against the sandbox and against radosgw (S3Target): ?website put/get/delete, then
// serving through the website Host name (sandbox: BUCKET.s3-website.us-east-1.localhost on its website
// port; radosgw: BUCKET.s3-website.localhost on its S3 port) and path-style on the website host:
// index documents, folders, error documents with the right status, per-object redirects, routing
// rules, public by ACL or by policy, and what a website endpoint refuses.
#include <QTest>

#include "s3target.h"
#include "sandboxxml.h"
#include "testdata.h"

using namespace Qt::StringLiterals;
using namespace SandboxXml;

namespace {

const QByteArray kWebsite = "<WebsiteConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                            "<IndexDocument><Suffix>index.html</Suffix></IndexDocument>"
                            "<ErrorDocument><Key>error.html</Key></ErrorDocument>"
                            "<RoutingRules><RoutingRule>"
                            "<Condition><KeyPrefixEquals>old-docs/</KeyPrefixEquals></Condition>"
                            "<Redirect><ReplaceKeyPrefixWith>docs/</ReplaceKeyPrefixWith></Redirect>"
                            "</RoutingRule><RoutingRule>"
                            "<Condition><KeyPrefixEquals>gone/</KeyPrefixEquals>"
                            "<HttpErrorCodeReturnedEquals>404</HttpErrorCodeReturnedEquals></Condition>"
                            "<Redirect><Protocol>https</Protocol><HostName>example.com</HostName>"
                            "<ReplaceKeyWith>moved.html</ReplaceKeyWith>"
                            "<HttpRedirectCode>302</HttpRedirectCode></Redirect>"
                            "</RoutingRule></RoutingRules></WebsiteConfiguration>";

const QByteArray kIndexOnly = "<WebsiteConfiguration><IndexDocument><Suffix>index.html</Suffix>"
                              "</IndexDocument></WebsiteConfiguration>";

} // namespace

class TestSharedWebsite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void websiteConfigurationLifecycle();
    void servesByHostAndPath_data();
    void servesByHostAndPath();
    void missingKeyNeedsPublicListing();
    void publicThroughPolicy();
    void refusesWhatS3Refuses();

private:
    void put(const QString &bucket,
        const QString &key,
        const QByteArray &body,
        const QByteArray &acl,
        const QByteArray &redirect = {});
    S3Target m_t;
    QString m_site;
};

void TestSharedWebsite::put(const QString &bucket,
    const QString &key,
    const QByteArray &body,
    const QByteArray &acl,
    const QByteArray &redirect)
{
    HttpRequest r = m_t.request("PUT", bucket, key);
    r.body = body;
    r.setHeader("Content-Type", "text/html");
    if (!acl.isEmpty())
        r.setHeader("x-amz-acl", acl);
    if (!redirect.isEmpty())
        r.setHeader("x-amz-website-redirect-location", redirect);
    const HttpResponse response = m_t.send(std::move(r));
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
}

void TestSharedWebsite::initTestCase()
{
    QString why;
    QVERIFY2(m_t.start(&why), qPrintable(why));
    qInfo("target: %s", qPrintable(m_t.name()));
    m_site = m_t.bucket(u"site"_s);
    QVERIFY(m_t.createBucket(m_site));
    put(m_site, u"index.html"_s, "<h1>home</h1>", "public-read");
    put(m_site, u"error.html"_s, "<h1>oops</h1>", "public-read");
    put(m_site, u"docs/index.html"_s, "<h1>docs</h1>", "public-read");
    put(m_site, u"docs/a.html"_s, "<h1>a</h1>", "public-read");
    put(m_site, u"page.html"_s, "<p>page</p>", "public-read");
    put(m_site, u"private.html"_s, "<p>secret</p>", "private");
    put(m_site, u"old.html"_s, "", "public-read", "/page.html");
    put(m_site, u"away.html"_s, "", "public-read", "https://elsewhere.example/x");
    const HttpResponse r = m_t.putSubresource(m_site, "website", kWebsite);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
}

void TestSharedWebsite::websiteConfigurationLifecycle()
{
    HttpResponse r = m_t.sendSubresource("GET", m_site, "website");
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    if (m_t.isRgw()) {
        // radosgw differs from AWS: it answers its own serialisation of the configuration, not the
        // document as sent; the same values come back.
        QCOMPARE(element(r.body, "Suffix"), QByteArray("index.html"));
        QCOMPARE(element(element(r.body, "ErrorDocument"), "Key"), QByteArray("error.html"));
        QCOMPARE(elements(r.body, "KeyPrefixEquals"), QList<QByteArray>({"old-docs/", "gone/"}));
        QCOMPARE(element(r.body, "ReplaceKeyPrefixWith"), QByteArray("docs/"));
        QCOMPARE(element(r.body, "HttpRedirectCode"), QByteArray("302"));
    } else {
        QCOMPARE(r.body, kWebsite); // byte for byte
    }

    const QString scratch = m_t.bucket(u"scratch"_s);
    QVERIFY(m_t.createBucket(scratch));
    r = m_t.sendSubresource("GET", scratch, "website");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error.serviceCode(), u"NoSuchWebsiteConfiguration"_s);
    QVERIFY(m_t.putSubresource(scratch, "website", kIndexOnly).error.isOk());
    QCOMPARE(
        element(m_t.sendSubresource("GET", scratch, "website").body, "Suffix"), QByteArray("index.html"));
    QCOMPARE(m_t.sendSubresource("DELETE", scratch, "website").status, 204);
    QCOMPARE(m_t.sendSubresource("GET", scratch, "website").status, 404);
}

void TestSharedWebsite::servesByHostAndPath_data()
{
    QTest::addColumn<bool>("byHost");
    QTest::newRow("Host: BUCKET.<website domain>") << true;
    QTest::newRow("path /BUCKET/ on the website host") << false;
}

void TestSharedWebsite::servesByHostAndPath()
{
    QFETCH(bool, byHost);
    const QByteArray prefix = byHost ? QByteArray() : '/' + m_site.toUtf8();
    const auto get = [&](const QByteArray &path) {
        return m_t.website("GET", m_site, path, byHost);
    };

    HttpResponse r = get("/");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("<h1>home</h1>"));
    QCOMPARE(r.header("Content-Type"), QByteArray("text/html"));
    r = get("/docs/");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("<h1>docs</h1>"));
    r = get("/docs");
    if (m_t.isRgw()) {
        // radosgw differs from AWS: a folder without its slash is served its index document
        // directly; AWS (and the sandbox) redirect 302 to the folder with the slash.
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("<h1>docs</h1>"));
    } else {
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("Location"), prefix + "/docs/");
    }
    r = get("/page.html");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("<p>page</p>"));
    r = m_t.website("HEAD", m_site, "/page.html", byHost);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Length"), QByteArray("11"));
    QVERIFY(r.body.isEmpty());

    // Private content: 403, with the error document as the body.
    r = get("/private.html");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.body, QByteArray("<h1>oops</h1>"));

    // Per-object redirects.
    r = get("/old.html");
    QCOMPARE(r.status, 301);
    QCOMPARE(r.header("Location"), QByteArray("/page.html"));
    r = get("/away.html");
    QCOMPARE(r.status, 301);
    QCOMPARE(r.header("Location"), QByteArray("https://elsewhere.example/x"));

    // Routing rules: a prefix rule fires before lookup.
    r = get("/old-docs/a.html");
    QCOMPARE(r.status, 301);
    // The Location names the host the request came to.
    QByteArray hostHeader = m_t.websiteHostHeader(byHost ? m_site : QString());
    if (!byHost && !m_t.isRgw())
        hostHeader = "127.0.0.1:" + QByteArray::number(m_t.websitePort());
    if (m_t.isRgw() && !byHost) {
        // radosgw differs from AWS: on a path-style website request the rule's Location drops the
        // bucket, so it points at /docs/a.html of the bare website host (a page that is not there).
        QCOMPARE(r.header("Location"), "http://" + hostHeader + "/docs/a.html");
    } else {
        QCOMPARE(r.header("Location"), "http://" + hostHeader + prefix + "/docs/a.html");
    }
    // gone/x does not exist; the bucket does not let everyone list, so S3 answers 403, not 404, and
    // the 404 rule does not fire.
    r = get("/gone/x");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.body, QByteArray("<h1>oops</h1>"));
}

void TestSharedWebsite::missingKeyNeedsPublicListing()
{
    // A public-read bucket ACL lets everyone list: a missing key is then 404 with the error document.
    HttpRequest acl = m_t.request("PUT", m_site);
    acl.addBareQuery("acl");
    acl.setHeader("x-amz-acl", "public-read");
    QVERIFY(m_t.send(acl).error.isOk());
    HttpResponse r = m_t.website("GET", m_site, "/missing.html");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray("<h1>oops</h1>"));
    r = m_t.website("GET", m_site, "/gone/deep/x.html"); // the 404 rule fires now
    QCOMPARE(r.status, 302);
    QCOMPARE(r.header("Location"), QByteArray("https://example.com/moved.html"));
    acl.setHeader("x-amz-acl", "private");
    QVERIFY(m_t.send(acl).error.isOk());
    QCOMPARE(m_t.website("GET", m_site, "/missing.html").status, 403);
}

void TestSharedWebsite::publicThroughPolicy()
{
    const QString b = m_t.bucket(u"policy-site"_s);
    QVERIFY(m_t.createBucket(b));
    put(b, u"index.html"_s, "policy home", {}); // private ACL
    QVERIFY(m_t.putSubresource(b, "website", kIndexOnly).error.isOk());
    QCOMPARE(m_t.website("GET", b, "/").status, 403);
    QByteArray policy = TestData::read(u"sandbox/public-read-policy.json"_s).trimmed();
    policy.replace("BUCKET", b.toUtf8());
    QCOMPARE(m_t.putSubresource(b, "policy", policy).status, 204);
    HttpResponse r = m_t.website("GET", b, "/");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("policy home"));
    // radosgw differs from AWS: DeleteBucketPolicy answers 200, not 204 No Content.
    QCOMPARE(m_t.sendSubresource("DELETE", b, "policy").status, m_t.isRgw() ? 200 : 204);
    QCOMPARE(m_t.website("GET", b, "/").status, 403);
}

void TestSharedWebsite::refusesWhatS3Refuses()
{
    HttpResponse r = m_t.website("PUT", m_site, "/index.html");
    QCOMPARE(r.status, 405);
    QVERIFY(r.body.contains("MethodNotAllowed"));
    QCOMPARE(m_t.website("GET", m_site, "/").body, QByteArray("<h1>home</h1>")); // unchanged
    r = m_t.website("GET", m_t.bucket(u"no-such-bucket"_s), "/");
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.contains("NoSuchBucket"));
    const QString plain = m_t.bucket(u"no-website"_s);
    QVERIFY(m_t.createBucket(plain));
    r = m_t.website("GET", plain, "/");
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.contains("NoSuchWebsiteConfiguration"));
}

QTEST_GUILESS_MAIN(TestSharedWebsite)
#include "tst_sharedwebsite.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A second, independent website server: s3rver (npm, pinned in bench/peers/package.json), started by
// the `s3rver` CTest fixture (tests/peers/s3rver.sh, S3RVER_PEER_ENV names its endpoint). Skylight
// publishes a folder into it and adds a routing rule; s3rver's own website hosting (requests with a
// BUCKET.s3-website-us-east-1.localhost Host, as it runs with --service-endpoint localhost) then
// serves the index, the error document with 404, the rule's redirect and a per-object redirect —
// read as a visitor would. A re-publish uploads nothing: s3rver computes its ETags itself.
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../s3/s3testsupport.h"
#include "../s3suites/peerenv.h"
#include "clouds/profilepresets.h"
#include "s3/createbucketjob.h"
#include "s3/headobjectjob.h"
#include "s3/s3client.h"
#include "transport/exchange.h"
#include "transport/httpresponse.h"
#include "transport/httptransport.h"
#include "website/getbucketwebsitejob.h"
#include "website/objectredirectjob.h"
#include "website/putbucketwebsitejob.h"
#include "website/websitepublisher.h"
#include "website/websitereachabilityjob.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray kIndex = "<html><head><title>s3rver site</title></head><body>home</body></html>";
const QByteArray kError = "<html><head><title>gone</title></head><body>custom 404</body></html>";

} // namespace

class TestWebsiteS3rver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void publishedSiteServedByS3rver();

private:
    HttpResponse get(const QByteArray &path);
    QByteArray websiteHost() const { return m_bucket.toUtf8() + ".s3-website-us-east-1.localhost"; }

    QString m_bucket; // of this process's own: the fixture's s3rver is shared
    quint16 m_port = 0;
    HttpTransport m_transport;
    std::unique_ptr<S3Client> m_client;
};

void TestWebsiteS3rver::initTestCase()
{
    QHash<QByteArray, QByteArray> values;
    QString path;
    QVERIFY2(readPeerEnv("S3RVER_PEER_ENV", &values, &path),
        "S3RVER_PEER_ENV names no readable file: run this test through ctest (fixture s3rver)");
    const QUrl endpoint(QString::fromLatin1(values.value("S3RVER_ENDPOINT")));
    QVERIFY2(endpoint.host() == u"127.0.0.1"_s && endpoint.port() > 0, qPrintable(path));
    m_port = quint16(endpoint.port());
    m_bucket = u"peersite-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    CloudProfile profile = ProfilePresets::s3Compatible(endpoint.toString());
    m_client = std::make_unique<S3Client>(&m_transport,
        profile,
        Credentials(values.value("S3RVER_ACCESS_KEY"), values.value("S3RVER_SECRET_KEY")));
    const auto made = runJob(m_client->createBucket({m_bucket, {}}));
    QVERIFY2(made.error.isOk(), qPrintable(made.error.toString()));
}

HttpResponse TestWebsiteS3rver::get(const QByteArray &path)
{
    // s3rver's website hosting answers for Host BUCKET.s3-website-REGION.SERVICE-ENDPOINT; anonymous,
    // redirects not followed, as a visitor's first request.
    HttpRequest r;
    r.method = "GET";
    r.scheme = "http";
    r.host = websiteHost();
    r.port = m_port;
    r.path = path;
    SendOptions o;
    o.bodyKind = SendOptions::BodyKind::Object;
    o.maxRedirects = 0;
    o.connectHost = "127.0.0.1";
    Exchange *exchange = m_transport.send(std::move(r), std::move(o));
    QSignalSpy done(exchange, &Exchange::finished);
    if (!done.wait(10000))
        return {};
    return done.first().first().value<HttpResponse>();
}

void TestWebsiteS3rver::publishedSiteServedByS3rver()
{
    QTemporaryDir site;
    for (const auto &[name, body] : {std::pair {u"index.html"_s, kIndex},
             std::pair {u"error.html"_s, kError},
             std::pair {u"new/page.html"_s, QByteArray("<p>new page</p>")}}) {
        QDir().mkpath(QFileInfo(site.filePath(name)).path());
        QFile f(site.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(body);
    }
    PublishOptions o;
    o.folder = site.path();
    o.bucket = m_bucket;
    o.makePublic = false; // s3rver serves every object; it has no bucket policies to check
    o.verify = false;
    PublishResult r = runJob(new WebsitePublisher(m_client.get(), o));
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.uploaded.size(), 3);
    // s3rver's ETags are its own MD5s: the second run finds nothing to send.
    r = runJob(new WebsitePublisher(m_client.get(), o));
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QVERIFY(r.uploaded.isEmpty());
    QCOMPARE(r.plan.unchanged.size(), 3);

    // Add a routing rule to what s3rver holds, keeping the rest.
    GetBucketWebsiteResult current = runJob(new GetBucketWebsiteJob(m_client.get(), m_bucket));
    QVERIFY2(current.error.isOk() && current.configuration, qPrintable(current.error.toString()));
    QCOMPARE(current.configuration->indexSuffix.value_or(QString()), u"index.html"_s);
    QCOMPARE(current.configuration->errorKey.value_or(QString()), u"error.html"_s);
    WebsiteConfiguration config = *current.configuration;
    RoutingRule rule;
    rule.condition = RoutingCondition {u"old/"_s, std::nullopt, {}};
    rule.redirect.replaceKeyPrefixWith = u"new/"_s;
    config.routingRules = {rule};
    QVERIFY(runJob(new PutBucketWebsiteJob(m_client.get(), m_bucket, config)).error.isOk());
    const ObjectRedirectResult redirect
        = runJob(new ObjectRedirectJob(m_client.get(), m_bucket, u"moved.html"_s, u"/new/page.html"_s));
    QVERIFY2(redirect.error.isOk(), qPrintable(redirect.error.toString()));
    HttpResponse p = get("/");
    QCOMPARE(p.status, 200);
    QCOMPARE(p.body, kIndex);
    QVERIFY(p.header("Content-Type").startsWith("text/html"));
    p = get("/nothing-here.html");
    QCOMPARE(p.status, 404);
    QCOMPARE(p.body, kError);
    p = get("/new/page.html");
    QCOMPARE(p.status, 200);
    p = get("/old/page.html");
    QCOMPARE(p.status, 301);
    QCOMPARE(p.header("Location"),
        "http://" + websiteHost() + ':' + QByteArray::number(m_port) + "/new/page.html");
    p = get("/moved.html");
    QCOMPARE(p.status, 301);
    QCOMPARE(p.header("Location"), QByteArray("/new/page.html"));
    // Skylight's reachability check through the same Host: index 200, error page 404.
    const WebsiteReachabilityResult reach = runJob(
        new WebsiteReachabilityJob(&m_transport, QUrl(u"http://127.0.0.1:%1/"_s.arg(m_port)), websiteHost()));
    QCOMPARE(reach.index.status, 200);
    QCOMPARE(reach.missing.status, 404);
}

QTEST_GUILESS_MAIN(TestWebsiteS3rver)
#include "tst_websites3rver.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing a folder as a website, end to end against the in-process sandbox over real HTTP:
// skylight-cli `s3 website publish` uploads, sets the index and error documents, makes the bucket
// public and the website endpoint serves it; re-publishing after changing one file uploads exactly
// that file; --delete removes what the folder lost; `s3 website redirect` sets a per-object
// redirect. The checks read what the website endpoint serves and the stored configuration, not
// Skylight's own report. Headless Chromium (Debian's) then loads the published site from the
// sandbox and follows a link.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../s3/s3testsupport.h"
#include "clouds/profilepresets.h"
#include "s3/createbucketjob.h"
#include "s3/headobjectjob.h"
#include "s3/putobjectjob.h"
#include "s3/s3client.h"
#include "sandboxconfig.h"
#include "sandboxserver.h"
#include "website/objectredirectjob.h"
#include "website/publishplan.h"
#include "website/websitepublisher.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray kIndex = "<!doctype html><html><head><title>Skylight test site</title>"
                          "<link rel=\"stylesheet\" href=\"css/site.css\"></head>"
                          "<body><h1>Home</h1><a id=\"about\" href=\"about.html\">About us</a></body></html>";
const QByteArray kAbout = "<!doctype html><html><head><title>About this site</title></head>"
                          "<body><p>Made with Skylight.</p></body></html>";
const QByteArray kError
    = "<!doctype html><html><head><title>Not here</title></head><body>404 page</body></html>";

void write(const QString &path, const QByteArray &body)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(body);
}

} // namespace

class TestWebsitePublish : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void planIsPure();
    void publishServesThenRepublishesOnlyTheChange();
    void redirectPerObject();
    void chromiumLoadsTheSite();

private:
    SandboxFixture::ToolRun cli(const QStringList &args);
    QString siteUrl() { return m_s.server().websiteEndpoint() + u"/pubsite/"_s; }

    SandboxFixture m_s;
    std::unique_ptr<S3Client> m_client;
    QTemporaryDir m_site;
    QTemporaryDir m_records;
};

void TestWebsitePublish::initTestCase()
{
    QVERIFY(m_s.start());
    m_client = std::make_unique<S3Client>(
        &m_s.transport(), ProfilePresets::sandbox(m_s.port()), SandboxFixture::credentials());
    QVERIFY(runJob(m_client->createBucket({u"pubsite"_s, {}})).error.isOk());
    write(m_site.filePath(u"index.html"_s), kIndex);
    write(m_site.filePath(u"about.html"_s), kAbout);
    write(m_site.filePath(u"error.html"_s), kError);
    write(m_site.filePath(u"css/site.css"_s), "body { font-family: sans-serif; }\n");
    write(m_site.filePath(u"docs/index.html"_s), "<html><title>Docs</title></html>");
    write(m_site.filePath(u".hidden"_s), "not published");
}

SandboxFixture::ToolRun TestWebsitePublish::cli(const QStringList &args)
{
    const QString program = qEnvironmentVariable("SKYLIGHT_CLI");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"AWS_ACCESS_KEY_ID"_s, QString::fromLatin1(SandboxConfig::kDefaultAccessKey));
    env.insert(u"AWS_SECRET_ACCESS_KEY"_s, QString::fromLatin1(SandboxConfig::kDefaultSecretKey));
    const QStringList all = QStringList {u"s3"_s, u"website"_s} + args
        + QStringList {u"--endpoint-url"_s,
            m_s.server().endpoint(),
            u"--provider"_s,
            u"sandbox"_s,
            u"--record-dir"_s,
            m_records.path()};
    const SandboxFixture::ToolRun r = SandboxFixture::runTool(program, all, env, 30000);
    if (r.exitCode != 0)
        qWarning("skylight-cli %s: %s", qPrintable(all.join(u' ')), r.err.constData());
    return r;
}

void TestWebsitePublish::planIsPure()
{
    // Same size and MD5: unchanged; other MD5, or a multipart ETag: uploaded; only with deleteRemoved
    // is a key the folder lacks deleted.
    const QList<PublishFile> local {{u"/x/a"_s, u"a"_s, 3, "900150983cd24fb0d6963f7d28e17f72", {}},
        {u"/x/b"_s, u"b"_s, 3, "900150983cd24fb0d6963f7d28e17f72", {}},
        {u"/x/c"_s, u"c"_s, 3, "900150983cd24fb0d6963f7d28e17f72", {}}};
    QList<ObjectEntry> remote(4);
    remote[0] = {u"a"_s, 3, "\"900150983CD24FB0D6963F7D28E17F72\"", {}, {}};
    remote[1] = {u"b"_s, 3, "\"0cc175b9c0f1b6a831c399e269772661\"", {}, {}};
    remote[2] = {u"c"_s, 3, "\"900150983cd24fb0d6963f7d28e17f72-1\"", {}, {}};
    remote[3] = {u"gone"_s, 1, "\"x\"", {}, {}};
    PublishPlan p = PublishPlan::compute(local, remote, false);
    QCOMPARE(p.unchanged.size(), 1);
    QCOMPARE(p.unchanged.first().key, u"a"_s);
    QCOMPARE(p.upload.size(), 2);
    QVERIFY(p.remove.isEmpty());
    p = PublishPlan::compute(local, remote, true);
    QCOMPARE(p.remove, QStringList {u"gone"_s});
    QCOMPARE(PublishPlan::contentTypeFor(u"a.css"_s), u"text/css; charset=utf-8"_s);
    QCOMPARE(PublishPlan::contentTypeFor(u"x.png"_s), u"image/png"_s);
}

void TestWebsitePublish::publishServesThenRepublishesOnlyTheChange()
{
    QVERIFY2(!qEnvironmentVariable("SKYLIGHT_CLI").isEmpty(), "SKYLIGHT_CLI is not set (run through ctest)");
    // Before: nothing is served.
    QCOMPARE(m_s.website("GET", "/pubsite/").status, 404);
    const QStringList web {u"--website-url"_s, m_s.server().websiteEndpoint()};
    SandboxFixture::ToolRun r = cli(
        QStringList {u"publish"_s, m_site.path(), u"s3://pubsite"_s, u"--cache-control"_s, u"max-age=60"_s}
        + web);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("uploaded 5, unchanged 0, deleted 0"), r.out.constData());
    QVERIFY2(r.out.contains("index: 200") && r.out.contains("error page: 404"), r.out.constData());
    // What a visitor gets, read over HTTP from the website endpoint.
    HttpResponse page = m_s.website("GET", "/pubsite/");
    QCOMPARE(page.status, 200);
    QCOMPARE(page.body, kIndex);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QCOMPARE(page.header("Cache-Control"), QByteArray("max-age=60"));
    QCOMPARE(m_s.website("GET", "/pubsite/docs/").body, QByteArray("<html><title>Docs</title></html>"));
    page = m_s.website("GET", "/pubsite/css/site.css");
    QCOMPARE(page.status, 200);
    QVERIFY2(page.header("Content-Type").startsWith("text/css"), page.header("Content-Type").constData());
    page = m_s.website("GET", "/pubsite/no-such-page.html");
    QCOMPARE(page.status, 404);
    QCOMPARE(page.body, kError);
    QCOMPARE(m_s.website("GET", "/pubsite/.hidden").status, 404); // hidden files stay home
    // The stored configuration, read raw.
    const HttpResponse config = m_s.sendSubresource("GET", u"pubsite"_s, "website");
    QVERIFY(config.body.contains("<Suffix>index.html</Suffix>"));
    QVERIFY(config.body.contains("<Key>error.html</Key>"));

    // Change one file: exactly that one goes up again (through the core publisher this time).
    write(m_site.filePath(u"about.html"_s), QByteArray(kAbout).replace("Made with", "Built with"));
    PublishOptions o;
    o.folder = m_site.path();
    o.bucket = u"pubsite"_s;
    o.websiteBase = m_s.server().websiteEndpoint();
    const PublishResult again = runJob(new WebsitePublisher(m_client.get(), o));
    QVERIFY2(again.error.isOk(), qPrintable(again.error.toString()));
    QCOMPARE(again.uploaded, QStringList {u"about.html"_s});
    QCOMPARE(again.plan.unchanged.size(), 4);
    QVERIFY(m_s.website("GET", "/pubsite/about.html").body.contains("Built with"));

    // Remove a file and publish with --delete: it is gone from the bucket, nothing else is.
    QVERIFY(QFile::remove(m_site.filePath(u"docs/index.html"_s)));
    r = cli(QStringList {u"publish"_s, m_site.path(), u"s3://pubsite"_s, u"--delete"_s} + web);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("uploaded 0, unchanged 4, deleted 1"), r.out.constData());
    QCOMPARE(runJob(m_client->headObject({u"pubsite"_s, u"docs/index.html"_s})).error.httpStatus(), 404);
    QCOMPARE(m_s.website("GET", "/pubsite/").status, 200);

    // A folder without the index document is refused before anything is sent.
    QTemporaryDir empty;
    write(empty.filePath(u"other.html"_s), "x");
    r = cli(QStringList {u"publish"_s, empty.path(), u"s3://pubsite"_s} + web);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("index.html"), r.err.constData());
    QCOMPARE(runJob(m_client->headObject({u"pubsite"_s, u"other.html"_s})).error.httpStatus(), 404);
}

void TestWebsitePublish::redirectPerObject()
{
    // An existing object keeps its body and type and gains the redirect; a new key becomes one.
    PutObjectRequest put;
    put.bucket = u"pubsite"_s;
    put.key = u"legacy.html"_s;
    put.data = "<html><title>Legacy</title></html>";
    put.contentType = u"text/html"_s;
    put.metadata.insert(u"origin"_s, u"test"_s);
    QVERIFY(runJob(m_client->putObject(put)).error.isOk());
    QCOMPARE(cli({u"redirect"_s, u"s3://pubsite/legacy.html"_s, u"/index.html"_s}).exitCode, 0);
    HttpResponse r = m_s.website("GET", "/pubsite/legacy.html");
    QCOMPARE(r.status, 301);
    QCOMPARE(r.header("Location"), QByteArray("/index.html"));
    const HeadObjectResult head = runJob(m_client->headObject({u"pubsite"_s, u"legacy.html"_s}));
    QCOMPARE(head.head.contentType, u"text/html"_s);
    QCOMPARE(head.head.size, put.data.size());
    QCOMPARE(head.head.metadata.value(u"origin"_s), u"test"_s);
    QCOMPARE(cli({u"redirect"_s, u"s3://pubsite/old/page.html"_s, u"https://example.com/new"_s}).exitCode, 0);
    r = m_s.website("GET", "/pubsite/old/page.html");
    QCOMPARE(r.status, 301);
    QCOMPARE(r.header("Location"), QByteArray("https://example.com/new"));
    // Refused before sending, status 2.
    const SandboxFixture::ToolRun bad
        = cli({u"redirect"_s, u"s3://pubsite/x.html"_s, u"ftp://example.com/"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("must start with"));
    QVERIFY(!ObjectRedirectJob::problem(u"example.com/x"_s).isEmpty());
    QVERIFY(!ObjectRedirectJob::problem(u"http://"_s).isEmpty());
    QVERIFY(ObjectRedirectJob::problem(u"/a/b"_s).isEmpty());
}

void TestWebsitePublish::chromiumLoadsTheSite()
{
    const QString chromium = QStandardPaths::findExecutable(u"chromium"_s);
    if (chromium.isEmpty())
        QFAIL("Debian's chromium is not installed: run scripts/setup.sh");
    QTemporaryDir profile;
    auto dump = [&](const QString &url) {
        const SandboxFixture::ToolRun r = SandboxFixture::runTool(chromium,
            {u"--headless"_s,
                u"--disable-gpu"_s,
                u"--no-sandbox"_s,
                u"--no-first-run"_s,
                u"--user-data-dir="_s + profile.path(),
                u"--dump-dom"_s,
                url},
            QProcessEnvironment::systemEnvironment(),
            25000);
        if (r.exitCode != 0)
            qWarning("chromium: %s", r.err.right(2000).constData());
        return QString::fromUtf8(r.out);
    };
    const QString home = dump(siteUrl());
    QVERIFY2(home.contains(u"<title>Skylight test site</title>"), qPrintable(home.left(500)));
    // The rendered DOM's link, resolved as the browser would, and followed.
    const QRegularExpressionMatch link
        = QRegularExpression(u"<a id=\"about\" href=\"([^\"]+)\""_s).match(home);
    QVERIFY2(link.hasMatch(), qPrintable(home.left(500)));
    const QUrl about = QUrl(siteUrl()).resolved(QUrl(link.captured(1)));
    QCOMPARE(about.path(), u"/pubsite/about.html"_s);
    const QString page = dump(about.toString());
    QVERIFY2(page.contains(u"<title>About this site</title>"), qPrintable(page.left(500)));
    QVERIFY(page.contains(u"Built with Skylight"));
}

QTEST_GUILESS_MAIN(TestWebsitePublish)
#include "tst_websitepublish.moc"

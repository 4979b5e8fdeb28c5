// SPDX-License-Identifier: GPL-3.0-or-later
// --demo's S3 side: the four buckets and their contents, the public website, and no second seeding.
#include <QElapsedTimer>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "auth/uriencode.h"
#include "demodata.h"
#include "hostilekeys.h"
#include "sandboxconfig.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "sandboxstore.h"

using namespace Qt::StringLiterals;

namespace {

QList<ObjectInfo> allObjects(const SandboxStore *store, const QByteArray &bucket)
{
    QList<ObjectInfo> all;
    ListQuery query;
    for (;;) {
        const ListPage page = store->list(bucket, query);
        all.append(page.objects);
        if (!page.truncated || page.last.isEmpty())
            return all;
        query.after = page.last;
    }
}

} // namespace

class TestSandboxDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bucketsAndRegions();
    void counts_data();
    void counts();
    void photosAreNestedWithFewSizes();
    void trickyKeysAreTheHostileKeys();
    void websiteServedAnonymously_data();
    void websiteServedAnonymously();
    void apiPortStaysPrivate();
    void restartDoesNotSeedTwice();

private:
    bool startDemo();
    HttpRequest websiteRequest(const QByteArray &path) const;
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    SandboxFixture m_client; // its transport and signers only; its own sandbox is never started
};

bool TestSandboxDemo::startDemo()
{
    SandboxConfig config;
    config.dataDir = m_dir.path();
    config.demo = true;
    m_server = std::make_unique<SandboxServer>(config);
    const QString problem = m_server->start();
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return problem.isEmpty();
}

void TestSandboxDemo::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY(startDemo());
    qInfo("first start with --demo (EC2 and S3 seeding): %lld ms", timer.elapsed());
}

void TestSandboxDemo::bucketsAndRegions()
{
    QMap<QByteArray, QString> regions;
    for (const BucketInfo &b : m_server->store()->buckets())
        regions.insert(b.name, b.region);
    const QMap<QByteArray, QString> expected {{"photos", u"us-east-1"_s},
        {"www-example", u"us-east-1"_s},
        {"tricky-keys", u"us-east-1"_s},
        {"empty", u"eu-west-1"_s}};
    QCOMPARE(regions, expected);
}

void TestSandboxDemo::counts_data()
{
    QTest::addColumn<QByteArray>("bucket");
    QTest::addColumn<int>("count");
    QTest::newRow("photos") << QByteArray("photos") << S3DemoData::kPhotoCount;
    QTest::newRow("photos exactly 10,000") << QByteArray("photos") << 10000;
    QTest::newRow("www-example") << QByteArray("www-example") << 5;
    QTest::newRow("tricky-keys") << QByteArray("tricky-keys") << int(hostileKeys().size());
    QTest::newRow("empty") << QByteArray("empty") << 0;
}

void TestSandboxDemo::counts()
{
    QFETCH(QByteArray, bucket);
    QFETCH(int, count);
    QCOMPARE(allObjects(m_server->store(), bucket).size(), count);
}

void TestSandboxDemo::photosAreNestedWithFewSizes()
{
    const QRegularExpression shape(u"^20[0-9]{2}/(0[1-9]|1[0-2])/[a-z-]+/IMG_[0-9]{4}\\.jpg$"_s);
    QSet<qint64> sizes;
    QSet<QByteArray> albums;
    for (const ObjectInfo &o : allObjects(m_server->store(), "photos")) {
        QVERIFY2(shape.match(QString::fromUtf8(o.key)).hasMatch(), o.key.constData());
        QCOMPARE(o.contentType, QByteArray("image/jpeg"));
        sizes.insert(o.size);
        albums.insert(o.key.left(o.key.lastIndexOf('/')));
    }
    QVERIFY(sizes.size() >= 3 && sizes.size() <= 6);
    QVERIFY(albums.size() > 20); // folders nest: years, months, albums
}

void TestSandboxDemo::trickyKeysAreTheHostileKeys()
{
    // The sandbox keeps its own copy of the list: it must be the tests' list, byte for byte.
    QSet<QByteArray> expected;
    for (const QString &key : hostileKeys())
        expected.insert(key.toUtf8());
    QSet<QByteArray> stored;
    for (const ObjectInfo &o : allObjects(m_server->store(), "tricky-keys"))
        stored.insert(o.key);
    QCOMPARE(stored, expected);
    // And they come back over HTTP: a key with a control character and one with a percent sign.
    for (const QString &key : {u"a\u0001b"_s, u"a%20b"_s, u"../../x"_s}) {
        HttpRequest r;
        r.method = "GET";
        r.scheme = "http";
        r.host = "127.0.0.1";
        r.port = m_server->port();
        r.path = "/tricky-keys" + UriEncode::s3KeyPath(key);
        SendOptions o = m_client.options(&m_client.sigV4);
        o.bodyKind = SendOptions::BodyKind::Object;
        const HttpResponse got = m_client.send(r, o);
        QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
        QCOMPARE(got.body, key.toUtf8());
    }
}

HttpRequest TestSandboxDemo::websiteRequest(const QByteArray &path) const
{
    HttpRequest r;
    r.method = "GET";
    r.scheme = "http";
    r.host = "127.0.0.1";
    r.port = m_server->websitePort();
    r.path = path;
    return r;
}

void TestSandboxDemo::websiteServedAnonymously_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected"); // in the body, or the Location of a redirect
    QTest::newRow("root index") << QByteArray("/www-example/") << 200 << QByteArray("<h1>Example</h1>");
    QTest::newRow("index by name") << QByteArray("/www-example/index.html") << 200
                                   << QByteArray("<h1>Example</h1>");
    QTest::newRow("sub-folder index")
        << QByteArray("/www-example/blog/") << 200 << QByteArray("<h1>Blog</h1>");
    QTest::newRow("error document") << QByteArray("/www-example/nope.html") << 404
                                    << QByteArray("<h1>Not here</h1>");
    QTest::newRow("routing rule") << QByteArray("/www-example/old-blog/first-post.html") << 301
                                  << QByteArray("blog/first-post.html");
}

void TestSandboxDemo::websiteServedAnonymously()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    SendOptions o; // no signer: anonymous
    o.bodyKind = SendOptions::BodyKind::Object;
    o.maxRedirects = 0;
    const HttpResponse r = m_client.send(websiteRequest(path), o);
    QCOMPARE(r.status, status);
    if (status == 301)
        QVERIFY2(r.header("Location").endsWith(expected), r.header("Location").constData());
    else
        QVERIFY2(r.body.contains(expected), r.body.constData());
}

void TestSandboxDemo::apiPortStaysPrivate()
{
    SendOptions o;
    o.bodyKind = SendOptions::BodyKind::Object;
    HttpRequest r = websiteRequest("/www-example/index.html");
    r.port = m_server->port();
    QCOMPARE(m_client.send(r, o).status, 200); // the policy opens the site's objects
    r.path = "/photos/2021/01/beach/IMG_0000.jpg";
    QCOMPARE(m_client.send(r, o).status, 403); // the photos are private
}

void TestSandboxDemo::restartDoesNotSeedTwice()
{
    SandboxStore *store = m_server->store();
    QVERIFY(store->deleteBucket("empty"));
    QVERIFY(store->deleteObject("photos", "2021/01/beach/IMG_0000.jpg"));
    m_server.reset();
    QVERIFY(startDemo());
    QVERIFY(!m_server->store()->bucket("empty"));
    QCOMPARE(allObjects(m_server->store(), "photos").size(), S3DemoData::kPhotoCount - 1);
}

QTEST_GUILESS_MAIN(TestSandboxDemo)
#include "tst_sandboxdemo.moc"

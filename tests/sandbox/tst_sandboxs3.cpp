// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's S3 side driven by the real client stack (HttpTransport, SigV4 with S3 rules,
// HMAC-v1): buckets, objects, ranges, listings, signatures refused as S3 refuses them, restarts.
#include <QCryptographicHash>
#include <QDir>
#include <QSet>
#include <QTest>

#include "auth/uriencode.h"
#include "hostilekeys.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "sandboxxml.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

using namespace SandboxXml;

class TestSandboxS3 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bucketLifecycle();
    void objectRoundTrip();
    void badDigestIsRefused();
    void rangedGet_data();
    void rangedGet();
    void conditionalGet();
    void listingPages_data();
    void listingPages();
    void delimiterCountsCommonPrefixes();
    void hostileKeysRoundTrip_data();
    void hostileKeysRoundTrip();
    void virtualHostAddressing();
    void deleteObjects();
    void restartKeepsEverything();
    void cleanupTestCase() { m_tricky.reset(); }

private:
    std::unique_ptr<SandboxFixture> m_tricky; // one sandbox for the whole hostile-key table
};

void TestSandboxS3::bucketLifecycle()
{
    SandboxFixture s;
    QVERIFY(s.start());
    HttpResponse r = s.send(s.request("PUT", u"bucket-one"_s));
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    r = s.send(s.request("GET", {}));
    QVERIFY(r.error.isOk());
    QVERIFY(r.body.contains("xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\""));
    QCOMPARE(elements(r.body, "Name"), QList<QByteArray>({"bucket-one"}));
    QVERIFY(!r.header("x-amz-request-id").isEmpty());
    QVERIFY(!r.header("Date").isEmpty());
    QCOMPARE(s.send(s.request("HEAD", u"bucket-one"_s)).status, 200);
    HttpRequest location = s.request("GET", u"bucket-one"_s);
    location.addBareQuery("location");
    r = s.send(location);
    QVERIFY(r.body.contains(
        "<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"></LocationConstraint>"));

    HttpRequest put = s.request("PUT", u"bucket-one"_s, u"k"_s);
    put.body = "x";
    QVERIFY(s.send(put).error.isOk());
    r = s.send(s.request("DELETE", u"bucket-one"_s));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.error.serviceCode(), u"BucketNotEmpty"_s);
    QCOMPARE(s.send(s.request("DELETE", u"bucket-one"_s, u"k"_s)).status, 204);
    QCOMPARE(s.send(s.request("DELETE", u"bucket-one"_s)).status, 204);
    QCOMPARE(s.send(s.request("HEAD", u"bucket-one"_s)).status, 404);
    r = s.send(s.request("PUT", u"ab"_s));
    QCOMPARE(r.error.serviceCode(), u"InvalidBucketName"_s);
}

void TestSandboxS3::objectRoundTrip()
{
    SandboxFixture s;
    QVERIFY(s.start());
    QVERIFY(s.send(s.request("PUT", u"objects"_s)).error.isOk());
    HttpRequest put = s.request("PUT", u"objects"_s, u"dir/file.txt"_s);
    put.body = "hello, sandbox";
    put.setHeader("Content-Type", "text/plain; charset=utf-8");
    put.setHeader("Content-MD5", md5Base64(put.body));
    put.setHeader("x-amz-meta-colour", "blue");
    HttpResponse r = s.send(put);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    const QByteArray etag = '"' + QCryptographicHash::hash(put.body, QCryptographicHash::Md5).toHex() + '"';
    QCOMPARE(r.header("ETag"), etag);

    SendOptions objectOptions = s.options(&s.sigV4);
    objectOptions.bodyKind = SendOptions::BodyKind::Object;
    r = s.send(s.request("GET", u"objects"_s, u"dir/file.txt"_s), objectOptions);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, put.body);
    QCOMPARE(r.header("Content-Type"), "text/plain; charset=utf-8");
    QCOMPARE(r.header("x-amz-meta-colour"), "blue");
    QCOMPARE(r.header("ETag"), etag);
    r = s.send(s.request("HEAD", u"objects"_s, u"dir/file.txt"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Length"), QByteArray::number(put.body.size()));
    QVERIFY(r.body.isEmpty());
    r = s.send(s.request("GET", u"objects"_s, u"missing"_s));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error.serviceCode(), u"NoSuchKey"_s);

    // A body far above the in-memory limit goes through DATA/tmp and comes back whole.
    HttpRequest big = s.request("PUT", u"objects"_s, u"big.bin"_s);
    big.body = QByteArray(3 * 1024 * 1024 + 17, 'z');
    for (qsizetype i = 0; i < big.body.size(); i += 4093)
        big.body[i] = char(i);
    QVERIFY(s.send(big).error.isOk());
    r = s.send(s.request("GET", u"objects"_s, u"big.bin"_s), objectOptions);
    QCOMPARE(r.body.size(), big.body.size());
    QVERIFY(r.body == big.body);
}

void TestSandboxS3::badDigestIsRefused()
{
    SandboxFixture s;
    QVERIFY(s.start());
    QVERIFY(s.send(s.request("PUT", u"digests"_s)).error.isOk());
    HttpRequest put = s.request("PUT", u"digests"_s, u"k"_s);
    put.body = "actual";
    put.setHeader("Content-MD5", md5Base64("something else"));
    HttpResponse r = s.send(put);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error.serviceCode(), u"BadDigest"_s);
    QCOMPARE(s.send(s.request("HEAD", u"digests"_s, u"k"_s)).status, 404);
}

void TestSandboxS3::rangedGet_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentRange");
    QTest::newRow("first bytes") << QByteArray("bytes=0-3") << 206 << QByteArray("0123")
                                 << QByteArray("bytes 0-3/10");
    QTest::newRow("open end") << QByteArray("bytes=7-") << 206 << QByteArray("789")
                              << QByteArray("bytes 7-9/10");
    QTest::newRow("suffix") << QByteArray("bytes=-2") << 206 << QByteArray("89")
                            << QByteArray("bytes 8-9/10");
    QTest::newRow("past the end") << QByteArray("bytes=8-100") << 206 << QByteArray("89")
                                  << QByteArray("bytes 8-9/10");
    QTest::newRow("unsatisfiable") << QByteArray("bytes=10-") << 416 << QByteArray()
                                   << QByteArray("bytes */10");
    QTest::newRow("several ranges: whole")
        << QByteArray("bytes=0-1,3-4") << 200 << QByteArray("0123456789") << QByteArray();
}

void TestSandboxS3::rangedGet()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentRange);
    SandboxFixture s;
    QVERIFY(s.start());
    QVERIFY(s.send(s.request("PUT", u"ranges"_s)).error.isOk());
    HttpRequest put = s.request("PUT", u"ranges"_s, u"digits"_s);
    put.body = "0123456789";
    QVERIFY(s.send(put).error.isOk());
    HttpRequest get = s.request("GET", u"ranges"_s, u"digits"_s);
    get.setHeader("Range", range);
    const HttpResponse r = s.sendRaw(get, &s.sigV4);
    QCOMPARE(r.status, status);
    if (status != 416)
        QCOMPARE(r.body, body);
    else
        QVERIFY(r.body.contains("<Code>InvalidRange</Code>"));
    QCOMPARE(r.header("Content-Range"), contentRange);
}

void TestSandboxS3::conditionalGet()
{
    SandboxFixture s;
    QVERIFY(s.start());
    QVERIFY(s.send(s.request("PUT", u"conditions"_s)).error.isOk());
    HttpRequest put = s.request("PUT", u"conditions"_s, u"k"_s);
    put.body = "v1";
    const QByteArray etag = s.send(put).header("ETag");
    HttpRequest get = s.request("GET", u"conditions"_s, u"k"_s);
    get.setHeader("If-Match", "\"0123\"");
    QCOMPARE(s.sendRaw(get, &s.sigV4).status, 412);
    get.setHeader("If-Match", etag);
    QCOMPARE(s.sendRaw(get, &s.sigV4).status, 200);
    get.removeHeader("If-Match");
    get.setHeader("If-None-Match", etag);
    QCOMPARE(s.sendRaw(get, &s.sigV4).status, 304);
    get.setHeader("If-None-Match", "\"other\"");
    QCOMPARE(s.sendRaw(get, &s.sigV4).body, "v1");
}

void TestSandboxS3::listingPages_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("v2");
    for (const int count : {0, 1, 999, 1000, 1001}) {
        QTest::addRow("%d keys, V2", count) << count << true;
        QTest::addRow("%d keys, V1", count) << count << false;
    }
}

void TestSandboxS3::listingPages()
{
    QFETCH(int, count);
    QFETCH(bool, v2);
    SandboxFixture s;
    QVERIFY(s.start());
    QVERIFY(s.send(s.request("PUT", u"pages"_s)).error.isOk());
    s.createObjects(u"pages"_s, count);
    QSet<QByteArray> seen;
    QByteArray token;
    int pages = 0;
    for (;;) {
        HttpRequest list = s.request("GET", u"pages"_s);
        if (v2)
            list.addQuery("list-type", "2");
        if (!token.isEmpty())
            list.addQuery(v2 ? "continuation-token" : "marker", token);
        const HttpResponse r = s.send(list);
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        ++pages;
        const QList<QByteArray> keys = elements(r.body, "Key");
        for (const QByteArray &key : keys)
            QVERIFY2(!seen.contains(key), key.constData());
        seen.unite(QSet<QByteArray>(keys.begin(), keys.end()));
        if (v2)
            QCOMPARE(element(r.body, "KeyCount").toInt(), keys.size());
        if (element(r.body, "IsTruncated") != "true")
            break;
        token = v2 ? element(r.body, "NextContinuationToken")
                   : keys.last(); // V1 without delimiter: no NextMarker
        QVERIFY(!token.isEmpty());
        QVERIFY(pages < 10);
    }
    QCOMPARE(seen.size(), count);
    QCOMPARE(pages, count > 1000 ? 2 : 1);
}

void TestSandboxS3::delimiterCountsCommonPrefixes()
{
    SandboxFixture s;
    QVERIFY(s.start());
    s.createObjects(u"tree"_s, 3, u"a/"_s);
    s.createObjects(u"tree"_s, 2, u"b/"_s);
    s.createObjects(u"tree"_s, 2);
    // a/ b/ key-000000 key-000001: max-keys counts prefixes and keys together.
    QList<QByteArray> names;
    QByteArray token;
    for (int page = 0; page < 10; ++page) {
        HttpRequest list = s.request("GET", u"tree"_s);
        list.addQuery("list-type", "2");
        list.addQuery("delimiter", "/");
        list.addQuery("max-keys", "1");
        if (!token.isEmpty())
            list.addQuery("continuation-token", token);
        const HttpResponse r = s.send(list);
        QCOMPARE(element(r.body, "KeyCount"), "1");
        names += elements(r.body, "Prefix").mid(1); // the first <Prefix> is the request's
        names += elements(r.body, "Key");
        token = element(r.body, "NextContinuationToken");
        if (element(r.body, "IsTruncated") != "true")
            break;
    }
    QCOMPARE(names, QList<QByteArray>({"a/", "b/", "key-000000", "key-000001"}));

    // V1: NextMarker with a delimiter, and a marker equal to a common prefix skips that prefix.
    HttpRequest v1 = s.request("GET", u"tree"_s);
    v1.addQuery("delimiter", "/");
    v1.addQuery("max-keys", "1");
    HttpResponse r = s.send(v1);
    QCOMPARE(element(r.body, "NextMarker"), "a/");
    v1.addQuery("marker", "a/");
    r = s.send(v1);
    QCOMPARE(elements(r.body, "Prefix").mid(1), QList<QByteArray>({"b/"}));
}

void TestSandboxS3::hostileKeysRoundTrip_data()
{
    QTest::addColumn<QString>("key");
    const QStringList keys = hostileKeys();
    for (int i = 0; i < keys.size(); ++i)
        QTest::addRow("%d %s", i, UriEncode::encode(keys[i].toUtf8().left(40)).constData()) << keys[i];
}

void TestSandboxS3::hostileKeysRoundTrip()
{
    QFETCH(QString, key);
    if (!m_tricky) {
        m_tricky = std::make_unique<SandboxFixture>();
        QVERIFY(m_tricky->start());
        QVERIFY(m_tricky->send(m_tricky->request("PUT", u"tricky"_s)).error.isOk());
    }
    SandboxFixture *s = m_tricky.get();
    const QByteArray body = "body of " + key.toUtf8();
    bool dotSegment = false;
    for (const QString &segment : key.split(u'/'))
        dotSegment = dotSegment || segment == u"."_s || segment == u".."_s;
    // Qt normalises "." and ".." segments, so those keys go over a raw socket, signed the same way.
    const auto send = [&](HttpRequest request) {
        return dotSegment ? s->sendRaw(std::move(request), &s->sigV4) : s->send(std::move(request));
    };
    HttpRequest put = s->request("PUT", u"tricky"_s, key);
    put.body = body;
    HttpResponse r = send(put);
    QVERIFY2(r.status == 200, qPrintable(r.error.toString() + QString::fromUtf8(r.body)));

    SendOptions objectOptions = s->options(&s->sigV4);
    objectOptions.bodyKind = SendOptions::BodyKind::Object;
    r = dotSegment ? s->sendRaw(s->request("GET", u"tricky"_s, key), &s->sigV4)
                   : s->send(s->request("GET", u"tricky"_s, key), objectOptions);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, body);
    QCOMPARE(send(s->request("HEAD", u"tricky"_s, key)).status, 200);

    HttpRequest list = s->request("GET", u"tricky"_s);
    list.addQuery("list-type", "2");
    list.addQuery("prefix", key.toUtf8());
    list.addQuery("encoding-type", "url");
    r = s->send(list);
    QVERIFY(r.error.isOk());
    const QList<QByteArray> listed = elements(r.body, "Key");
    QVERIFY(!listed.isEmpty());
    QCOMPARE(UriEncode::decodeForm(listed.first()), key.toUtf8());

    QCOMPARE(send(s->request("DELETE", u"tricky"_s, key)).status, 204);
    QCOMPARE(send(s->request("HEAD", u"tricky"_s, key)).status, 404);
}

void TestSandboxS3::virtualHostAddressing()
{
    SandboxFixture s;
    QVERIFY(s.start());
    QVERIFY(s.send(s.request("PUT", u"vhost"_s)).error.isOk());
    // HttpTransport sends Host: BUCKET.localhost:PORT while connecting to 127.0.0.1 (connectHost).
    const auto viaLoopback = [&](const Signer *signer, SendOptions::BodyKind kind) {
        SendOptions o = s.options(signer);
        o.connectHost = "127.0.0.1";
        o.bodyKind = kind;
        return o;
    };
    for (const QByteArray &host : {QByteArray("vhost.localhost"), QByteArray("vhost.s3.localhost")}) {
        HttpRequest put = s.request("PUT", u"vhost"_s, u"a//b"_s, SandboxFixture::Addressing::VirtualHost);
        put.host = host;
        put.body = host;
        HttpResponse r = s.send(put, viaLoopback(&s.sigV4, SendOptions::BodyKind::Document));
        QVERIFY2(r.status == 200, qPrintable(r.error.toString()));
        HttpRequest get = s.request("GET", u"vhost"_s, u"a//b"_s);
        QCOMPARE(s.send(get, viaLoopback(&s.sigV4, SendOptions::BodyKind::Object)).body, host);
        HttpRequest v1 = s.request("GET", u"vhost"_s, u"a//b"_s, SandboxFixture::Addressing::VirtualHost);
        v1.host = host;
        // HMAC-v1 signs "/vhost/a//b"
        QCOMPARE(s.send(v1, viaLoopback(&s.hmacV1, SendOptions::BodyKind::Object)).body, host);
    }
}

void TestSandboxS3::deleteObjects()
{
    SandboxFixture s;
    QVERIFY(s.start());
    s.createObjects(u"many"_s, 3);
    for (const bool quiet : {false, true}) {
        HttpRequest post = s.request("POST", u"many"_s);
        post.addBareQuery("delete");
        const QByteArray key = quiet ? "key-000001" : "key-000000";
        post.body = "<Delete><Quiet>" + QByteArray(quiet ? "true" : "false") + "</Quiet><Object><Key>" + key
            + "</Key></Object></Delete>";
        post.setHeader("Content-MD5", md5Base64(post.body));
        const HttpResponse r = s.send(post);
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        QCOMPARE(elements(r.body, "Key"), quiet ? QList<QByteArray>() : QList<QByteArray>({key}));
        QCOMPARE(s.send(s.request("HEAD", u"many"_s, QString::fromUtf8(key))).status, 404);
    }
    QCOMPARE(s.send(s.request("HEAD", u"many"_s, u"key-000002"_s)).status, 200);
}

void TestSandboxS3::restartKeepsEverything()
{
    SandboxFixture s({u"us-east-1"_s, u"eu-west-1"_s});
    QVERIFY(s.start());
    QVERIFY(s.send(s.request("PUT", u"durable"_s)).error.isOk());
    HttpRequest put = s.request("PUT", u"durable"_s, u"dir//k e y+"_s);
    put.body = QByteArray(600 * 1024, 'd'); // on the file path, not the memory one
    put.setHeader("x-amz-meta-kept", "yes");
    QVERIFY(s.send(put).error.isOk());
    const quint16 before = s.port();
    QVERIFY(s.restart());
    Q_UNUSED(before);
    const HttpResponse buckets = s.send(s.request("GET", {}));
    QCOMPARE(elements(buckets.body, "Name"), QList<QByteArray>({"durable"}));
    SendOptions o = s.options(&s.sigV4);
    o.bodyKind = SendOptions::BodyKind::Object;
    const HttpResponse r = s.send(s.request("GET", u"durable"_s, u"dir//k e y+"_s), o);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body == put.body);
    QCOMPARE(r.header("x-amz-meta-kept"), "yes");
    QVERIFY(QDir(s.dataDir() + u"/tmp"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxS3)
#include "tst_sandboxs3.moc"

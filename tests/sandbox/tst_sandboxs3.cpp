// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's S3 side driven by the real client stack: listing pages of 0 to 1,001 keys (V1 and
// V2) and restarts. Buckets, objects, ranges, keys and signatures run against the sandbox and radosgw
// alike in tests/s3suites.
#include <QDir>
#include <QSet>
#include <QTest>

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
    void listingPages_data();
    void listingPages();
    void restartKeepsEverything();
};

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

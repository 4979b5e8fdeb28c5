// SPDX-License-Identifier: GPL-3.0-or-later
// ListObjects V2 and V1 against the sandbox, radosgw and s3rver (S3Target): prefix, delimiter,
// common prefixes counted in max-keys, continuation tokens, markers, empty results, and the order of
// keys where one is a prefix of another.
#include <QTest>

#include "s3target.h"
#include "sandboxxml.h"

using namespace Qt::StringLiterals;
using namespace SandboxXml;

class TestSharedListings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void prefixDelimiterAndPaging();
    void delimiterCountsCommonPrefixes();
    void keysListedAndPagedInByteOrder();

private:
    // One ListObjectsV2 page; the first <Prefix> of the answer is the request's own.
    HttpResponse listV2(const QString &bucket, const QList<QueryItem> &query);
    S3Target m_t;
};

void TestSharedListings::initTestCase()
{
    QString why;
    QVERIFY2(m_t.start(&why), qPrintable(why));
    qInfo("target: %s", qPrintable(m_t.name()));
}

HttpResponse TestSharedListings::listV2(const QString &bucket, const QList<QueryItem> &query)
{
    HttpRequest r = m_t.request("GET", bucket);
    r.addQuery("list-type", "2");
    for (const QueryItem &item : query)
        r.addQuery(item.name, item.value);
    const HttpResponse response = m_t.send(r);
    if (!response.error.isOk())
        qWarning("listing failed: %s", qPrintable(response.error.toString()));
    return response;
}

void TestSharedListings::prefixDelimiterAndPaging()
{
    const QString b = m_t.bucket(u"listing"_s);
    QVERIFY(m_t.createBucket(b));
    const QStringList keys = {u"list/a/1"_s, u"list/a/2"_s, u"list/b/1"_s, u"list/c"_s, u"list/d"_s};
    for (const QString &key : keys)
        QVERIFY(m_t.putObject(b, key, key.toUtf8()));
    QVERIFY(m_t.putObject(b, u"other"_s, "outside the prefix"));

    HttpResponse r = listV2(b, {{"prefix", "list/"}, {"delimiter", "/"}});
    QCOMPARE(elements(r.body, "Key"), QList<QByteArray>({"list/c", "list/d"}));
    QCOMPARE(elements(r.body, "Prefix").mid(1), QList<QByteArray>({"list/a/", "list/b/"}));
    QCOMPARE(element(r.body, "IsTruncated"), QByteArray("false"));
    // s3rver differs from AWS: KeyCount counts the keys only (2), not the common prefixes with them.
    QCOMPARE(element(r.body, "KeyCount"), m_t.isS3rver() ? QByteArray("2") : QByteArray("4"));

    r = listV2(b, {{"prefix", "list/a/"}, {"delimiter", "/"}});
    QCOMPARE(elements(r.body, "Key"), QList<QByteArray>({"list/a/1", "list/a/2"}));
    QCOMPARE(elements(r.body, "Prefix").size(), 1);

    // Paging two keys at a time: 5 keys → pages of 2, 2, 1, each key exactly once.
    QList<QByteArray> all;
    QList<int> pageSizes;
    QByteArray token;
    for (int page = 0; page < 10; ++page) {
        QList<QueryItem> query = {{"prefix", "list/"}, {"max-keys", "2"}};
        if (!token.isEmpty())
            query.append({"continuation-token", token});
        r = listV2(b, query);
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        const QList<QByteArray> pageKeys = elements(r.body, "Key");
        all += pageKeys;
        pageSizes.append(int(pageKeys.size()));
        QCOMPARE(element(r.body, "KeyCount").toInt(), pageKeys.size());
        if (element(r.body, "IsTruncated") != "true") {
            QVERIFY(element(r.body, "NextContinuationToken").isEmpty());
            break;
        }
        token = element(r.body, "NextContinuationToken");
        QVERIFY(!token.isEmpty());
        if (m_t.isRgw()) {
            // radosgw differs from AWS: NextContinuationToken is the page's last key in clear,
            // where AWS gives an opaque token. Clients must treat it as opaque either way.
            QCOMPARE(token, pageKeys.last());
        } else {
            QVERIFY(token != pageKeys.last());
        }
    }
    QCOMPARE(all, (QList<QByteArray>({"list/a/1", "list/a/2", "list/b/1", "list/c", "list/d"})));
    QCOMPARE(pageSizes, (QList<int> {2, 2, 1}));

    // start-after skips up to and including a key.
    r = listV2(b, {{"prefix", "list/"}, {"start-after", "list/b/1"}});
    QCOMPARE(elements(r.body, "Key"), QList<QByteArray>({"list/c", "list/d"}));

    r = listV2(b, {{"prefix", "nothing-here/"}});
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QVERIFY(elements(r.body, "Key").isEmpty());
    QCOMPARE(element(r.body, "KeyCount"), QByteArray("0"));

    HttpRequest missing = m_t.request("GET", m_t.bucket(u"no-such-bucket"_s));
    missing.addQuery("list-type", "2");
    r = m_t.send(missing);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error.serviceCode(), u"NoSuchBucket"_s);
    QCOMPARE(r.error.humanSentence(), u"The bucket does not exist."_s);
}

void TestSharedListings::delimiterCountsCommonPrefixes()
{
    const QString b = m_t.bucket(u"tree"_s);
    QVERIFY(m_t.createBucket(b));
    QVERIFY(m_t.createObjects(b, 3, u"a/"_s));
    QVERIFY(m_t.createObjects(b, 2, u"b/"_s));
    QVERIFY(m_t.createObjects(b, 2));
    // a/ b/ key-000000 key-000001: max-keys counts prefixes and keys together.
    if (m_t.isS3rver()) {
        // s3rver differs from AWS: max-keys and KeyCount count keys only; the first page holds both
        // prefixes and the first key, the second the other key.
        HttpResponse r = listV2(b, {{"delimiter", "/"}, {"max-keys", "1"}});
        QCOMPARE(elements(r.body, "Prefix").mid(1), QList<QByteArray>({"a/", "b/"}));
        QCOMPARE(elements(r.body, "Key"), QList<QByteArray>({"key-000000"}));
        QCOMPARE(element(r.body, "KeyCount"), QByteArray("1"));
        QCOMPARE(element(r.body, "IsTruncated"), QByteArray("true"));
        r = listV2(b,
            {{"delimiter", "/"},
                {"max-keys", "1"},
                {"continuation-token", element(r.body, "NextContinuationToken")}});
        QCOMPARE(elements(r.body, "Prefix").mid(1), QList<QByteArray>());
        QCOMPARE(elements(r.body, "Key"), QList<QByteArray>({"key-000001"}));
        QCOMPARE(element(r.body, "IsTruncated"), QByteArray("false"));
        // V1: NextMarker is the last key, not the last prefix; a marker equal to a common prefix
        // does not skip it (the keys under "a/" sort after "a/").
        HttpRequest v1 = m_t.request("GET", b);
        v1.addQuery("delimiter", "/");
        v1.addQuery("max-keys", "1");
        r = m_t.send(v1);
        QCOMPARE(element(r.body, "NextMarker"), QByteArray("key-000000"));
        v1.addQuery("marker", "a/");
        r = m_t.send(v1);
        QCOMPARE(elements(r.body, "Prefix").mid(1), QList<QByteArray>({"a/", "b/"}));
        return;
    }
    QList<QByteArray> names;
    QByteArray token;
    for (int page = 0; page < 10; ++page) {
        QList<QueryItem> query = {{"delimiter", "/"}, {"max-keys", "1"}};
        if (!token.isEmpty())
            query.append({"continuation-token", token});
        const HttpResponse r = listV2(b, query);
        QCOMPARE(element(r.body, "KeyCount"), QByteArray("1"));
        names += elements(r.body, "Prefix").mid(1); // the first <Prefix> is the request's
        names += elements(r.body, "Key");
        token = element(r.body, "NextContinuationToken");
        if (element(r.body, "IsTruncated") != "true")
            break;
    }
    QCOMPARE(names, QList<QByteArray>({"a/", "b/", "key-000000", "key-000001"}));

    // V1: NextMarker with a delimiter, and a marker equal to a common prefix skips that prefix.
    HttpRequest v1 = m_t.request("GET", b);
    v1.addQuery("delimiter", "/");
    v1.addQuery("max-keys", "1");
    HttpResponse r = m_t.send(v1);
    QCOMPARE(element(r.body, "NextMarker"), QByteArray("a/"));
    v1.addQuery("marker", "a/");
    r = m_t.send(v1);
    QCOMPARE(elements(r.body, "Prefix").mid(1), QList<QByteArray>({"b/"}));
}

// S3 lists keys in UTF-8 byte order, so "folder-old/y" < "folder/x" ('-' < '/') and "report" <
// "report-2"; a page continues after the last key, and every key comes exactly once.
void TestSharedListings::keysListedAndPagedInByteOrder()
{
    const QString b = m_t.bucket(u"order"_s);
    QVERIFY(m_t.createBucket(b));
    const QList<QByteArray> keys = {"folder-old/y", "folder/x", "report", "report-2"};
    for (const QByteArray &key : keys)
        QVERIFY(m_t.putObject(b, QString::fromUtf8(key), key));
    QList<QByteArray> whole = elements(listV2(b, {}).body, "Key");
    QList<QByteArray> paged;
    QByteArray token;
    for (int page = 0; page < 10; ++page) {
        QList<QueryItem> query = {{"max-keys", "1"}};
        if (!token.isEmpty())
            query.append({"continuation-token", token});
        const HttpResponse r = listV2(b, query);
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        paged += elements(r.body, "Key");
        if (element(r.body, "IsTruncated") != "true")
            break;
        token = element(r.body, "NextContinuationToken");
    }
    if (m_t.isS3rver()) {
        // s3rver bug: it lists in the order of its files on disk (a folder per "/", a file
        // KEY._S3rver_object per key), not in key order, and continues a page after the last key
        // by comparing keys; so paging skips keys: here two of four are never listed.
        QCOMPARE(whole, QList<QByteArray>({"folder/x", "folder-old/y", "report-2", "report"}));
        QCOMPARE(paged, QList<QByteArray>({"folder/x", "report-2"}));
        return;
    }
    QCOMPARE(whole, keys);
    QCOMPARE(paged, keys);
}

QTEST_GUILESS_MAIN(TestSharedListings)
#include "tst_sharedlistings.moc"

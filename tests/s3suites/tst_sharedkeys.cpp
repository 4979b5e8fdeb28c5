// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile keys (tests/support/hostilekeys, TESTING.md §6.3) against the sandbox and against
// radosgw (S3Target): PUT, GET, HEAD, list with encoding-type=url and DELETE, byte for byte, and the
// whole set listed back in UTF-8 byte order.
#include <QTest>

#include "auth/uriencode.h"
#include "hostilekeys.h"
#include "s3target.h"
#include "sandboxxml.h"

using namespace Qt::StringLiterals;
using namespace SandboxXml;

namespace {

// The text of an element as an XML reader gives it: the five predefined entities decoded (radosgw
// writes "'" as "&apos;" even inside a url-encoded key; the sandbox writes it as it is).
QByteArray xmlText(QByteArray text)
{
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
}

} // namespace

class TestSharedKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hostileKeysRoundTrip_data();
    void hostileKeysRoundTrip();
    void hostileKeysListBackExactly();

private:
    S3Target m_t;
    QString m_roundTrip;
    QString m_listed;
};

void TestSharedKeys::initTestCase()
{
    QString why;
    QVERIFY2(m_t.start(&why), qPrintable(why));
    qInfo("target: %s", qPrintable(m_t.name()));
    m_roundTrip = m_t.bucket(u"tricky"_s);
    m_listed = m_t.bucket(u"tricky-list"_s);
    QVERIFY(m_t.createBucket(m_roundTrip));
    QVERIFY(m_t.createBucket(m_listed));
}

void TestSharedKeys::hostileKeysRoundTrip_data()
{
    QTest::addColumn<QString>("key");
    const QStringList keys = hostileKeys();
    for (int i = 0; i < keys.size(); ++i)
        QTest::addRow("%d %s", i, UriEncode::encode(keys[i].toUtf8().left(40)).constData()) << keys[i];
}

void TestSharedKeys::hostileKeysRoundTrip()
{
    QFETCH(QString, key);
    const QByteArray body = "body of " + key.toUtf8();
    // Keys with "." and ".." segments go through the transport's direct sender (Qt's own stack
    // would rewrite them); both servers keep them exact.
    HttpRequest put = m_t.request("PUT", m_roundTrip, key);
    put.body = body;
    HttpResponse r = m_t.send(put);
    QVERIFY2(r.status == 200, qPrintable(r.error.toString() + QString::fromUtf8(r.body)));

    r = m_t.sendObject(m_t.request("GET", m_roundTrip, key));
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.body, body);
    r = m_t.send(m_t.request("HEAD", m_roundTrip, key));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Length"), QByteArray::number(body.size()));

    HttpRequest list = m_t.request("GET", m_roundTrip);
    list.addQuery("list-type", "2");
    list.addQuery("prefix", key.toUtf8());
    list.addQuery("encoding-type", "url");
    r = m_t.send(list);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    const QList<QByteArray> listed = elements(r.body, "Key");
    QVERIFY(!listed.isEmpty());
    QCOMPARE(UriEncode::decodeForm(xmlText(listed.first())), key.toUtf8());

    QCOMPARE(m_t.send(m_t.request("DELETE", m_roundTrip, key)).status, 204);
    QCOMPARE(m_t.send(m_t.request("HEAD", m_roundTrip, key)).status, 404);
}

void TestSharedKeys::hostileKeysListBackExactly()
{
    QStringList expected = hostileKeys();
    for (const QString &key : std::as_const(expected))
        QVERIFY2(m_t.putObject(m_listed, key, key.toUtf8()), qPrintable(key));
    // S3 lists in UTF-8 byte order.
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        return a.toUtf8() < b.toUtf8();
    });
    // encoding-type=url: keys with control characters cannot be written in XML 1.0.
    QStringList listed;
    QByteArray token;
    for (int page = 0; page < 100; ++page) {
        HttpRequest list = m_t.request("GET", m_listed);
        list.addQuery("list-type", "2");
        list.addQuery("encoding-type", "url");
        list.addQuery("max-keys", "1000");
        if (!token.isEmpty())
            list.addQuery("continuation-token", token);
        const HttpResponse r = m_t.send(list);
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        for (const QByteArray &key : elements(r.body, "Key"))
            listed.append(QString::fromUtf8(UriEncode::decodeForm(xmlText(key))));
        if (element(r.body, "IsTruncated") != "true")
            break;
        token = xmlText(element(r.body, "NextContinuationToken"));
    }
    QCOMPARE(listed, expected);
}

QTEST_GUILESS_MAIN(TestSharedKeys)
#include "tst_sharedkeys.moc"

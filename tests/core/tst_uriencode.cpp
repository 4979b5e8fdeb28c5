// SPDX-License-Identifier: GPL-3.0-or-later
#include <QRandomGenerator>
#include <QTest>

#include "auth/uriencode.h"

using namespace Qt::StringLiterals;

class TestUriEncode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void s3KeyPathEncodesOnce_data();
    void s3KeyPathEncodesOnce();
    void normalizePath_data();
    void normalizePath();
    void decodeKeepsPlusAndBadEscapes();
    void formEncodingUsesPlus();
    void canonicalCheckAgreesWithRoundTrip();
};

void TestUriEncode::s3KeyPathEncodesOnce_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("plus") << u"a+b.txt"_s << QByteArray("/a%2Bb.txt");
    QTest::newRow("space") << u"a b"_s << QByteArray("/a%20b");
    QTest::newRow("literal percent") << u"a%20b"_s << QByteArray("/a%2520b");
    QTest::newRow("double slash") << u"dir//file"_s << QByteArray("/dir//file");
    QTest::newRow("dot segments") << u"a/../b"_s << QByteArray("/a/../b");
    QTest::newRow("escape") << u"../x"_s << QByteArray("/../x");
    QTest::newRow("trailing slash") << u"folder/"_s << QByteArray("/folder/");
    QTest::newRow("unreserved") << u"AZaz09-_.~"_s << QByteArray("/AZaz09-_.~");
    QTest::newRow("e acute NFC") << u"\u00e9"_s << QByteArray("/%C3%A9");
    QTest::newRow("e acute NFD") << u"e\u0301"_s << QByteArray("/e%CC%81");
    QTest::newRow("control") << u"a\x01\x7f"_s << QByteArray("/a%01%7F");
    QTest::newRow("reserved") << u"?#&=;:@$,[]"_s << QByteArray("/%3F%23%26%3D%3B%3A%40%24%2C%5B%5D");
    QTest::newRow("emoji") << u"\U0001F600"_s << QByteArray("/%F0%9F%98%80");
}

void TestUriEncode::s3KeyPathEncodesOnce()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, path);
    QCOMPARE(UriEncode::s3KeyPath(key), path);
    // The path decodes back to exactly the key.
    QCOMPARE(QString::fromUtf8(UriEncode::decode(path.mid(1))), key);
}

void TestUriEncode::normalizePath_data()
{
    // Expected values from RFC 3986 §5.2.4 plus AWS's collapse of empty segments (the AWS SigV4
    // test suite's normalize-path cases: get-slashes, get-relative-relative, get-slash-dot-slash…).
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("empty") << QByteArray("") << QByteArray("/");
    QTest::newRow("root") << QByteArray("/") << QByteArray("/");
    QTest::newRow("relative") << QByteArray("/example/..") << QByteArray("/");
    QTest::newRow("relative-relative") << QByteArray("/example1/example2/../..") << QByteArray("/");
    QTest::newRow("slash") << QByteArray("//") << QByteArray("/");
    QTest::newRow("slash-dot-slash") << QByteArray("/./") << QByteArray("/");
    QTest::newRow("pointless-dot") << QByteArray("/./example") << QByteArray("/example");
    QTest::newRow("slashes") << QByteArray("//example//") << QByteArray("/example/");
    QTest::newRow("above root") << QByteArray("/../../x") << QByteArray("/x");
    QTest::newRow("keeps trailing") << QByteArray("/a/b/") << QByteArray("/a/b/");
}

void TestUriEncode::normalizePath()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(UriEncode::normalizePath(in), out);
}

void TestUriEncode::decodeKeepsPlusAndBadEscapes()
{
    QCOMPARE(UriEncode::decode("a+b%2B%2bc%zz%4"), QByteArray("a+b++c%zz%4"));
    QCOMPARE(UriEncode::decodeForm("a+b%2B"), QByteArray("a b+"));
}

void TestUriEncode::formEncodingUsesPlus()
{
    QCOMPARE(UriEncode::encodeForm("a b&c=d~"), QByteArray("a+b%26c%3Dd~"));
    QCOMPARE(UriEncode::encode("a b"), QByteArray("a%20b"));
}

void TestUriEncode::canonicalCheckAgreesWithRoundTrip()
{
    // The fast path's test must say yes exactly when decoding and encoding again changes nothing.
    QRandomGenerator rng(7);
    const QByteArray alphabet = "aZ09-_.~/%%%2F4e1AfgF +!*é";
    for (int i = 0; i < 20000; ++i) {
        QByteArray s;
        const int len = int(rng.bounded(12));
        for (int j = 0; j < len; ++j)
            s.append(alphabet.at(int(rng.bounded(int(alphabet.size())))));
        for (const auto slash : {UriEncode::Slash::Keep, UriEncode::Slash::Encode}) {
            const bool roundTrips = UriEncode::encode(UriEncode::decode(s), slash) == s;
            QVERIFY2(UriEncode::isCanonicallyEncoded(s, slash) == roundTrips, s.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestUriEncode)
#include "tst_uriencode.moc"

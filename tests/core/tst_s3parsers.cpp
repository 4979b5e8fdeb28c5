// SPDX-License-Identifier: GPL-3.0-or-later
// The S3 answer parsers on documented shapes, other servers' namespaces and hostile input.
#include <QDir>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include "s3/listobjectsparser.h"
#include "s3/multipartparsers.h"
#include "s3/xmldocument.h"
#include "testdata.h"

using namespace Qt::StringLiterals;

class TestS3Parsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listV2();
    void listV2TruncatedWithPrefixes();
    void listV1UrlEncoded();
    void listV1WithoutDelimiterContinuesAfterLastKey();
    void refusesTruncatedWithoutToken();
    void refusesHostileXml_data();
    void refusesHostileXml();
    void buckets();
    void locations();
    void multipart();
    void completeWithErrorInside200();
    void deleteResult();
    void bigListingIsFast();
    void fastWalkAgreesWithQt();
    void timesAgreeWithQt_data();
    void timesAgreeWithQt();
};

void TestS3Parsers::listV2()
{
    const auto r = parseListObjects(TestData::read(u"s3/list-v2-aws-doc.xml"_s));
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    const ObjectListing &page = r.value();
    QCOMPARE(page.bucket, u"bucket"_s);
    QCOMPARE(page.objects.size(), 2);
    QCOMPARE(page.objects[0].key, u"my-image.jpg"_s);
    QCOMPARE(page.objects[0].size, 434234);
    QCOMPARE(page.objects[0].etag, QByteArray("\"fba9dede5f27731c9771645a39863328\""));
    QCOMPARE(
        page.objects[0].lastModified, QDateTime(QDate(2009, 10, 12), QTime(17, 50, 30), QTimeZone::utc()));
    QCOMPARE(page.objects[1].storageClass, u"STANDARD_IA"_s);
    QCOMPARE(page.objects[1].lastModified, QDateTime(QDate(2021, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
    QVERIFY(!page.truncated);
    QVERIFY(page.nextToken.isEmpty());
}

void TestS3Parsers::listV2TruncatedWithPrefixes()
{
    const auto r = parseListObjects(TestData::read(u"s3/list-v2-truncated-delimiter.xml"_s));
    QVERIFY(r.isOk());
    QCOMPARE(r.value().commonPrefixes, (QStringList {u"2024/01/"_s, u"2024/02/"_s}));
    QCOMPARE(r.value().objects.size(), 1);
    QCOMPARE(r.value().nextToken, u"1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="_s);
    QCOMPARE(r.value().delimiter, u"/"_s);
}

void TestS3Parsers::listV1UrlEncoded()
{
    const auto r = parseListObjects(TestData::read(u"s3/list-v1-url-encoded.xml"_s));
    QVERIFY(r.isOk());
    // '+' is a space, "%2B" a plus, "%25" a percent, "%01" a control character.
    QCOMPARE(r.value().objects.first().key, u"a b + % \x01"_s);
    QCOMPARE(r.value().commonPrefixes, QStringList {u"dir/"_s});
    QCOMPARE(r.value().delimiter, u"/"_s);
    QCOMPARE(r.value().nextToken, u"dir/"_s);
}

void TestS3Parsers::listV1WithoutDelimiterContinuesAfterLastKey()
{
    const auto r = parseListObjects(TestData::read(u"s3/list-v1-no-delimiter-truncated.xml"_s));
    QVERIFY(r.isOk()); // s3rver's namespace is not S3's: namespaces are ignored
    QCOMPARE(r.value().nextToken, u"b"_s);
}

void TestS3Parsers::refusesTruncatedWithoutToken()
{
    const auto r = parseListObjects(TestData::read(u"s3/list-v2-truncated-no-token.xml"_s));
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().kind(), ApiError::Kind::Parse);
}

void TestS3Parsers::refusesHostileXml_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("billion laughs") << TestData::read(u"s3/list-billion-laughs.xml"_s);
    QTest::newRow("external entity") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
        "\"file:///etc/passwd\">]><ListBucketResult><Name>&e;</Name>"
        "</ListBucketResult>");
    QByteArray deep = "<ListBucketResult>";
    for (int i = 0; i < 10000; ++i)
        deep += "<a>";
    QTest::newRow("nesting 10,000 deep") << deep;
    QTest::newRow("wrong root") << QByteArray("<Error><Code>NoSuchBucket</Code></Error>");
    QTest::newRow("invalid UTF-8") << QByteArray(
        "<ListBucketResult><Name>\xff\xfe</Name></ListBucketResult>");
    QTest::newRow("cut short") << QByteArray("<ListBucketResult><Contents><Key>a</Ke");
    QTest::newRow("empty") << QByteArray();
}

void TestS3Parsers::refusesHostileXml()
{
    QFETCH(QByteArray, body);
    const auto r = parseListObjects(body);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().kind(), ApiError::Kind::Parse);
    QVERIFY(!r.error().message().isEmpty());
}

void TestS3Parsers::buckets()
{
    const auto r = parseListBuckets(TestData::read(u"s3/list-buckets.xml"_s));
    QVERIFY(r.isOk());
    QCOMPARE(r.value().buckets.size(), 2);
    QCOMPARE(r.value().buckets[1].name, u"samples"_s);
    QCOMPARE(r.value().buckets[1].created, QDateTime(QDate(2006, 2, 3), QTime(16, 41, 58), QTimeZone::utc()));
    QCOMPARE(r.value().ownerName, u"webfile"_s);
}

void TestS3Parsers::locations()
{
    QCOMPARE(parseBucketLocation(TestData::read(u"s3/location-us-east-1.xml"_s)).value(), u"us-east-1"_s);
    QCOMPARE(parseBucketLocation(TestData::read(u"s3/location-eu.xml"_s)).value(), u"eu-west-1"_s);
    QVERIFY(!parseBucketLocation("<Other/>").isOk());
}

void TestS3Parsers::multipart()
{
    const auto start = parseInitiateMultipartUpload(TestData::read(u"s3/initiate-multipart.xml"_s));
    QVERIFY(start.isOk());
    QCOMPARE(start.value().uploadId, u"VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA"_s);
    QVERIFY(!parseInitiateMultipartUpload("<InitiateMultipartUploadResult/>").isOk());

    const auto parts = parseListParts(TestData::read(u"s3/list-parts.xml"_s));
    QVERIFY(parts.isOk());
    QCOMPARE(parts.value().parts.size(), 2);
    QCOMPARE(parts.value().parts[0].partNumber, 2);
    QCOMPARE(parts.value().parts[1].size, 10485760);
    QCOMPARE(parts.value().nextPartNumberMarker, 3);
    QVERIFY(parts.value().truncated);

    const auto done = parseCompleteMultipartUpload(TestData::read(u"s3/complete-multipart.xml"_s));
    QVERIFY(done.isOk());
    QCOMPARE(done.value().etag, QByteArray("\"3858f62230ac3c915f300c664312c11f-9\""));

    // radosgw 16.2: an empty ETag element is an answer (the job reads the ETag back); none is not.
    const QByteArray head
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CompleteMultipartUploadResult "
          "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Location>http://h/b/k</Location>"
          "<Bucket>b</Bucket><Key>k</Key>";
    const auto empty = parseCompleteMultipartUpload(head + "<ETag></ETag></CompleteMultipartUploadResult>");
    QVERIFY(empty.isOk());
    QVERIFY(empty.value().etag.isEmpty());
    QCOMPARE(empty.value().key, u"k"_s);
    const auto missing = parseCompleteMultipartUpload(head + "</CompleteMultipartUploadResult>");
    QVERIFY(!missing.isOk());
    QCOMPARE(missing.error().kind(), ApiError::Kind::Parse);
}

void TestS3Parsers::completeWithErrorInside200()
{
    const auto done
        = parseCompleteMultipartUpload(TestData::read(u"s3/complete-multipart-error-in-200.xml"_s));
    QVERIFY(!done.isOk());
    QCOMPARE(done.error().kind(), ApiError::Kind::Service);
    QCOMPARE(done.error().serviceCode(), u"InternalError"_s);
    QCOMPARE(done.error().httpStatus(), 200);
}

void TestS3Parsers::deleteResult()
{
    const auto r = parseDeleteObjects(TestData::read(u"s3/delete-result.xml"_s));
    QVERIFY(r.isOk());
    QCOMPARE(r.value().deleted, QStringList {u"sample1.txt"_s});
    QCOMPARE(r.value().errors.size(), 1);
    QCOMPARE(r.value().errors[0].code, u"AccessDenied"_s);
}

void TestS3Parsers::bigListingIsFast()
{
    // A full 1,000-key page parses whole; no quadratic behaviour (checked by count, not time).
    QByteArray body = "<ListBucketResult><Name>b</Name><IsTruncated>false</IsTruncated>";
    for (int i = 0; i < 1000; ++i)
        body += "<Contents><Key>folder/key-" + QByteArray::number(i) + "</Key><Size>" + QByteArray::number(i)
            + "</Size></Contents>";
    body += "</ListBucketResult>";
    const auto r = parseListObjects(body);
    QVERIFY(r.isOk());
    QCOMPARE(r.value().objects.size(), 1000);
    QCOMPARE(r.value().objects[999].key, u"folder/key-999"_s);
    QCOMPARE(r.value().objects[999].size, 999);
}

namespace {

// Every callback of a walk, in order, and how it ended.
QStringList walkEvents(const QByteArray &body, QStringView root, bool qtOnly)
{
    QStringList events;
    const auto onText = [&](const QString &path, const QString &text) {
        events.append(u"T "_s + path + u'=' + text);
    };
    const auto onEnd = [&](const QString &path) {
        events.append(u"E "_s + path);
    };
    const ApiError error = qtOnly ? XmlDocument::walkWithQt(body, root, onText, onEnd)
                                  : XmlDocument::walk(body, root, onText, onEnd);
    events.append(error.isOk() ? u"ok"_s : u"error "_s + error.message());
    return events;
}

} // namespace

void TestS3Parsers::fastWalkAgreesWithQt()
{
    // walk() reads plain XML by hand and gives anything else to QXmlStreamReader: on every input
    // both must call back the same and fail the same. Seeds: every S3 answer in tests/data, plain
    // and awkward shapes; then each one cut at every length and with bytes changed (fixed seed).
    QList<QByteArray> seeds;
    const QDir data(TestData::path(u"s3"_s));
    for (const QString &name : data.entryList({u"*.xml"_s}, QDir::Files))
        seeds.append(TestData::read(u"s3/"_s + name));
    seeds.append("<?xml version='1.0'?>\n<ListBucketResult xmlns=\"x\"><Contents><Key>a&amp;b&#x1F600;&lt;"
                 "&#65;</Key><Size>1</Size></Contents><Contents/><Prefix></Prefix>"
                 "<Name>x<Deep>y</Deep>z</Name></ListBucketResult>\n");
    seeds.append("<ListBucketResult><Key>\xc3\xa9 \xe2\x82\xac\tx</Key><Key>]]&gt;</Key></ListBucketResult>");
    seeds.append("<ListBucketResult><!-- c --><Key><![CDATA[<x>]]></Key></ListBucketResult>");
    seeds.append(
        "<ListBucketResult><s3:Key xmlns:s3=\"u\">k</s3:Key><Key a=\"1\">v</Key></ListBucketResult>");
    seeds.append("<ListBucketResult xmlns=\"http://www.w3.org/2000/xmlns/\"><Key>k</Key></ListBucketResult>");
    seeds.append("<ListBucketResult><Key>a\r\nb</Key><Key>&#0;</Key><Key>&bogus;</Key></ListBucketResult>");
    seeds.append("<Other><Key>k</Key></Other>");
    QByteArray deep = "<ListBucketResult>";
    for (int i = 0; i < XmlDocument::kMaxDepth + 1; ++i)
        deep += "<a>";
    seeds.append(deep + "x");
    QRandomGenerator random(20261125);
    const QByteArray specials("<>/&;#x\"'=!?-[] \r\n\t\x00\x80\xc3\xff");
    int inputs = 0, plain = 0;
    const auto check = [&](const QByteArray &body) {
        ++inputs;
        const QStringList fast = walkEvents(body, u"ListBucketResult", false);
        const QStringList qt = walkEvents(body, u"ListBucketResult", true);
        if (fast.last() == u"ok"_s)
            ++plain;
        QVERIFY2(fast == qt,
            qPrintable(
                u"%1\nwalk:  %2\nQt:    %3"_s.arg(QString::fromLatin1(body.toPercentEncoding(" <>/=\"")),
                    fast.join(u" | "_s),
                    qt.join(u" | "_s))));
    };
    for (const QByteArray &seed : std::as_const(seeds)) {
        check(seed);
        if (QTest::currentTestFailed())
            return;
        for (qsizetype cut = 0; cut < seed.size() && cut < 400; ++cut)
            check(seed.first(cut));
        for (int i = 0; i < 400; ++i) {
            QByteArray changed = seed;
            const qsizetype at = qsizetype(random.bounded(int(seed.size())));
            changed[at] = specials[random.bounded(int(specials.size()))];
            check(changed);
        }
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(plain > inputs / 20, qPrintable(u"%1 of %2 inputs took the fast way"_s.arg(plain).arg(inputs)));
}

void TestS3Parsers::timesAgreeWithQt_data()
{
    QTest::addColumn<QString>("text");
    for (const char *t : {"2024-01-02T03:04:05.678Z",
             "2024-01-02T03:04:05Z",
             "1970-01-01T00:00:00.000Z",
             "1969-12-31T23:59:59.999Z",
             "2000-02-29T12:00:00Z",
             " 2038-01-19T03:14:08.000Z\n",
             "2024-02-30T00:00:00Z",
             "2024-01-02T24:00:00Z",
             "2024-01-02T03:04:05+02:00",
             "2024-01-02 03:04:05Z",
             "2024-01-02T03:04:05.6Z",
             "20x4-01-02T03:04:05Z",
             "",
             "garbage"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestS3Parsers::timesAgreeWithQt()
{
    QFETCH(QString, text);
    const QDateTime qt = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    const QDateTime expected = qt.isValid() ? qt.toUTC() : QDateTime();
    const QDateTime got = XmlDocument::parseTime(text);
    QCOMPARE(got.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(got.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QCOMPARE(got.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestS3Parsers)
#include "tst_s3parsers.moc"

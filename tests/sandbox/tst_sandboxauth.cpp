// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's signature checks against the real signers: what passes (SigV4 header and presigned,
// HMAC-v1 header and presigned) and what S3 refuses (wrong secret, unknown key, anonymous, tampered
// presigned URL, changed body, clock skew, wrong region), with S3's codes and details.
#include <QTest>

#include "sandboxfixture.h"
#include "sandboxxml.h"
#include "transport/httptransport.h"
#include "transport/rawhttprequest.h"

using namespace Qt::StringLiterals;
using namespace SandboxXml;

class TestSandboxAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hmacV1HeaderAndPresigned();
    void wrongSecretIsRefused_data();
    void wrongSecretIsRefused();
    void unknownKeyAndAnonymous();
    void tamperedPresignedUrlIsRefused();
    void changedBodyIsRefused();
    void clockSkewIsRefusedThenCorrected();
    void wrongRegionNamesTheRightOne();
    void unsignedAmzHeaderIsRefused();
};

void TestSandboxAuth::hmacV1HeaderAndPresigned()
{
    SandboxFixture s;
    QVERIFY(s.start());
    HttpResponse r = s.send(s.request("PUT", u"version-one"_s), s.options(&s.hmacV1));
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    HttpRequest put = s.request("PUT", u"version-one"_s, u"a+b c"_s);
    put.body = "v1 body";
    put.setHeader("Content-Type", "text/plain");
    put.setHeader("x-amz-meta-a", "b");
    r = s.send(put, s.options(&s.hmacV1));
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString() + QString::fromUtf8(r.body)));
    SendOptions presigned = s.options(&s.hmacV1Presigned);
    presigned.bodyKind = SendOptions::BodyKind::Object;
    r = s.send(s.request("GET", u"version-one"_s, u"a+b c"_s), presigned);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString() + QString::fromUtf8(r.body)));
    QCOMPARE(r.body, "v1 body");
    presigned.signer = &s.sigV4Presigned;
    r = s.send(s.request("GET", u"version-one"_s, u"a+b c"_s), presigned);
    QCOMPARE(r.body, "v1 body");
}

void TestSandboxAuth::wrongSecretIsRefused_data()
{
    QTest::addColumn<bool>("v4");
    QTest::newRow("SigV4") << true;
    QTest::newRow("HMAC-v1") << false;
}

void TestSandboxAuth::wrongSecretIsRefused()
{
    QFETCH(bool, v4);
    SandboxFixture s;
    QVERIFY(s.start());
    SendOptions o = s.options(v4 ? static_cast<const Signer *>(&s.sigV4) : &s.hmacV1);
    o.credentials = Credentials(SandboxFixture::credentials().accessKeyId(), "not-the-secret");
    const HttpResponse r = s.send(s.request("GET", {}), o);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.error.serviceCode(), u"SignatureDoesNotMatch"_s);
    QVERIFY(!element(r.body, "StringToSign").isEmpty());
    QCOMPARE(element(r.body, "CanonicalRequest").isEmpty(), !v4);
    QVERIFY(!element(r.body, "RequestId").isEmpty());
}

void TestSandboxAuth::unknownKeyAndAnonymous()
{
    SandboxFixture s;
    QVERIFY(s.start());
    SendOptions o = s.options(&s.sigV4);
    o.credentials = Credentials("NOSUCHKEY", "secret");
    HttpResponse r = s.send(s.request("GET", {}), o);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.error.serviceCode(), u"InvalidAccessKeyId"_s);
    o.signer = nullptr;
    r = s.send(s.request("GET", {}), o);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.error.serviceCode(), u"AccessDenied"_s);
}

void TestSandboxAuth::tamperedPresignedUrlIsRefused()
{
    SandboxFixture s;
    QVERIFY(s.start());
    QVERIFY(s.send(s.request("PUT", u"presigned"_s)).error.isOk());
    for (const char *key : {"one", "two"}) {
        HttpRequest put = s.request("PUT", u"presigned"_s, QString::fromLatin1(key));
        put.body = key;
        QVERIFY(s.send(put).error.isOk());
    }
    HttpRequest get = s.request("GET", u"presigned"_s, u"one"_s);
    SigningParams params;
    params.time = QDateTime::currentDateTimeUtc();
    params.region = u"us-east-1"_s;
    params.service = u"s3"_s;
    params.expiresSeconds = 600;
    QVERIFY(s.sigV4Presigned.sign(get, SandboxFixture::credentials(), params).isEmpty());
    SendOptions anonymous = s.options(nullptr);
    anonymous.bodyKind = SendOptions::BodyKind::Object;
    HttpResponse r = s.send(get, anonymous);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, "one");

    HttpRequest otherKey = get;
    otherKey.path = "/presigned/two";
    r = s.send(otherKey, anonymous);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.error.serviceCode(), u"SignatureDoesNotMatch"_s);

    HttpRequest longer = get;
    for (QueryItem &item : longer.query) {
        if (item.name == "X-Amz-Expires")
            item.value = "6000";
    }
    QCOMPARE(s.send(longer, anonymous).error.serviceCode(), u"SignatureDoesNotMatch"_s);

    HttpRequest expired = s.request("GET", u"presigned"_s, u"one"_s);
    params.time = QDateTime::currentDateTimeUtc().addSecs(-700);
    QVERIFY(s.sigV4Presigned.sign(expired, SandboxFixture::credentials(), params).isEmpty());
    r = s.send(expired, anonymous);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.error.serviceCode(), u"AccessDenied"_s);
}

void TestSandboxAuth::changedBodyIsRefused()
{
    SandboxFixture s;
    QVERIFY(s.start());
    QVERIFY(s.send(s.request("PUT", u"bodies"_s)).error.isOk());
    HttpRequest put = s.request("PUT", u"bodies"_s, u"k"_s);
    put.body = "the body that was signed";
    put.setHeader("Host", put.hostHeader());
    SigningParams params;
    params.time = QDateTime::currentDateTimeUtc();
    params.region = u"us-east-1"_s;
    params.service = u"s3"_s;
    QVERIFY(s.sigV4.sign(put, SandboxFixture::credentials(), params).isEmpty());
    put.body = "another body, same length!";
    const HttpResponse r = s.sendRaw(put, nullptr);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("<Code>XAmzContentSHA256Mismatch</Code>"), r.body.constData());
    QCOMPARE(s.send(s.request("HEAD", u"bodies"_s, u"k"_s)).status, 404);
}

void TestSandboxAuth::clockSkewIsRefusedThenCorrected()
{
    SandboxFixture s;
    QVERIFY(s.start());
    s.clientClock.advance(-20 * 60);
    const HttpResponse raw = s.sendRaw(s.request("GET", {}), &s.sigV4);
    QCOMPARE(raw.status, 403);
    QVERIFY(raw.body.contains("<Code>RequestTimeTooSkewed</Code>"));
    QVERIFY(!element(raw.body, "ServerTime").isEmpty());
    // The transport reads ServerTime, adopts the offset and re-signs once.
    const HttpResponse r = s.send(s.request("GET", {}));
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    const QString endpoint = u"127.0.0.1:%1"_s.arg(s.port());
    QVERIFY(qAbs(s.transport().clockSkew().offsetMs(endpoint) - 20 * 60 * 1000) < 5000);
}

void TestSandboxAuth::wrongRegionNamesTheRightOne()
{
    SandboxFixture s({u"us-east-1"_s, u"eu-west-1"_s});
    QVERIFY(s.start());
    HttpRequest create = s.request("PUT", u"european"_s);
    create.body = "<CreateBucketConfiguration><LocationConstraint>eu-west-1</LocationConstraint>"
                  "</CreateBucketConfiguration>";
    HttpResponse r = s.send(create, s.options(&s.sigV4, u"eu-west-1"_s));
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    HttpRequest location = s.request("GET", u"european"_s);
    location.addBareQuery("location");
    QCOMPARE(element(s.send(location).body, "LocationConstraint"), QByteArray());
    QVERIFY(s.send(location).body.contains(">eu-west-1</LocationConstraint>"));

    r = s.sendRaw(s.request("GET", u"european"_s), &s.sigV4, u"us-east-1"_s);
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("<Code>AuthorizationHeaderMalformed</Code>"));
    QCOMPARE(element(r.body, "Region"), "eu-west-1");
    QCOMPARE(r.header("x-amz-bucket-region"), "eu-west-1");
    // The transport follows the hint once and remembers the bucket's region.
    SendOptions o = s.options(&s.sigV4, u"us-east-1"_s);
    o.bucket = u"european"_s;
    r = s.send(s.request("GET", u"european"_s), o);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    // A LocationConstraint that contradicts the signing region is refused.
    HttpRequest contradiction = s.request("PUT", u"contradiction"_s);
    contradiction.body = create.body;
    r = s.send(contradiction, s.options(&s.sigV4, u"us-east-1"_s));
    QCOMPARE(r.error.serviceCode(), u"IllegalLocationConstraintException"_s);
}

void TestSandboxAuth::unsignedAmzHeaderIsRefused()
{
    SandboxFixture s;
    QVERIFY(s.start());
    QVERIFY(s.send(s.request("PUT", u"unsigned"_s)).error.isOk());
    HttpRequest put = s.request("PUT", u"unsigned"_s, u"k"_s);
    put.scheme = "http";
    put.port = s.port();
    put.setHeader("Host", put.hostHeader());
    put.body = "body";
    SigningParams params;
    params.time = s.clientClock.nowUtc();
    params.region = u"us-east-1"_s;
    params.service = u"s3"_s;
    QVERIFY(s.sigV4.sign(put, SandboxFixture::credentials(), params).isEmpty());
    put.setHeader("x-amz-meta-smuggled", "added after signing"); // S3 wants every x-amz-* header signed
    put.setHeader("Connection", "close");
    const HttpResponse r = s.sendRawBytes(RawHttpRequest::serializeForWire(put));
    QCOMPARE(r.status, 403);
    QCOMPARE(element(r.body, "Code"), QByteArray("AccessDenied"));
    QCOMPARE(element(r.body, "HeadersNotSigned"), QByteArray("x-amz-meta-smuggled"));
    QCOMPARE(s.send(s.request("HEAD", u"unsigned"_s, u"k"_s)).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"

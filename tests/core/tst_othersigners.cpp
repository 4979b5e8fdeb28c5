// SPDX-License-Identifier: GPL-3.0-or-later
// Query SigV2, HMAC-v1 (AWS and GOOG1) and LOW against published or independently computed values.
#include <QTest>
#include <QTimeZone>

#include "auth/credentials.h"
#include "auth/hmacv1signer.h"
#include "auth/lowauthsigner.h"
#include "auth/signerfactory.h"
#include "auth/sigv2querysigner.h"
#include "transport/httprequest.h"

using namespace Qt::StringLiterals;

namespace {

const Credentials kDoc("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

SigningParams at2013()
{
    SigningParams p;
    p.time = QDateTime(QDate(2013, 5, 24), QTime(0, 0), QTimeZone::utc());
    p.region = u"us-east-1"_s;
    p.service = u"s3"_s;
    p.expiresSeconds = 86400;
    return p;
}

HttpRequest describeInstances()
{
    HttpRequest r;
    r.method = "POST";
    r.host = "ec2.us-east-1.amazonaws.com";
    r.addForm("Action", "DescribeInstances");
    r.addForm("Version", "2016-11-15");
    return r;
}

} // namespace

class TestOtherSigners : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sigV2DescribeInstances();
    void sigV2HostWithAndWithoutPort();
    void sigV2ReplacesOldSignatureParameters();
    void hmacV1GetObject();
    void hmacV1Presign();
    void hmacV1SubresourcesAndWalrusPath();
    void hmacV1AmzDateEmptiesDateLine();
    void googleFlavour();
    void lowRefusesPlainHttp();
    void factoryNames();
};

void TestOtherSigners::sigV2DescribeInstances()
{
    // Expected value reproduced by botocore's SigV2Auth (TESTING.md §4.2).
    HttpRequest r = describeInstances();
    SigningTrace trace;
    QVERIFY(SigV2QuerySigner({}).sign(r, kDoc, at2013(), &trace).isEmpty());
    QCOMPARE(trace.stringToSign,
        QByteArray("POST\nec2.us-east-1.amazonaws.com\n/\nAWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Action="
                   "DescribeInstances&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=2013-05-24T00%"
                   "3A00%3A00Z"
                   "&Version=2016-11-15"));
    QCOMPARE(trace.signature, QByteArray("qvgJ6P2CLuZbX8ZB4RqRzhXxbQGhbUSHMXaQJ6JqIOo="));
    QVERIFY(r.formBody().endsWith("&Signature=qvgJ6P2CLuZbX8ZB4RqRzhXxbQGhbUSHMXaQJ6JqIOo%3D"));
}

void TestOtherSigners::sigV2HostWithAndWithoutPort()
{
    HttpRequest r = describeInstances();
    r.scheme = "http";
    r.host = "10.0.0.5";
    r.port = 8773;
    r.path = "/services/Eucalyptus/";
    SigV2QuerySigner::Options with;
    SigV2QuerySigner::Options without;
    without.hostForm = SigV2QuerySigner::HostForm::WithoutPort;
    without.algorithm = SigV2QuerySigner::Algorithm::HmacSHA1;
    SigningTrace a;
    SigningTrace b;
    HttpRequest r2 = r;
    QVERIFY(SigV2QuerySigner(with).sign(r, kDoc, at2013(), &a).isEmpty());
    QVERIFY(SigV2QuerySigner(without).sign(r2, kDoc, at2013(), &b).isEmpty());
    QVERIFY(a.stringToSign.startsWith("POST\n10.0.0.5:8773\n/services/Eucalyptus/\n"));
    QVERIFY(b.stringToSign.startsWith("POST\n10.0.0.5\n/services/Eucalyptus/\n"));
    QVERIFY(b.stringToSign.contains("SignatureMethod=HmacSHA1"));
    QCOMPARE(QByteArray::fromBase64(b.signature).size(), 20); // SHA-1
    QCOMPARE(QByteArray::fromBase64(a.signature).size(), 32); // SHA-256
}

void TestOtherSigners::sigV2ReplacesOldSignatureParameters()
{
    HttpRequest r = describeInstances();
    QVERIFY(SigV2QuerySigner({}).sign(r, kDoc, at2013()).isEmpty());
    const QByteArray first = r.formBody();
    QVERIFY(SigV2QuerySigner({}).sign(r, kDoc, at2013()).isEmpty()); // a retry re-signs
    QCOMPARE(r.formBody(), first);
    QCOMPARE(r.formBody().count("Signature="), 1);
}

void TestOtherSigners::hmacV1GetObject()
{
    // Both expected values reproduced by botocore's HmacV1Auth / HmacV1QueryAuth (TESTING.md §4.2).
    HttpRequest r;
    r.host = "examplebucket.s3.amazonaws.com";
    r.path = "/test.txt";
    r.resourcePath = "/examplebucket/test.txt";
    SigningTrace trace;
    QVERIFY(HmacV1Signer({}).sign(r, kDoc, at2013(), &trace).isEmpty());
    QCOMPARE(
        trace.stringToSign, QByteArray("GET\n\n\nFri, 24 May 2013 00:00:00 GMT\n/examplebucket/test.txt"));
    QCOMPARE(r.header("Authorization"), QByteArray("AWS AKIAIOSFODNN7EXAMPLE:QnMrGqNZbd/YguTr5YKhsUQB/J0="));
    QCOMPARE(r.header("Date"), QByteArray("Fri, 24 May 2013 00:00:00 GMT"));
}

void TestOtherSigners::hmacV1Presign()
{
    HttpRequest r;
    r.host = "examplebucket.s3.amazonaws.com";
    r.path = "/test.txt";
    r.resourcePath = "/examplebucket/test.txt";
    HmacV1Signer::Options o;
    o.mode = HmacV1Signer::Mode::Query;
    QVERIFY(HmacV1Signer(o).sign(r, kDoc, at2013()).isEmpty());
    QCOMPARE(r.encodedQuery(),
        QByteArray("AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1369440000&Signature=9yqNWMOTdBFkNuezE9j%"
                   "2BGyrt4Z8%3D"));
    QVERIFY(!r.hasHeader("Authorization"));
}

void TestOtherSigners::hmacV1SubresourcesAndWalrusPath()
{
    HttpRequest r;
    r.method = "POST";
    r.scheme = "http";
    r.host = "10.0.0.5";
    r.port = 8773;
    r.path = "/services/Walrus/bucket/key%20name";
    r.addBareQuery("uploads");
    r.addQuery("prefix", "not-a-subresource");
    r.addQuery("acl", "");
    r.addHeader("Content-Type", "text/plain");
    r.addHeader("X-Amz-Meta-B", " two ");
    r.addHeader("x-amz-meta-a", "one");
    r.addHeader("x-amz-meta-a", "uno\r\n  folded");
    SigningTrace trace;
    QVERIFY(HmacV1Signer({}).sign(r, kDoc, at2013(), &trace).isEmpty());
    QCOMPARE(trace.stringToSign,
        QByteArray("POST\n\ntext/plain\nFri, 24 May 2013 00:00:00 GMT\nx-amz-meta-a:one,uno folded\n"
                   "x-amz-meta-b:two\n/services/Walrus/bucket/key%20name?acl=&uploads"));
}

void TestOtherSigners::hmacV1AmzDateEmptiesDateLine()
{
    HttpRequest r;
    r.host = "s3.amazonaws.com";
    r.path = "/b/k";
    r.addHeader("x-amz-date", "Fri, 24 May 2013 00:00:00 GMT");
    SigningTrace trace;
    QVERIFY(HmacV1Signer({}).sign(r, kDoc, at2013(), &trace).isEmpty());
    QCOMPARE(trace.stringToSign, QByteArray("GET\n\n\n\nx-amz-date:Fri, 24 May 2013 00:00:00 GMT\n/b/k"));
}

void TestOtherSigners::googleFlavour()
{
    HttpRequest r;
    r.host = "storage.googleapis.com";
    r.path = "/bucket/obj";
    r.addBareQuery("websiteConfig");
    r.addHeader("x-goog-meta-x", "1");
    r.addHeader("x-amz-meta-y", "ignored by GOOG1");
    HmacV1Signer::Options o;
    o.flavor = HmacV1Signer::Flavor::Google;
    SigningTrace trace;
    QVERIFY(HmacV1Signer(o).sign(r, Credentials("GOOGKEY", "secret", "tok"), at2013(), &trace).isEmpty());
    QCOMPARE(trace.stringToSign,
        QByteArray("GET\n\n\nFri, 24 May 2013 00:00:00 GMT\nx-goog-meta-x:1\nx-goog-security-token:tok\n"
                   "/bucket/obj?websiteConfig"));
    // The signature, computed independently with OpenSSL's command line:
    //   printf '%s' "$STS" | openssl dgst -sha1 -hmac secret -binary | base64
    QCOMPARE(r.header("Authorization"), QByteArray("GOOG1 GOOGKEY:aDYzuvRKIQHIm9m3szFr4zplCWg="));

    HttpRequest q;
    q.host = "storage.googleapis.com";
    q.path = "/bucket/obj";
    o.mode = HmacV1Signer::Mode::Query;
    QVERIFY(HmacV1Signer(o).sign(q, Credentials("GOOGKEY", "secret"), at2013()).isEmpty());
    QVERIFY(q.encodedQuery().startsWith("GoogleAccessId=GOOGKEY&Expires=1369440000&Signature="));
}

void TestOtherSigners::lowRefusesPlainHttp()
{
    const Credentials creds("iakey", "iasecret");
    HttpRequest r;
    r.scheme = "http";
    r.host = "s3.us.archive.org";
    const QString problem = LowAuthSigner().sign(r, creds, at2013());
    QVERIFY(!problem.isEmpty());
    QVERIFY(!problem.contains(u"iasecret"_s));
    QVERIFY(!r.hasHeader("Authorization"));
    r.scheme = "https";
    QVERIFY(LowAuthSigner().sign(r, creds, at2013()).isEmpty());
    QCOMPARE(r.header("Authorization"), QByteArray("LOW iakey:iasecret"));
}

void TestOtherSigners::factoryNames()
{
    for (const QString &name :
        {u"v4"_s, u"v4-s3"_s, u"v2"_s, u"v2-sha1"_s, u"s3-v1"_s, u"goog-v1"_s, u"low"_s}) {
        const auto algorithm = signingAlgorithmFromName(name);
        QVERIFY(algorithm);
        QCOMPARE(signingAlgorithmName(*algorithm), name);
        SignerChoice choice;
        choice.algorithm = *algorithm;
        QVERIFY(makeSigner(choice));
    }
    QVERIFY(!signingAlgorithmFromName(u"v3"_s));
}

QTEST_GUILESS_MAIN(TestOtherSigners)
#include "tst_othersigners.moc"

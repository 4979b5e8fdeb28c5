// SPDX-License-Identifier: GPL-3.0-or-later
// "Make public" against the sandbox and against radosgw (S3Target): canned ACLs on objects and
// buckets, GET ?acl, a bucket policy opening a prefix to everyone (put, get, delete), malformed
// policies, and the anonymous requests they let through or refuse.
#include <QTest>

#include "s3target.h"
#include "sandboxxml.h"
#include "testdata.h"

using namespace Qt::StringLiterals;
using namespace SandboxXml;

namespace {

constexpr QByteArrayView kAllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";

} // namespace

class TestSharedAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cannedObjectAcls();
    void bucketAcl();
    void anonymousWritesRefused();
    void policyOpensObjects();
    void malformedPolicyIsRefused_data();
    void malformedPolicyIsRefused();

private:
    HttpResponse anonymous(const QByteArray &method, const QString &key, const QString &bucket);
    S3Target m_t;
    QString m_bucket;
};

void TestSharedAccess::initTestCase()
{
    QString why;
    QVERIFY2(m_t.start(&why), qPrintable(why));
    qInfo("target: %s", qPrintable(m_t.name()));
    m_bucket = m_t.bucket(u"acls"_s);
    QVERIFY(m_t.createBucket(m_bucket));
}

HttpResponse TestSharedAccess::anonymous(const QByteArray &method, const QString &key, const QString &bucket)
{
    HttpRequest r = m_t.request(method, bucket, key);
    if (method == "PUT")
        r.body = "anonymous";
    return m_t.anonymous(r);
}

void TestSharedAccess::cannedObjectAcls()
{
    QVERIFY(m_t.putObject(m_bucket, u"public.txt"_s, "body of public.txt", "public-read"));
    QVERIFY(m_t.putObject(m_bucket, u"private.txt"_s, "body of private.txt"));
    HttpResponse r = m_t.sendSubresource("GET", m_bucket, "acl", u"public.txt"_s);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QVERIFY(r.body.contains("<AccessControlPolicy"));
    QCOMPARE(elements(r.body, "URI"), QList<QByteArray>({kAllUsers.toByteArray()}));
    QList<QByteArray> permissions = elements(r.body, "Permission");
    std::sort(permissions.begin(), permissions.end());
    QCOMPARE(permissions, QList<QByteArray>({"FULL_CONTROL", "READ"}));
    r = m_t.sendSubresource("GET", m_bucket, "acl", u"private.txt"_s);
    QCOMPARE(elements(r.body, "Permission"), QList<QByteArray>({"FULL_CONTROL"}));
    QVERIFY(elements(r.body, "URI").isEmpty());

    r = anonymous("GET", u"public.txt"_s, m_bucket);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("body of public.txt"));
    QCOMPARE(anonymous("HEAD", u"public.txt"_s, m_bucket).status, 200);
    r = anonymous("GET", u"private.txt"_s, m_bucket);
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("<Code>AccessDenied</Code>"));
    // Not listable by everyone: no hint that the key is missing.
    QCOMPARE(anonymous("GET", u"missing.txt"_s, m_bucket).status, 403);

    // PUT ?acl with the header turns it around.
    HttpRequest acl = m_t.request("PUT", m_bucket, u"public.txt"_s);
    acl.addBareQuery("acl");
    acl.setHeader("x-amz-acl", "private");
    QVERIFY(m_t.send(acl).error.isOk());
    QCOMPARE(anonymous("GET", u"public.txt"_s, m_bucket).status, 403);
    acl.setHeader("x-amz-acl", "public-read");
    QVERIFY(m_t.send(acl).error.isOk());
    QCOMPARE(anonymous("GET", u"public.txt"_s, m_bucket).status, 200);

    // Unknown canned ACLs and the ACL of a missing key.
    acl.setHeader("x-amz-acl", "no-such-acl");
    r = m_t.send(acl);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error.serviceCode(), u"InvalidArgument"_s);
    HttpRequest everyone = m_t.request("PUT", m_bucket, u"x"_s);
    everyone.body = "x";
    everyone.setHeader("x-amz-acl", "everyone-please");
    QCOMPARE(m_t.send(everyone).error.serviceCode(), u"InvalidArgument"_s);
    QCOMPARE(m_t.sendSubresource("GET", m_bucket, "acl", u"nothing"_s).error.serviceCode(), u"NoSuchKey"_s);
}

void TestSharedAccess::bucketAcl()
{
    const QString open = m_t.bucket(u"public-bucket"_s);
    QVERIFY(m_t.createBucket(open, "public-read"));
    HttpResponse r = m_t.sendSubresource("GET", open, "acl");
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(elements(r.body, "URI"), QList<QByteArray>({kAllUsers.toByteArray()}));
    // Everyone may list it, so a missing key is a 404 for them, and a private object still a 403.
    QCOMPARE(anonymous("GET", u"missing"_s, open).status, 404);
    QVERIFY(m_t.putObject(open, u"private"_s, "p"));
    QCOMPARE(anonymous("GET", u"private"_s, open).status, 403);
    r = anonymous("GET", {}, open); // and list it
    QCOMPARE(r.status, 200);
    QCOMPARE(elements(r.body, "Key"), QList<QByteArray>({"private"}));
    QCOMPARE(anonymous("GET", {}, m_bucket).status, 403);
    r = m_t.sendSubresource("GET", m_bucket, "acl");
    QCOMPARE(elements(r.body, "Permission"), QList<QByteArray>({"FULL_CONTROL"}));
}

void TestSharedAccess::anonymousWritesRefused()
{
    QCOMPARE(anonymous("PUT", u"anon.txt"_s, m_bucket).status, 403);
    QVERIFY(m_t.putObject(m_bucket, u"keep.txt"_s, "kept"));
    QCOMPARE(anonymous("DELETE", u"keep.txt"_s, m_bucket).status, 403);
    QCOMPARE(anonymous("GET", {}, m_bucket).status, 403); // listing
    QCOMPARE(m_t.send(m_t.request("HEAD", m_bucket, u"anon.txt"_s)).status, 404);
    QCOMPARE(m_t.send(m_t.request("HEAD", m_bucket, u"keep.txt"_s)).status, 200);
}

void TestSharedAccess::policyOpensObjects()
{
    QVERIFY(m_t.putObject(m_bucket, u"pub/page.html"_s, "page"));
    QVERIFY(m_t.putObject(m_bucket, u"internal/secret.html"_s, "secret"));
    QVERIFY(m_t.putObject(m_bucket, u"pub/deep/er/page.html"_s, "deeper"));
    HttpResponse r = m_t.sendSubresource("GET", m_bucket, "policy");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error.serviceCode(), u"NoSuchBucketPolicy"_s);

    QByteArray policy = TestData::read(u"sandbox/public-read-policy.json"_s).trimmed();
    policy.replace("arn:aws:s3:::BUCKET/*", "arn:aws:s3:::" + m_bucket.toUtf8() + "/pub/*");
    r = m_t.putSubresource(m_bucket, "policy", policy);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.status, 204);
    QCOMPARE(m_t.sendSubresource("GET", m_bucket, "policy").body, policy); // as sent
    QCOMPARE(anonymous("GET", u"pub/page.html"_s, m_bucket).body, QByteArray("page"));
    QCOMPARE(anonymous("GET", u"pub/deep/er/page.html"_s, m_bucket).status, 200); // '*' crosses '/'
    QCOMPARE(anonymous("GET", u"internal/secret.html"_s, m_bucket).status, 403);
    QCOMPARE(anonymous("PUT", u"pub/new.html"_s, m_bucket).status, 403); // GetObject only
    // radosgw differs from AWS: DeleteBucketPolicy answers 200, not 204 No Content.
    QCOMPARE(m_t.sendSubresource("DELETE", m_bucket, "policy").status, m_t.isRgw() ? 200 : 204);
    QCOMPARE(anonymous("GET", u"pub/page.html"_s, m_bucket).status, 403);
    QCOMPARE(m_t.sendSubresource("GET", m_bucket, "policy").status, 404);
}

void TestSharedAccess::malformedPolicyIsRefused_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("code");    // AWS's, the sandbox's
    QTest::addColumn<QString>("rgwCode"); // radosgw 16's; empty: accepted
    QTest::newRow("not json") << QByteArray("{\"Statement\": [") << u"MalformedPolicy"_s
                              << u"InvalidArgument"_s;
    QTest::newRow("array") << QByteArray("[]") << u"MalformedPolicy"_s << u"InvalidArgument"_s;
    QTest::newRow("no statement") << QByteArray("{\"Version\":\"2012-10-17\"}") << u"MalformedPolicy"_s
                                  << QString();
    QTest::newRow("other bucket") << QByteArray(
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
        "\"Resource\":\"arn:aws:s3:::someone-else/*\"}]}")
                                  << u"MalformedPolicy"_s << QString();
    QTest::newRow("no principal") << QByteArray(
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
        "\"Resource\":\"arn:aws:s3:::BUCKET/*\"}]}")
                                  << u"MalformedPolicy"_s << QString();
    QTest::newRow("bad effect") << QByteArray(
        "{\"Statement\":[{\"Effect\":\"Maybe\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
        "\"Resource\":\"arn:aws:s3:::BUCKET/*\"}]}")
                                << u"MalformedPolicy"_s << u"InvalidArgument"_s;
    QTest::newRow("ec2 action") << QByteArray(
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"ec2:RunInstances\","
        "\"Resource\":\"arn:aws:s3:::BUCKET/*\"}]}")
                                << u"MalformedPolicy"_s << u"InvalidArgument"_s;
}

void TestSharedAccess::malformedPolicyIsRefused()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, code);
    QFETCH(QString, rgwCode);
    policy.replace("BUCKET", m_bucket.toUtf8());
    const HttpResponse r = m_t.putSubresource(m_bucket, "policy", policy);
    if (m_t.isRgw() && rgwCode.isEmpty()) {
        // radosgw is looser than AWS: it stores a policy with no Statement, with a Resource in
        // another bucket or with no Principal (AWS and the sandbox: 400 MalformedPolicy).
        QCOMPARE(r.status, 204);
        QCOMPARE(m_t.sendSubresource("DELETE", m_bucket, "policy").status, 200);
        return;
    }
    QCOMPARE(r.status, 400);
    // radosgw differs from AWS: it refuses the policies it does check with InvalidArgument (AWS and
    // the sandbox: MalformedPolicy); the data table names both.
    QCOMPARE(r.error.serviceCode(), m_t.isRgw() ? rgwCode : code);
    QCOMPARE(m_t.sendSubresource("GET", m_bucket, "policy").status, 404);
}

QTEST_GUILESS_MAIN(TestSharedAccess)
#include "tst_sharedaccess.moc"

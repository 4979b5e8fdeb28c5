// SPDX-License-Identifier: GPL-3.0-or-later
// Who may read what in the sandbox: canned ACLs on buckets and objects (x-amz-acl, PUT ?acl with a
// header or an AccessControlPolicy body), bucket policies (checked as JSON, evaluated for Principal
// "*"), PublicAccessBlock, and the anonymous requests they let through or refuse.
#include <QTest>

#include "sandboxfixture.h"
#include "sandboxxml.h"
#include "testdata.h"

using namespace Qt::StringLiterals;
using namespace SandboxXml;

namespace {

constexpr QByteArrayView kAllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";

} // namespace

class TestSandboxAcl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cannedObjectAcls();
    void putAclWithBody();
    void bucketAcl();
    void anonymousWritesRefused();
    void policyLifecycle_data();
    void policyLifecycle();
    void policyOpensObjects();
    void publicAccessBlock();

private:
    HttpResponse anonymous(const QByteArray &method, const QString &key, const QString &bucket = u"acls"_s);
    HttpResponse put(const QString &key, const QByteArray &acl, const QString &bucket = u"acls"_s);
    SandboxFixture m_s;
};

void TestSandboxAcl::initTestCase()
{
    QVERIFY(m_s.start());
    QVERIFY(m_s.send(m_s.request("PUT", u"acls"_s)).error.isOk());
}

HttpResponse TestSandboxAcl::anonymous(const QByteArray &method, const QString &key, const QString &bucket)
{
    SendOptions o = m_s.options(nullptr);
    o.bodyKind = SendOptions::BodyKind::Object;
    HttpRequest r = m_s.request(method, bucket, key);
    if (method == "PUT")
        r.body = "anonymous";
    return m_s.send(r, o);
}

HttpResponse TestSandboxAcl::put(const QString &key, const QByteArray &acl, const QString &bucket)
{
    HttpRequest r = m_s.request("PUT", bucket, key);
    r.body = "body of " + key.toUtf8();
    if (!acl.isEmpty())
        r.setHeader("x-amz-acl", acl);
    return m_s.send(r);
}

void TestSandboxAcl::cannedObjectAcls()
{
    QVERIFY(put(u"public.txt"_s, "public-read").error.isOk());
    QVERIFY(put(u"private.txt"_s, {}).error.isOk());
    HttpResponse r = m_s.sendSubresource("GET", u"acls"_s, "acl", u"public.txt"_s);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QVERIFY(r.body.contains("<AccessControlPolicy"));
    QCOMPARE(elements(r.body, "URI"), QList<QByteArray>({kAllUsers.toByteArray()}));
    QCOMPARE(elements(r.body, "Permission"), QList<QByteArray>({"FULL_CONTROL", "READ"}));
    r = m_s.sendSubresource("GET", u"acls"_s, "acl", u"private.txt"_s);
    QCOMPARE(elements(r.body, "Permission"), QList<QByteArray>({"FULL_CONTROL"}));
    QVERIFY(elements(r.body, "URI").isEmpty());

    r = anonymous("GET", u"public.txt"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("body of public.txt"));
    QCOMPARE(anonymous("HEAD", u"public.txt"_s).status, 200);
    r = anonymous("GET", u"private.txt"_s);
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("<Code>AccessDenied</Code>"));
    QCOMPARE(anonymous("GET", u"missing.txt"_s).status, 403); // not listable: no hint that it is missing

    // PUT ?acl with the header turns it around.
    HttpRequest acl = m_s.request("PUT", u"acls"_s, u"public.txt"_s);
    acl.addBareQuery("acl");
    acl.setHeader("x-amz-acl", "private");
    QVERIFY(m_s.send(acl).error.isOk());
    QCOMPARE(anonymous("GET", u"public.txt"_s).status, 403);
    acl.setHeader("x-amz-acl", "no-such-acl");
    QCOMPARE(m_s.send(acl).error.serviceCode(), u"InvalidArgument"_s);
    QCOMPARE(put(u"x"_s, "everyone-please").error.serviceCode(), u"InvalidArgument"_s);
    QCOMPARE(m_s.sendSubresource("GET", u"acls"_s, "acl", u"nothing"_s).error.serviceCode(), u"NoSuchKey"_s);
}

void TestSandboxAcl::putAclWithBody()
{
    QVERIFY(put(u"by-body.txt"_s, {}).error.isOk());
    // The document GET ?acl gives for public-read, sent back as a body.
    QVERIFY(put(u"template.txt"_s, "public-read").error.isOk());
    const QByteArray policy = m_s.sendSubresource("GET", u"acls"_s, "acl", u"template.txt"_s).body;
    QVERIFY(m_s.putSubresource(u"acls"_s, "acl", policy, u"by-body.txt"_s).error.isOk());
    QCOMPARE(anonymous("GET", u"by-body.txt"_s).status, 200);
    const HttpResponse r
        = m_s.putSubresource(u"acls"_s, "acl", "<AccessControlPolicy><Owner>", u"by-body.txt"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error.serviceCode(), u"MalformedACLError"_s);
}

void TestSandboxAcl::bucketAcl()
{
    HttpRequest create = m_s.request("PUT", u"public-bucket"_s);
    create.setHeader("x-amz-acl", "public-read");
    QVERIFY(m_s.send(create).error.isOk());
    HttpResponse r = m_s.sendSubresource("GET", u"public-bucket"_s, "acl");
    QCOMPARE(elements(r.body, "URI"), QList<QByteArray>({kAllUsers.toByteArray()}));
    // Everyone may list it, so a missing key is a 404 for them, and a private object still a 403.
    QCOMPARE(anonymous("GET", u"missing"_s, u"public-bucket"_s).status, 404);
    QVERIFY(put(u"private"_s, {}, u"public-bucket"_s).error.isOk());
    QCOMPARE(anonymous("GET", u"private"_s, u"public-bucket"_s).status, 403);
    r = anonymous("GET", {}, u"public-bucket"_s); // and list it
    QCOMPARE(r.status, 200);
    QCOMPARE(elements(r.body, "Key"), QList<QByteArray>({"private"}));
    QCOMPARE(anonymous("GET", {}, u"acls"_s).status, 403);
    r = m_s.sendSubresource("GET", u"acls"_s, "acl");
    QCOMPARE(elements(r.body, "Permission"), QList<QByteArray>({"FULL_CONTROL"}));
}

void TestSandboxAcl::anonymousWritesRefused()
{
    QCOMPARE(anonymous("PUT", u"anon.txt"_s).status, 403);
    QCOMPARE(anonymous("DELETE", u"public.txt"_s).status, 403);
    QCOMPARE(anonymous("GET", {}).status, 403);     // listing
    QCOMPARE(anonymous("GET", {}, {}).status, 403); // ListBuckets
    QCOMPARE(m_s.send(m_s.request("HEAD", u"acls"_s, u"anon.txt"_s)).status, 404);
}

void TestSandboxAcl::policyLifecycle_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("code");
    QTest::newRow("not json") << QByteArray("{\"Statement\": [") << u"MalformedPolicy"_s;
    QTest::newRow("array") << QByteArray("[]") << u"MalformedPolicy"_s;
    QTest::newRow("no statement") << QByteArray("{\"Version\":\"2012-10-17\"}") << u"MalformedPolicy"_s;
    QTest::newRow("bad effect") << QByteArray(
        "{\"Statement\":[{\"Effect\":\"Maybe\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
        "\"Resource\":\"arn:aws:s3:::acls/*\"}]}")
                                << u"MalformedPolicy"_s;
    QTest::newRow("other bucket") << QByteArray(
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
        "\"Resource\":\"arn:aws:s3:::someone-else/*\"}]}")
                                  << u"MalformedPolicy"_s;
    QTest::newRow("ec2 action") << QByteArray(
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"ec2:RunInstances\","
        "\"Resource\":\"arn:aws:s3:::acls/*\"}]}")
                                << u"MalformedPolicy"_s;
    QTest::newRow("no principal") << QByteArray(
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
        "\"Resource\":\"arn:aws:s3:::acls/*\"}]}")
                                  << u"MalformedPolicy"_s;
}

void TestSandboxAcl::policyLifecycle()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, code);
    HttpResponse r = m_s.sendSubresource("GET", u"acls"_s, "policy");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error.serviceCode(), u"NoSuchBucketPolicy"_s);
    r = m_s.putSubresource(u"acls"_s, "policy", policy);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error.serviceCode(), code);
}

void TestSandboxAcl::policyOpensObjects()
{
    QVERIFY(put(u"pub/page.html"_s, {}).error.isOk());
    QVERIFY(put(u"internal/secret.html"_s, {}).error.isOk());
    QVERIFY(put(u"pub/deep/er/page.html"_s, {}).error.isOk());
    QByteArray policy = TestData::read(u"sandbox/public-read-policy.json"_s).trimmed();
    policy.replace("arn:aws:s3:::BUCKET/*", "arn:aws:s3:::acls/pub/*");
    QCOMPARE(m_s.putSubresource(u"acls"_s, "policy", policy).status, 204);
    QCOMPARE(m_s.sendSubresource("GET", u"acls"_s, "policy").body, policy); // as sent
    QCOMPARE(anonymous("GET", u"pub/page.html"_s).status, 200);
    QCOMPARE(anonymous("GET", u"pub/deep/er/page.html"_s).status, 200); // IAM's '*' crosses '/'
    QCOMPARE(anonymous("GET", u"internal/secret.html"_s).status, 403);
    QCOMPARE(anonymous("PUT", u"pub/new.html"_s).status, 403); // GetObject only
    QCOMPARE(m_s.sendSubresource("DELETE", u"acls"_s, "policy").status, 204);
    QCOMPARE(anonymous("GET", u"pub/page.html"_s).status, 403);
    QCOMPARE(m_s.sendSubresource("GET", u"acls"_s, "policy").status, 404);
}

void TestSandboxAcl::publicAccessBlock()
{
    QVERIFY(m_s.send(m_s.request("PUT", u"blocked"_s)).error.isOk());
    HttpResponse r = m_s.sendSubresource("GET", u"blocked"_s, "publicAccessBlock");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error.serviceCode(), u"NoSuchPublicAccessBlockConfiguration"_s);
    r = m_s.putSubresource(u"blocked"_s, "publicAccessBlock", "<PublicAccessBlockConfiguration><Nonsense>");
    QCOMPARE(r.error.serviceCode(), u"MalformedXML"_s);
    QVERIFY(put(u"public"_s, "public-read", u"blocked"_s).error.isOk());
    QCOMPARE(anonymous("GET", u"public"_s, u"blocked"_s).status, 200);

    QVERIFY(m_s.putSubresource(u"blocked"_s,
                   "publicAccessBlock",
                   "<PublicAccessBlockConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                   "<BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls>"
                   "<BlockPublicPolicy>true</BlockPublicPolicy></PublicAccessBlockConfiguration>")
                .error.isOk());
    r = m_s.sendSubresource("GET", u"blocked"_s, "publicAccessBlock");
    QCOMPARE(element(r.body, "BlockPublicAcls"), QByteArray("true"));
    QCOMPARE(element(r.body, "RestrictPublicBuckets"), QByteArray("false"));
    QCOMPARE(anonymous("GET", u"public"_s, u"blocked"_s).status, 403);    // IgnorePublicAcls
    QCOMPARE(put(u"another"_s, "public-read", u"blocked"_s).status, 403); // BlockPublicAcls
    QByteArray policy = TestData::read(u"sandbox/public-read-policy.json"_s).trimmed();
    policy.replace("BUCKET", "blocked");
    QCOMPARE(m_s.putSubresource(u"blocked"_s, "policy", policy).status, 403); // BlockPublicPolicy

    QCOMPARE(m_s.sendSubresource("DELETE", u"blocked"_s, "publicAccessBlock").status, 204);
    QCOMPARE(anonymous("GET", u"public"_s, u"blocked"_s).status, 200);
    QCOMPARE(m_s.putSubresource(u"blocked"_s, "policy", policy).status, 204);
}

QTEST_GUILESS_MAIN(TestSandboxAcl)
#include "tst_sandboxacl.moc"

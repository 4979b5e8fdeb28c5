// SPDX-License-Identifier: GPL-3.0-or-later
// Who may read what in the sandbox: PUT ?acl with an AccessControlPolicy body, and PublicAccessBlock
// with the anonymous requests it refuses. Canned ACLs, bucket ACLs and bucket policies run against the
// sandbox and radosgw alike in tests/s3suites/tst_sharedaccess.cpp.
#include <QTest>

#include "sandboxfixture.h"
#include "sandboxxml.h"
#include "testdata.h"

using namespace Qt::StringLiterals;
using namespace SandboxXml;

class TestSandboxAcl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void putAclWithBody();
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

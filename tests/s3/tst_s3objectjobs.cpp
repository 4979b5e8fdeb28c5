// SPDX-License-Identifier: GPL-3.0-or-later
// S3Client's jobs against the in-process sandbox where the sandbox alone will do: a batch delete of
// 1,203 keys made straight in its store, and the CreateBucket body. The other object, bucket and
// multipart jobs run against the sandbox and radosgw alike (tests/s3suites/tst_sharedclientjobs.cpp).
#include <QTest>

#include "clouds/profilepresets.h"
#include "s3/createbucketjob.h"
#include "s3/deleteobjectsjob.h"
#include "s3/listobjectsjob.h"
#include "s3/s3client.h"
#include "s3testsupport.h"

using namespace Qt::StringLiterals;

class TestS3ObjectJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void batchDeleteOverOneThousand();
    void locationConstraintOnlyOutsideUsEast1();

private:
    S3Client &client() { return *m_client; }
    SandboxFixture m_sandbox;
    std::unique_ptr<S3Client> m_client;
};

void TestS3ObjectJobs::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_client = std::make_unique<S3Client>(
        &m_sandbox.transport(), ProfilePresets::sandbox(m_sandbox.port()), SandboxFixture::credentials());
    const auto made = runJob(client().createBucket({u"jobs"_s, {}}));
    QVERIFY2(made.error.isOk(), qPrintable(made.error.toString()));
}

void TestS3ObjectJobs::batchDeleteOverOneThousand()
{
    m_sandbox.createObjects(u"jobs"_s, 1203, u"many/"_s);
    ListObjectsRequest list;
    list.bucket = u"jobs"_s;
    list.prefix = u"many/"_s;
    QStringList keys;
    QString token;
    do {
        list.continuationToken = token;
        const auto page = runJob(client().listObjects(list));
        QVERIFY2(page.error.isOk(), qPrintable(page.error.toString()));
        for (const ObjectEntry &o : page.page.objects)
            keys.append(o.key);
        token = page.page.nextToken;
    } while (!token.isEmpty());
    QCOMPARE(keys.size(), 1203);
    const auto result = runJob(client().deleteObjects({u"jobs"_s, keys}));
    QVERIFY2(result.error.isOk(), qPrintable(result.error.toString()));
    QCOMPARE(result.outcome.deleted.size(), 1203);
    QVERIFY(result.outcome.errors.isEmpty());
    list.continuationToken.clear();
    const auto after = runJob(client().listObjects(list));
    QVERIFY(after.page.objects.isEmpty());
}

void TestS3ObjectJobs::locationConstraintOnlyOutsideUsEast1()
{
    QVERIFY(CreateBucketJob::configurationXml(u"us-east-1"_s).isEmpty());
    QVERIFY(CreateBucketJob::configurationXml({}).isEmpty());
    const QByteArray xml = CreateBucketJob::configurationXml(u"eu-west-1"_s);
    QVERIFY(xml.contains("<LocationConstraint>eu-west-1</LocationConstraint>"));
}

QTEST_GUILESS_MAIN(TestS3ObjectJobs)
#include "tst_s3objectjobs.moc"

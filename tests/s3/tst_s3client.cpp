// SPDX-License-Identifier: GPL-3.0-or-later
// S3Client's jobs against the sandbox: buckets, listing pages with prefixes and hostile keys.
#include <QSignalSpy>
#include <QTest>

#include "clouds/profilepresets.h"
#include "hostilekeys.h"
#include "s3/listbucketsjob.h"
#include "s3/listobjectsjob.h"
#include "s3/s3client.h"
#include "sandboxfixture.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

template <typename Job, typename Result> Result waitFor(Job *job)
{
    Result result;
    int count = 0;
    QObject::connect(job, &Job::finished, [&](const Result &r) {
        result = r;
        ++count;
    });
    job->start();
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(count, 1, 20000);
    }();
    return result;
}

} // namespace

class TestS3Client : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsBuckets();
    void pagesThroughAFolderTree();
    void hostileKeysListBackExactly();
    void missingBucketIsAnError();

private:
    void put(const QString &bucket, const QString &key);
    SandboxFixture m_sandbox;
    std::unique_ptr<S3Client> m_client;
};

void TestS3Client::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_client = std::make_unique<S3Client>(
        &m_sandbox.transport(), ProfilePresets::sandbox(m_sandbox.port()), SandboxFixture::credentials());
    for (const QString &bucket : {u"alpha"_s, u"tree"_s, u"tricky"_s}) {
        const HttpResponse r = m_sandbox.send(m_sandbox.request("PUT", bucket));
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    }
}

void TestS3Client::put(const QString &bucket, const QString &key)
{
    HttpRequest r = m_sandbox.request("PUT", bucket, key);
    r.body = key.toUtf8();
    const HttpResponse response = m_sandbox.send(r);
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
}

void TestS3Client::listsBuckets()
{
    const auto result = waitFor<ListBucketsJob, ListBucketsResult>(m_client->listBuckets());
    QVERIFY2(result.error.isOk(), qPrintable(result.error.toString()));
    QStringList names;
    for (const BucketEntry &b : result.list.buckets)
        names.append(b.name);
    QCOMPARE(names, (QStringList {u"alpha"_s, u"tree"_s, u"tricky"_s}));
    QVERIFY(result.list.buckets.first().created.isValid());
}

void TestS3Client::pagesThroughAFolderTree()
{
    for (int i = 0; i < 7; ++i)
        put(u"tree"_s, u"top-%1"_s.arg(i));
    for (const QString &dir : {u"a/"_s, u"b/"_s, u"c/"_s})
        put(u"tree"_s, dir + u"file"_s);
    // Pages of 3 with a delimiter: keys and prefixes together, every entry exactly once.
    QStringList seen;
    QString token;
    int pages = 0;
    do {
        ListObjectsRequest request;
        request.bucket = u"tree"_s;
        request.delimiter = u"/"_s;
        request.maxKeys = 3;
        request.continuationToken = token;
        const auto result = waitFor<ListObjectsJob, ListObjectsResult>(m_client->listObjects(request));
        QVERIFY2(result.error.isOk(), qPrintable(result.error.toString()));
        for (const ObjectEntry &o : result.page.objects)
            seen.append(o.key);
        seen += result.page.commonPrefixes;
        token = result.page.nextToken;
        QVERIFY(++pages < 10);
    } while (!token.isEmpty());
    QCOMPARE(pages, 4); // 10 entries, 3 a page
    seen.sort();
    QCOMPARE(seen,
        (QStringList {u"a/"_s,
            u"b/"_s,
            u"c/"_s,
            u"top-0"_s,
            u"top-1"_s,
            u"top-2"_s,
            u"top-3"_s,
            u"top-4"_s,
            u"top-5"_s,
            u"top-6"_s}));
}

void TestS3Client::hostileKeysListBackExactly()
{
    QStringList expected = hostileKeys();
    for (const QString &key : std::as_const(expected))
        put(u"tricky"_s, key);
    ListObjectsRequest request;
    request.bucket = u"tricky"_s;
    const auto result = waitFor<ListObjectsJob, ListObjectsResult>(m_client->listObjects(request));
    QVERIFY2(result.error.isOk(), qPrintable(result.error.toString()));
    QStringList listed;
    for (const ObjectEntry &o : result.page.objects)
        listed.append(o.key);
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        return a.toUtf8() < b.toUtf8();
    });
    QCOMPARE(listed, expected); // byte order, every key exact: control characters, NFC/NFD, "..", "a//b"
}

void TestS3Client::missingBucketIsAnError()
{
    ListObjectsRequest request;
    request.bucket = u"no-such-bucket"_s;
    const auto result = waitFor<ListObjectsJob, ListObjectsResult>(m_client->listObjects(request));
    QCOMPARE(result.error.serviceCode(), u"NoSuchBucket"_s);
    QCOMPARE(result.error.humanSentence(), u"The bucket does not exist."_s);
}

QTEST_GUILESS_MAIN(TestS3Client)
#include "tst_s3client.moc"

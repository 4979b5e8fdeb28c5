// SPDX-License-Identifier: GPL-3.0-or-later
// Website endpoints per provider and region, checked against AWS's documented examples
// (docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteEndpoints.html: us-west-2 and us-east-1 in the
// dash form, eu-central-1 and ap-south-1 in the dot form) and its endpoint table
// (docs.aws.amazon.com/general/latest/gr/s3.html#s3_website_region_endpoints).
#include <QTest>

#include "clouds/profilepresets.h"
#include "website/websiteendpoint.h"

using namespace Qt::StringLiterals;

class TestWebsiteEndpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aws_data();
    void aws();
    void awsUrlIsPlainHttp();
    void sandbox();
    void profileWebsiteEndpoint();
    void gcs();
    void otherClouds();
};

void TestWebsiteEndpoint::aws_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("host");
    // The documentation's own examples.
    QTest::newRow("doc us-west-2") << u"us-west-2"_s
                                   << u"example-bucket.s3-website-us-west-2.amazonaws.com"_s;
    QTest::newRow("doc eu-central-1")
        << u"eu-central-1"_s << u"example-bucket.s3-website.eu-central-1.amazonaws.com"_s;
    QTest::newRow("doc us-east-1") << u"us-east-1"_s
                                   << u"example-bucket.s3-website-us-east-1.amazonaws.com"_s;
    QTest::newRow("doc ap-south-1") << u"ap-south-1"_s
                                    << u"example-bucket.s3-website.ap-south-1.amazonaws.com"_s;
    // The table's other dash-form regions.
    QTest::newRow("us-west-1") << u"us-west-1"_s << u"example-bucket.s3-website-us-west-1.amazonaws.com"_s;
    QTest::newRow("eu-west-1") << u"eu-west-1"_s << u"example-bucket.s3-website-eu-west-1.amazonaws.com"_s;
    QTest::newRow("ap-southeast-1") << u"ap-southeast-1"_s
                                    << u"example-bucket.s3-website-ap-southeast-1.amazonaws.com"_s;
    QTest::newRow("ap-southeast-2") << u"ap-southeast-2"_s
                                    << u"example-bucket.s3-website-ap-southeast-2.amazonaws.com"_s;
    QTest::newRow("ap-northeast-1") << u"ap-northeast-1"_s
                                    << u"example-bucket.s3-website-ap-northeast-1.amazonaws.com"_s;
    QTest::newRow("sa-east-1") << u"sa-east-1"_s << u"example-bucket.s3-website-sa-east-1.amazonaws.com"_s;
    QTest::newRow("us-gov-west-1") << u"us-gov-west-1"_s
                                   << u"example-bucket.s3-website-us-gov-west-1.amazonaws.com"_s;
    // Dot-form regions.
    QTest::newRow("us-east-2") << u"us-east-2"_s << u"example-bucket.s3-website.us-east-2.amazonaws.com"_s;
    QTest::newRow("ca-central-1") << u"ca-central-1"_s
                                  << u"example-bucket.s3-website.ca-central-1.amazonaws.com"_s;
    QTest::newRow("eu-west-2") << u"eu-west-2"_s << u"example-bucket.s3-website.eu-west-2.amazonaws.com"_s;
    QTest::newRow("eu-north-1") << u"eu-north-1"_s << u"example-bucket.s3-website.eu-north-1.amazonaws.com"_s;
    QTest::newRow("ap-northeast-2") << u"ap-northeast-2"_s
                                    << u"example-bucket.s3-website.ap-northeast-2.amazonaws.com"_s;
    QTest::newRow("af-south-1") << u"af-south-1"_s << u"example-bucket.s3-website.af-south-1.amazonaws.com"_s;
    QTest::newRow("il-central-1") << u"il-central-1"_s
                                  << u"example-bucket.s3-website.il-central-1.amazonaws.com"_s;
    // China: the dot form under amazonaws.com.cn (boto 2 wrongly made it com.cn).
    QTest::newRow("cn-north-1") << u"cn-north-1"_s
                                << u"example-bucket.s3-website.cn-north-1.amazonaws.com.cn"_s;
    QTest::newRow("cn-northwest-1") << u"cn-northwest-1"_s
                                    << u"example-bucket.s3-website.cn-northwest-1.amazonaws.com.cn"_s;
    // Old GetBucketLocation answers.
    QTest::newRow("empty location") << QString() << u"example-bucket.s3-website-us-east-1.amazonaws.com"_s;
    QTest::newRow("US") << u"US"_s << u"example-bucket.s3-website-us-east-1.amazonaws.com"_s;
    QTest::newRow("EU") << u"EU"_s << u"example-bucket.s3-website-eu-west-1.amazonaws.com"_s;
}

void TestWebsiteEndpoint::aws()
{
    QFETCH(QString, region);
    QFETCH(QString, host);
    QCOMPARE(WebsiteEndpoint::awsHost(u"example-bucket"_s, region), host);
    const WebsiteEndpoint e = WebsiteEndpoint::forBucket(
        ProfilePresets::aws(u"us-west-2"_s), u"example-bucket"_s, region.isEmpty() ? u"us-east-1"_s : region);
    if (!region.isEmpty())
        QCOMPARE(e.host, host);
}

void TestWebsiteEndpoint::awsUrlIsPlainHttp()
{
    const WebsiteEndpoint e
        = WebsiteEndpoint::forBucket(ProfilePresets::aws(), u"www.example.com"_s, u"eu-central-1"_s);
    QVERIFY(e.isValid());
    QCOMPARE(e.url.toString(), u"http://www.example.com.s3-website.eu-central-1.amazonaws.com/"_s);
    QVERIFY(e.note.contains(u"CNAME"));
    // No region given: the profile's default.
    QCOMPARE(WebsiteEndpoint::forBucket(ProfilePresets::aws(u"sa-east-1"_s), u"b"_s, {}).host,
        u"b.s3-website-sa-east-1.amazonaws.com"_s);
}

void TestWebsiteEndpoint::sandbox()
{
    const CloudProfile p = ProfilePresets::sandbox(9000);
    const WebsiteEndpoint none = WebsiteEndpoint::forBucket(p, u"www-example"_s, {});
    QVERIFY(!none.isValid());
    QVERIFY(none.problem.contains(u"website URL"));
    const WebsiteEndpoint e = WebsiteEndpoint::forBucket(p, u"www-example"_s, {}, u"http://127.0.0.1:9001"_s);
    QVERIFY(e.isValid());
    QCOMPARE(e.url.toString(), u"http://127.0.0.1:9001/www-example/"_s);
    QCOMPARE(e.host, u"www-example.s3-website.us-east-1.localhost"_s);
}

void TestWebsiteEndpoint::profileWebsiteEndpoint()
{
    CloudProfile sandbox = ProfilePresets::sandbox(9000);
    sandbox.websiteEndpoint = u"http://127.0.0.1:9001"_s;
    const WebsiteEndpoint e = WebsiteEndpoint::forBucket(sandbox, u"www-example"_s, {});
    QVERIFY2(e.isValid(), qPrintable(e.problem));
    QCOMPARE(e.url.toString(), u"http://127.0.0.1:9001/www-example/"_s);
    // The caller's URL overrides the profile's.
    QCOMPARE(
        WebsiteEndpoint::forBucket(sandbox, u"www-example"_s, {}, u"http://127.0.0.1:7777/"_s).url.toString(),
        u"http://127.0.0.1:7777/www-example/"_s);

    CloudProfile minio = ProfilePresets::s3Compatible(u"http://minio.local:9000"_s);
    minio.websiteEndpoint = u"http://{bucket}.web.local:8080/"_s;
    QCOMPARE(WebsiteEndpoint::forBucket(minio, u"b"_s, {}).url.toString(), u"http://b.web.local:8080/"_s);
    CloudProfile euca = ProfilePresets::s3Compatible(u"http://walrus.local:8773"_s);
    euca.provider = CloudProvider::Eucalyptus;
    euca.websiteEndpoint = u"http://web.local:8080/sites"_s;
    QCOMPARE(
        WebsiteEndpoint::forBucket(euca, u"b"_s, {}).url.toString(), u"http://web.local:8080/sites/b/"_s);
    minio.websiteEndpoint = u"not a url"_s;
    QVERIFY(!WebsiteEndpoint::forBucket(minio, u"b"_s, {}).isValid());

    // AWS has its own rule: a stray profile value does not change it.
    CloudProfile aws = ProfilePresets::aws();
    aws.websiteEndpoint = u"http://elsewhere.example/"_s;
    QCOMPARE(WebsiteEndpoint::forBucket(aws, u"b"_s, u"us-west-2"_s).url.toString(),
        u"http://b.s3-website-us-west-2.amazonaws.com/"_s);
}

void TestWebsiteEndpoint::gcs()
{
    const CloudProfile p = ProfilePresets::gcs();
    const WebsiteEndpoint domain = WebsiteEndpoint::forBucket(p, u"www.example.com"_s, {});
    QCOMPARE(domain.url.toString(), u"http://www.example.com/"_s);
    QVERIFY(domain.note.contains(u"c.storage.googleapis.com"));
    const WebsiteEndpoint plain = WebsiteEndpoint::forBucket(p, u"my-site"_s, {});
    QCOMPARE(plain.url.toString(), u"https://storage.googleapis.com/my-site/"_s);
}

void TestWebsiteEndpoint::otherClouds()
{
    QVERIFY(!WebsiteEndpoint::forBucket(ProfilePresets::internetArchive(), u"item"_s, {}).isValid());
    QVERIFY(WebsiteEndpoint::forBucket(ProfilePresets::internetArchive(), u"item"_s, {})
                .problem.contains(u"Internet Archive"));
    const CloudProfile minio = ProfilePresets::s3Compatible(u"http://minio.local:9000"_s);
    QVERIFY(!WebsiteEndpoint::forBucket(minio, u"b"_s, {}).isValid());
    QCOMPARE(
        WebsiteEndpoint::forBucket(minio, u"b"_s, {}, u"http://{bucket}.web.local:8080/"_s).url.toString(),
        u"http://b.web.local:8080/"_s);
}

QTEST_GUILESS_MAIN(TestWebsiteEndpoint)
#include "tst_websiteendpoint.moc"

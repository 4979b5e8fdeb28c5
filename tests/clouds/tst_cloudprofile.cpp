// SPDX-License-Identifier: GPL-3.0-or-later
// CloudProfile, the presets against PROTOCOLS.md, bucket addressing and the environment reader.
#include <QJsonDocument>
#include <QTest>

#include "clouds/addressing.h"
#include "clouds/adhocprofile.h"
#include "clouds/cloudprofile.h"
#include "clouds/environmentcredentials.h"
#include "clouds/profilepresets.h"

using namespace Qt::StringLiterals;

class TestCloudProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void awsPresetEndpoints_data();
    void awsPresetEndpoints();
    void eucalyptusPresets();
    void otherPresets();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonRejectsUnknownValues();
    void s3Addressing_data();
    void s3Addressing();
    void ec2Request();
    void environment();
    void adHoc_data();
    void adHoc();
    void problems();
};

void TestCloudProfile::awsPresetEndpoints_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("ec2");
    QTest::addColumn<QString>("s3");
    QTest::newRow("us-east-1") << u"us-east-1"_s << u"https://ec2.us-east-1.amazonaws.com"_s
                               << u"https://s3.us-east-1.amazonaws.com"_s;
    QTest::newRow("eu-central-1") << u"eu-central-1"_s << u"https://ec2.eu-central-1.amazonaws.com"_s
                                  << u"https://s3.eu-central-1.amazonaws.com"_s;
    QTest::newRow("cn-north-1") << u"cn-north-1"_s << u"https://ec2.cn-north-1.amazonaws.com.cn"_s
                                << u"https://s3.cn-north-1.amazonaws.com.cn"_s;
    QTest::newRow("cn-northwest-1") << u"cn-northwest-1"_s << u"https://ec2.cn-northwest-1.amazonaws.com.cn"_s
                                    << u"https://s3.cn-northwest-1.amazonaws.com.cn"_s;
}

void TestCloudProfile::awsPresetEndpoints()
{
    QFETCH(QString, region);
    QFETCH(QString, ec2);
    QFETCH(QString, s3);
    const CloudProfile p = ProfilePresets::aws();
    QVERIFY(p.regions.contains(region));
    QCOMPARE(p.ec2Url(region).toString(), ec2);
    QCOMPARE(p.s3Url(region).toString(), s3);
    QCOMPARE(p.ec2Signing.algorithm, SigningAlgorithm::SigV4);
    QCOMPARE(p.s3Signing.algorithm, SigningAlgorithm::SigV4S3);
    QCOMPARE(p.addressing, BucketAddressing::Auto);
    QCOMPARE(p.defaultRegion, u"us-east-1"_s);
}

void TestCloudProfile::eucalyptusPresets()
{
    // PROTOCOLS.md §2: port 8773, plain HTTP, 3.x and 4.x service paths, SigV2 EC2, HMAC-v1 S3, path-style.
    const CloudProfile v3 = ProfilePresets::eucalyptus(u"192.168.88.101"_s, 3);
    QCOMPARE(v3.ec2Endpoint, u"http://192.168.88.101:8773/services/Eucalyptus"_s);
    QCOMPARE(v3.s3Endpoint, u"http://192.168.88.101:8773/services/Walrus"_s);
    QCOMPARE(v3.ec2Signing.algorithm, SigningAlgorithm::SigV2);
    QCOMPARE(v3.s3Signing.algorithm, SigningAlgorithm::S3V1);
    QCOMPARE(v3.addressing, BucketAddressing::Path);
    QVERIFY(!v3.ec2ApiVersion.isEmpty());
    const CloudProfile v4 = ProfilePresets::eucalyptus(u"cloud.example"_s, 4);
    QCOMPARE(v4.ec2Endpoint, u"http://cloud.example:8773/services/compute"_s);
    QCOMPARE(v4.s3Endpoint, u"http://cloud.example:8773/services/objectstorage"_s);
    QCOMPARE(v4.defaultRegion, u"eucalyptus"_s);
}

void TestCloudProfile::otherPresets()
{
    const CloudProfile gcs = ProfilePresets::gcs();
    QCOMPARE(gcs.s3Endpoint, u"https://storage.googleapis.com"_s);
    QCOMPARE(gcs.s3Signing.algorithm, SigningAlgorithm::GoogV1);
    QVERIFY(!gcs.hasEc2());
    const CloudProfile ia = ProfilePresets::internetArchive();
    QCOMPARE(ia.s3Endpoint, u"https://s3.us.archive.org"_s);
    QCOMPARE(ia.s3Signing.algorithm, SigningAlgorithm::S3V1);
    QCOMPARE(ia.addressing, BucketAddressing::Path);
    QVERIFY(!ia.hasEc2());
    const CloudProfile generic = ProfilePresets::s3Compatible(u"https://minio.example:9000"_s);
    QCOMPARE(generic.s3Signing.algorithm, SigningAlgorithm::SigV4S3);
    QCOMPARE(generic.addressing, BucketAddressing::Path);
    const CloudProfile sandbox = ProfilePresets::sandbox(48123);
    QCOMPARE(sandbox.ec2Endpoint, u"http://127.0.0.1:48123"_s);
    QCOMPARE(sandbox.s3Endpoint, sandbox.ec2Endpoint);
    QCOMPARE(sandbox.ec2Signing.algorithm, SigningAlgorithm::SigV4);
    QCOMPARE(sandbox.s3Signing.algorithm, SigningAlgorithm::SigV4S3);
}

void TestCloudProfile::jsonRoundTrip_data()
{
    QTest::addColumn<int>("provider");
    for (int i = 0; i <= int(CloudProvider::Sandbox); ++i)
        QTest::newRow(qPrintable(cloudProviderName(CloudProvider(i)))) << i;
}

void TestCloudProfile::jsonRoundTrip()
{
    QFETCH(int, provider);
    CloudProfile p = ProfilePresets::forProvider(CloudProvider(provider));
    p.name = u"my cloud"_s;
    p.credentialId = u"my cloud"_s;
    p.tls.caFile = u"/etc/ssl/private-ca.pem"_s;
    p.tls.pinnedSha256 = u"ab:cd"_s;
    p.ec2Signing.v2HostWithPort = false;
    p.s3Signing.unsignedPayload = true;
    p.websiteEndpoint = u"http://{bucket}.web.example:8080/"_s;
    QString error;
    const auto back = CloudProfile::fromJson(p.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), p.toJson());
    QCOMPARE(back->provider, p.provider);
    QCOMPARE(back->s3Endpoint, p.s3Endpoint);
    QCOMPARE(back->regions, p.regions);
    QCOMPARE(back->tls.pinnedSha256, p.tls.pinnedSha256);
    QCOMPARE(back->ec2Signing.v2HostWithPort, false);
    QCOMPARE(back->s3Signing.unsignedPayload, true);
    QCOMPARE(back->websiteEndpoint, u"http://{bucket}.web.example:8080/"_s);
    QCOMPARE(p.toJson().value(u"websiteEndpoint"_s).toString(), u"http://{bucket}.web.example:8080/"_s);
    // Optional: a profile without one has no key and reads back empty.
    p.websiteEndpoint.clear();
    QVERIFY(!p.toJson().contains(u"websiteEndpoint"_s));
    QVERIFY(CloudProfile::fromJson(p.toJson())->websiteEndpoint.isEmpty());
}

void TestCloudProfile::jsonRejectsUnknownValues()
{
    QJsonObject o = ProfilePresets::aws().toJson();
    o.insert(u"name"_s, u"x"_s);
    o.insert(u"provider"_s, u"azure"_s);
    QString error;
    QVERIFY(!CloudProfile::fromJson(o, &error));
    QVERIFY2(error.contains(u"azure"_s), qPrintable(error));
    o.insert(u"provider"_s, u"aws"_s);
    o.insert(u"s3Signing"_s, QJsonObject {{u"algorithm"_s, u"v5"_s}});
    QVERIFY(!CloudProfile::fromJson(o, &error));
    o.remove(u"name"_s);
    QVERIFY(!CloudProfile::fromJson(o, &error));
}

void TestCloudProfile::s3Addressing_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("resource");
    QTest::newRow("aws vhost") << u"aws"_s << u"photos"_s << u"a b+c.jpg"_s
                               << QByteArray("photos.s3.eu-west-1.amazonaws.com") << -1
                               << QByteArray("/a%20b%2Bc.jpg") << QByteArray("/photos/a%20b%2Bc.jpg");
    QTest::newRow("aws dotted bucket: path")
        << u"aws"_s << u"www.example.com"_s << u"index.html"_s << QByteArray("s3.eu-west-1.amazonaws.com")
        << -1 << QByteArray("/www.example.com/index.html") << QByteArray("/www.example.com/index.html");
    QTest::newRow("aws upper case: path")
        << u"aws"_s << u"OldBucket"_s << u"k"_s << QByteArray("s3.eu-west-1.amazonaws.com") << -1
        << QByteArray("/OldBucket/k") << QByteArray("/OldBucket/k");
    QTest::newRow("aws bucket root") << u"aws"_s << u"photos"_s << QString()
                                     << QByteArray("photos.s3.eu-west-1.amazonaws.com") << -1
                                     << QByteArray("/") << QByteArray("/photos/");
    QTest::newRow("aws list buckets")
        << u"aws"_s << QString() << QString() << QByteArray("s3.eu-west-1.amazonaws.com") << -1
        << QByteArray("/") << QByteArray("/");
    QTest::newRow("walrus") << u"euca3"_s << u"b1"_s << u"dir//x/../y"_s << QByteArray("192.168.88.101")
                            << 8773 << QByteArray("/services/Walrus/b1/dir//x/../y")
                            << QByteArray("/services/Walrus/b1/dir//x/../y");
    QTest::newRow("walrus list buckets")
        << u"euca3"_s << QString() << QString() << QByteArray("192.168.88.101") << 8773
        << QByteArray("/services/Walrus/") << QByteArray("/services/Walrus/");
    QTest::newRow("objectstorage bucket")
        << u"euca4"_s << u"b1"_s << QString() << QByteArray("cloud.example") << 8773
        << QByteArray("/services/objectstorage/b1/") << QByteArray("/services/objectstorage/b1/");
    QTest::newRow("archive item") << u"ia"_s << u"my-item"_s << u"file.txt"_s
                                  << QByteArray("s3.us.archive.org") << -1 << QByteArray("/my-item/file.txt")
                                  << QByteArray("/my-item/file.txt");
    QTest::newRow("gcs vhost") << u"gcs"_s << u"bucket-1"_s << u"o"_s
                               << QByteArray("bucket-1.storage.googleapis.com") << -1 << QByteArray("/o")
                               << QByteArray("/bucket-1/o");
    QTest::newRow("sandbox auto: IP and port give path")
        << u"sandbox-auto"_s << u"bucket-1"_s << u"o"_s << QByteArray("127.0.0.1") << 48123
        << QByteArray("/bucket-1/o") << QByteArray("/bucket-1/o");
    QTest::newRow("custom port auto: path")
        << u"minio-auto"_s << u"bucket-1"_s << u"o"_s << QByteArray("minio.example") << 9000
        << QByteArray("/bucket-1/o") << QByteArray("/bucket-1/o");
    QTest::newRow("explicit vhost, dotted")
        << u"minio-vhost"_s << u"a.b.c"_s << u"o"_s << QByteArray("a.b.c.minio.example") << 9000
        << QByteArray("/o") << QByteArray("/a.b.c/o");
}

void TestCloudProfile::s3Addressing()
{
    QFETCH(QString, profile);
    QFETCH(QString, bucket);
    QFETCH(QString, key);
    QFETCH(QByteArray, host);
    QFETCH(int, port);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, resource);
    CloudProfile p;
    if (profile == u"aws"_s) {
        p = ProfilePresets::aws(u"eu-west-1"_s);
    } else if (profile == u"euca3"_s) {
        p = ProfilePresets::eucalyptus(u"192.168.88.101"_s, 3);
    } else if (profile == u"euca4"_s) {
        p = ProfilePresets::eucalyptus(u"cloud.example"_s, 4);
    } else if (profile == u"ia"_s) {
        p = ProfilePresets::internetArchive();
    } else if (profile == u"gcs"_s) {
        p = ProfilePresets::gcs();
    } else if (profile == u"sandbox-auto"_s) {
        p = ProfilePresets::sandbox(48123);
        p.addressing = BucketAddressing::Auto;
    } else {
        p = ProfilePresets::s3Compatible(u"https://minio.example:9000"_s);
        p.addressing = profile == u"minio-auto"_s ? BucketAddressing::Auto : BucketAddressing::VirtualHost;
    }
    const HttpRequest r = Addressing::s3Request(p, {}, bucket, key);
    QCOMPARE(r.host, host);
    QCOMPARE(r.port, port);
    QCOMPARE(r.path, path);
    QCOMPARE(r.resourcePath, resource);
}

void TestCloudProfile::ec2Request()
{
    // boto signs and sends the Eucalyptus query to the service path with a trailing slash (§2).
    const HttpRequest euca
        = Addressing::ec2Request(ProfilePresets::eucalyptus(u"10.0.0.5"_s, 3), {}, "DescribeRegions");
    QCOMPARE(euca.scheme, QByteArray("http"));
    QCOMPARE(euca.host, QByteArray("10.0.0.5"));
    QCOMPARE(euca.port, 8773);
    QCOMPARE(euca.path, QByteArray("/services/Eucalyptus/"));
    QCOMPARE(euca.method, QByteArray("POST"));
    QCOMPARE(euca.formBody(), QByteArray("Action=DescribeRegions&Version=2013-02-01"));
    const HttpRequest aws
        = Addressing::ec2Request(ProfilePresets::aws(), u"ap-south-1"_s, "DescribeInstances");
    QCOMPARE(aws.host, QByteArray("ec2.ap-south-1.amazonaws.com"));
    QCOMPARE(aws.path, QByteArray("/"));
    QCOMPARE(aws.port, -1);
}

void TestCloudProfile::environment()
{
    QProcessEnvironment env;
    env.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIAENVEXAMPLE"_s);
    env.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"CANARYenvSECRET"_s);
    env.insert(u"AWS_SESSION_TOKEN"_s, u"tok"_s);
    env.insert(u"AWS_PROFILE"_s, u"dev"_s);
    env.insert(u"AWS_DEFAULT_REGION"_s, u"eu-west-2"_s);
    env.insert(u"AWS_ENDPOINT_URL"_s, u"http://127.0.0.1:9000"_s);
    env.insert(u"AWS_ENDPOINT_URL_EC2"_s, u"http://127.0.0.1:9001"_s);
    const EnvironmentCredentials e = EnvironmentCredentials::read(env);
    QVERIFY(e.hasKeys());
    QCOMPARE(e.credentials().accessKeyId(), QByteArray("AKIAENVEXAMPLE"));
    QVERIFY(e.credentials().secretKey() == QByteArrayView("CANARYenvSECRET"));
    QCOMPARE(e.credentials().sessionToken(), QByteArray("tok"));
    QCOMPARE(e.profileName(), u"dev"_s);
    QCOMPARE(e.region(), u"eu-west-2"_s);
    QCOMPARE(e.s3EndpointUrl(), u"http://127.0.0.1:9000"_s);
    QCOMPARE(e.ec2EndpointUrl(), u"http://127.0.0.1:9001"_s);
    QVERIFY(e.problem().isEmpty());

    env.insert(u"AWS_REGION"_s, u"us-west-1"_s); // AWS_REGION wins over AWS_DEFAULT_REGION
    env.remove(u"AWS_SECRET_ACCESS_KEY"_s);
    const EnvironmentCredentials partial = EnvironmentCredentials::read(env);
    QVERIFY(!partial.hasKeys());
    QCOMPARE(partial.region(), u"us-west-1"_s);
    QVERIFY(partial.problem().contains(u"AWS_SECRET_ACCESS_KEY"_s));
}

void TestCloudProfile::adHoc_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("ec2");
    QTest::addColumn<QString>("s3");
    QTest::addColumn<QString>("error");
    QTest::newRow("sandbox: one URL for both")
        << u"sandbox"_s << u"http://127.0.0.1:48123"_s << QString() << u"http://127.0.0.1:48123"_s
        << u"http://127.0.0.1:48123"_s << QString();
    QTest::newRow("eucalyptus host") << u"eucalyptus"_s << u"http://10.0.0.5"_s << QString()
                                     << u"http://10.0.0.5:8773/services/compute"_s
                                     << u"http://10.0.0.5:8773/services/objectstorage"_s << QString();
    QTest::newRow("eucalyptus 3.x EC2_URL")
        << u"eucalyptus"_s << u"http://10.0.0.5:8773/services/Eucalyptus"_s << QString()
        << u"http://10.0.0.5:8773/services/Eucalyptus"_s << u"http://10.0.0.5:8773/services/Walrus"_s
        << QString();
    QTest::newRow("aws region") << u"aws"_s << QString() << u"ap-northeast-3"_s
                                << u"https://ec2.ap-northeast-3.amazonaws.com"_s
                                << u"https://s3.ap-northeast-3.amazonaws.com"_s << QString();
    QTest::newRow("minio") << u"s3-compatible"_s << u"https://minio.example:9000"_s << u"eu-1"_s << QString()
                           << u"https://minio.example:9000"_s << QString();
    QTest::newRow("s3-compatible without URL")
        << u"s3-compatible"_s << QString() << QString() << QString() << QString() << u"needs its URL"_s;
    QTest::newRow("not a URL") << u"sandbox"_s << u"ftp://127.0.0.1"_s << QString() << QString() << QString()
                               << u"not an http"_s;
}

void TestCloudProfile::adHoc()
{
    QFETCH(QString, provider);
    QFETCH(QString, url);
    QFETCH(QString, region);
    QFETCH(QString, ec2);
    QFETCH(QString, s3);
    QFETCH(QString, error);
    QString message;
    const auto p = AdHocProfile::make(*cloudProviderFromName(provider), url, region, &message);
    if (!error.isEmpty()) {
        QVERIFY(!p);
        QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    QVERIFY2(p, qPrintable(message));
    QCOMPARE(p->hasEc2() ? p->ec2Url().toString() : QString(), ec2);
    QCOMPARE(p->s3Url().toString(), s3);
    if (!region.isEmpty())
        QCOMPARE(p->defaultRegion, region);
}

void TestCloudProfile::problems()
{
    for (int i = 0; i <= int(CloudProvider::Sandbox); ++i) {
        CloudProfile p = ProfilePresets::forProvider(CloudProvider(i));
        p.name = u"x"_s;
        QVERIFY2(p.problems().isEmpty(), qPrintable(p.problems().join(u' ')));
    }
    CloudProfile ia = ProfilePresets::internetArchive();
    ia.name = u"ia"_s;
    ia.s3Signing.algorithm = SigningAlgorithm::Low;
    QVERIFY(ia.problems().isEmpty());
    ia.s3Endpoint = u"http://s3.us.archive.org"_s;
    QCOMPARE(ia.problems().size(), 1);
    QVERIFY(ia.problems().first().contains(u"LOW"_s));

    CloudProfile bad = ProfilePresets::sandbox(1);
    bad.s3Endpoint = u"ftp://x"_s;
    bad.defaultRegion = u"mars-1"_s;
    bad.tls.pinnedSha256 = u"ab:cd"_s;
    QCOMPARE(bad.problems().size(), 4); // no name, URL, region, pin
    bad.tls.pinnedSha256 = QString(64, u'a');
    QCOMPARE(bad.problems().size(), 3);
}

QTEST_GUILESS_MAIN(TestCloudProfile)
#include "tst_cloudprofile.moc"

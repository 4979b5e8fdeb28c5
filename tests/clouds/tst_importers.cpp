// SPDX-License-Identifier: GPL-3.0-or-later
// The importers on realistic fixture files (tests/data/clouds), every variant and broken files.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "clouds/awsconfigimporter.h"
#include "clouds/awscredentialchain.h"
#include "clouds/botoimporter.h"
#include "clouds/environmentcredentials.h"
#include "clouds/eucarcimporter.h"
#include "clouds/inifile.h"
#include "clouds/s3cfgimporter.h"
#include "testdata.h"

using namespace Qt::StringLiterals;

namespace {

// Fixture secrets, named so that a failing check prints the name, never the value.
constexpr char kFixtureSecret1[] = "CANARYawsDefaultSECRETwJalrXUtnFEMI0001";
constexpr char kFixtureSecret2[] = "CANARYawsDevTOKEN";
constexpr char kFixtureSecret3[] = "CANARYminioSECRETminioadmin0003";
constexpr char kFixtureSecret4[] = "CANARYeucaSECRETfromCONFIG0004";
constexpr char kFixtureSecret6[] = "CANARYbotoUserSECRET0011";
constexpr char kFixtureSecret7[] = "CANARYbotoEucaSECRET0012";
constexpr char kFixtureSecret8[] = "CANARYbotoIaSECRET0014";
constexpr char kFixtureSecret9[] = "CANARYeuca3SECRETx8Rm2QdYvA0020";
constexpr char kFixtureSecret10[] = "CANARYeuca4SECRETp9Lk3ZwTq0021";
constexpr char kFixtureSecret11[] = "CANARYeuca4dnsSECRET0022";
constexpr char kFixtureSecret12[] = "CANARYeucaIamrcSECRET0023";

QString fixture(const QString &relative)
{
    return TestData::path(u"clouds/"_s + relative);
}

const ImportedProfile *byName(const ImportResult &result, const QString &name)
{
    for (const ImportedProfile &p : result.profiles) {
        if (p.profile.name == name)
            return &p;
    }
    return nullptr;
}

ImportResult importAws(const QString &credentials, const QString &config)
{
    return AwsConfigImporter::importFiles({fixture(credentials), fixture(config)});
}

// Compares secrets without ever printing them.
bool secretIs(const ImportedProfile *p, QByteArrayView expected)
{
    return p && p->credentials.isValid() && p->credentials.secretKey() == expected;
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void iniNestedBlocksAndContinuations();
    void awsProfiles();
    void awsLocateHonoursEnvironment();
    void broken_data();
    void broken();
    void botoOnePerCloud();
    void botoSecureAndPort();
    void botoLocate();
    void eucarc3();
    void eucarc4();
    void eucarc4Dns();
    void eucarcKeysFromIamrc();
    void s3cfg_data();
    void s3cfg();
    void s3cfgChecksOffOverHttps();
    void reimportIsStable();
    void awsChain_data();
    void awsChain();
};

void TestImporters::iniNestedBlocksAndContinuations()
{
    QString error;
    int line = 0;
    const auto ini = IniFile::parse(
        "[a]\nS3 =\n  addressing_style = path\nkey = one\n  two\n; c\n# c\n", u"f"_s, true, &error, &line);
    QVERIFY2(ini, qPrintable(error));
    const IniFile::Section *a = ini->section(u"a"_s);
    QVERIFY(a);
    QCOMPARE(a->value(u"s3.addressing_style"_s), QByteArray("path"));
    QCOMPARE(a->value(u"key"_s), QByteArray("one\ntwo"));
    QCOMPARE(a->entry(u"key"_s)->line, 4);
}

void TestImporters::awsProfiles()
{
    const ImportResult r = importAws(u"aws/credentials"_s, u"aws/config"_s);
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QStringList names;
    for (const ImportedProfile &p : r.profiles)
        names << p.profile.name;
    QCOMPARE(names,
        (QStringList {u"aws:default"_s,
            u"aws:dev"_s,
            u"aws:minio"_s,
            u"aws:euca"_s,
            u"aws:admin-role"_s,
            u"aws:corp-sso"_s}));

    const ImportedProfile *def = byName(r, u"aws:default"_s);
    QCOMPARE(def->profile.provider, CloudProvider::Aws);
    QCOMPARE(def->profile.defaultRegion, u"eu-west-1"_s);
    QCOMPARE(def->profile.s3Url().toString(), u"https://s3.eu-west-1.amazonaws.com"_s);
    QCOMPARE(def->profile.credentialId, u"aws:default"_s);
    QCOMPARE(def->credentials.accessKeyId(), QByteArray("AKIADEFAULTEXAMPLE01"));
    QVERIFY(secretIs(def, kFixtureSecret1));

    const ImportedProfile *dev = byName(r, u"aws:dev"_s);
    QCOMPARE(dev->profile.defaultRegion, u"us-west-2"_s);
    QCOMPARE(dev->profile.addressing, BucketAddressing::Path);
    QCOMPARE(dev->profile.s3Signing.algorithm, SigningAlgorithm::SigV4S3);
    QVERIFY(dev->credentials.sessionToken().startsWith(kFixtureSecret2));

    const ImportedProfile *minio = byName(r, u"aws:minio"_s);
    QCOMPARE(minio->profile.provider, CloudProvider::S3Compatible);
    QCOMPARE(minio->profile.s3Endpoint, u"http://127.0.0.1:9000"_s);
    QVERIFY(secretIs(minio, kFixtureSecret3));

    const ImportedProfile *euca = byName(r, u"aws:euca"_s);
    QCOMPARE(euca->profile.s3Endpoint, u"http://10.1.2.3:8773/services/objectstorage"_s);
    QCOMPARE(euca->profile.ec2Endpoint, u"http://10.1.2.3:8773/services/compute"_s);
    QCOMPARE(euca->profile.defaultRegion, u"eucalyptus"_s);
    QVERIFY(secretIs(euca, kFixtureSecret4)); // keys may sit in the config file

    const ImportedProfile *role = byName(r, u"aws:admin-role"_s);
    QVERIFY(!role->credentials.isValid());
    QCOMPARE(role->profile.defaultRegion, u"eu-central-1"_s);
    QVERIFY(!byName(r, u"aws:legacy"_s)); // [legacy] in the config file is not a profile
    const QString warnings = r.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"[legacy] is ignored"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"role_arn"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"sso_session"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(fixture(u"aws/config"_s) + u":42"_s), qPrintable(warnings));
}

void TestImporters::awsLocateHonoursEnvironment()
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, u"/home/u"_s);
    AwsConfigImporter::Files files = AwsConfigImporter::locate(env);
    QCOMPARE(files.credentialsPath, u"/home/u/.aws/credentials"_s);
    QCOMPARE(files.configPath, u"/home/u/.aws/config"_s);
    env.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, u"~/keys/creds"_s);
    env.insert(u"AWS_CONFIG_FILE"_s, u"/etc/aws-config"_s);
    files = AwsConfigImporter::locate(env);
    QCOMPARE(files.credentialsPath, u"/home/u/keys/creds"_s);
    QCOMPARE(files.configPath, u"/etc/aws-config"_s);
}

void TestImporters::broken_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("words");
    QTest::newRow("aws half a key pair")
        << u"aws-credentials"_s << u"aws/broken-partial-credentials"_s << 6 << u"only one of"_s;
    QTest::newRow("aws garbage line")
        << u"aws-config"_s << u"aws/broken-garbage-config"_s << 6 << u"expected '[section]'"_s;
    QTest::newRow("aws duplicate section")
        << u"aws-credentials"_s << u"aws/broken-duplicate-credentials"_s << 7 << u"appears twice"_s;
    QTest::newRow("aws missing services")
        << u"aws-config"_s << u"aws/broken-missing-services-config"_s << 3 << u"missing [services nowhere]"_s;
    QTest::newRow("aws key before section")
        << u"aws-credentials"_s << u"aws/broken-before-section"_s << 2 << u"before the first"_s;
    QTest::newRow("boto half euca") << u"boto"_s << u"boto/broken-half-euca"_s << 4 << u"together"_s;
    QTest::newRow("boto is_secure") << u"boto"_s << u"boto/broken-is-secure"_s << 6 << u"is_secure"_s;
    QTest::newRow("boto header") << u"boto"_s << u"boto/broken-header"_s << 1 << u"must end with ']'"_s;
    QTest::newRow("eucarc quote") << u"eucarc"_s << u"eucarc/broken-quote/eucarc"_s << 5 << u"quote"_s;
    QTest::newRow("eucarc command") << u"eucarc"_s << u"eucarc/broken-command/eucarc"_s << 3
                                    << u"export NAME=value"_s;
    QTest::newRow("eucarc no URL") << u"eucarc"_s << u"eucarc/empty/eucarc"_s << 0 << u"EC2_URL"_s;
    QTest::newRow("s3cfg no secret") << u"s3cfg"_s << u"s3cfg/broken-no-secret.s3cfg"_s << 4 << u"together"_s;
    QTest::newRow("s3cfg use_https") << u"s3cfg"_s << u"s3cfg/broken-use-https.s3cfg"_s << 5
                                     << u"use_https"_s;
}

void TestImporters::broken()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, words);
    ImportResult r;
    if (kind == u"aws-credentials"_s)
        r = importAws(file, u"aws/empty"_s);
    else if (kind == u"aws-config"_s)
        r = importAws(u"aws/empty"_s, file);
    else if (kind == u"boto"_s)
        r = BotoImporter::importFiles({fixture(file)});
    else if (kind == u"eucarc"_s)
        r = EucarcImporter::importFile(fixture(file));
    else
        r = S3cfgImporter::importFile(fixture(file));
    QVERIFY(!r.isOk());
    QVERIFY(r.profiles.isEmpty()); // nothing half-way
    const QString where
        = line > 0 ? fixture(file) + u':' + QString::number(line) + u": "_s : fixture(file) + u": "_s;
    QVERIFY2(r.error.startsWith(where), qPrintable(r.error));
    QVERIFY2(r.error.contains(words), qPrintable(r.error));
    QVERIFY2(!r.error.contains(u"CANARY"_s), "a secret reached an error message");
}

void TestImporters::botoOnePerCloud()
{
    const ImportResult r
        = BotoImporter::importFiles({fixture(u"boto/boto.cfg"_s), fixture(u"boto/dot-boto"_s)});
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.profiles.size(), 4);
    const ImportedProfile *aws = byName(r, u"boto:aws"_s);
    QVERIFY(aws);
    QCOMPARE(aws->credentials.accessKeyId(), QByteArray("AKIAUSEREXAMPLE00011")); // ~/.boto wins
    QVERIFY(secretIs(aws, kFixtureSecret6));
    QCOMPARE(aws->profile.ec2ApiVersion, u"2013-02-01"_s);
    // https_validate_certificates = False is reported, not applied: checks stay on (pinning instead).
    const QString warnings = r.warnings.join(u'\n');
    QVERIFY2(warnings.contains(
                 fixture(u"boto/dot-boto"_s) + u":15: https_validate_certificates = False is not applied"_s),
        qPrintable(warnings));

    const ImportedProfile *euca = byName(r, u"boto:eucalyptus"_s);
    QVERIFY(euca);
    QCOMPARE(euca->profile.provider, CloudProvider::Eucalyptus);
    QCOMPARE(euca->profile.ec2Endpoint, u"http://192.168.88.101:8773/services/Eucalyptus"_s);
    QCOMPARE(euca->profile.s3Endpoint, u"http://192.168.88.101:8773/services/Walrus"_s);
    QCOMPARE(euca->profile.ec2Signing.algorithm, SigningAlgorithm::SigV2);
    QCOMPARE(euca->profile.s3Signing.algorithm, SigningAlgorithm::S3V1);
    QCOMPARE(euca->profile.ec2ApiVersion, u"2013-02-01"_s);
    QVERIFY(secretIs(euca, kFixtureSecret7));

    const ImportedProfile *gcs = byName(r, u"boto:gcs"_s);
    QVERIFY(gcs);
    QCOMPARE(gcs->profile.s3Endpoint, u"https://storage.googleapis.com"_s);
    QCOMPARE(gcs->profile.s3Signing.algorithm, SigningAlgorithm::GoogV1);
    const ImportedProfile *ia = byName(r, u"boto:internet-archive"_s);
    QVERIFY(ia);
    QCOMPARE(ia->profile.s3Endpoint, u"https://s3.us.archive.org"_s);
    QVERIFY(secretIs(ia, kFixtureSecret8));
}

void TestImporters::botoSecureAndPort()
{
    const ImportResult r = BotoImporter::importFiles({fixture(u"boto/secure-only"_s)});
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.profiles.size(), 1);
    QCOMPARE(r.profiles.first().profile.ec2Endpoint, u"https://cloud.example.org:8443/services/Eucalyptus"_s);
    QVERIFY(!r.profiles.first().profile.hasS3()); // no walrus_host
}

void TestImporters::botoLocate()
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, u"/home/u"_s);
    QCOMPARE(BotoImporter::locate(env), (QStringList {u"/etc/boto.cfg"_s, u"/home/u/.boto"_s}));
    env.insert(u"BOTO_PATH"_s, u"/a.cfg:~/b.cfg"_s);
    QCOMPARE(BotoImporter::locate(env), (QStringList {u"/a.cfg"_s, u"/home/u/b.cfg"_s}));
    env.insert(u"BOTO_CONFIG"_s, u"/only.cfg"_s);
    QCOMPARE(BotoImporter::locate(env), QStringList {u"/only.cfg"_s});
}

void TestImporters::eucarc3()
{
    const QString path = fixture(u"eucarc/euca3-admin/eucarc"_s);
    const ImportResult r = EucarcImporter::importFile(path);
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.profiles.size(), 1);
    const CloudProfile &p = r.profiles.first().profile;
    QCOMPARE(p.name, u"eucarc:euca3-admin"_s);
    QCOMPARE(p.provider, CloudProvider::Eucalyptus);
    QCOMPARE(p.ec2Endpoint, u"http://192.168.88.101:8773/services/Eucalyptus"_s);
    QCOMPARE(p.s3Endpoint, u"http://192.168.88.101:8773/services/Walrus"_s);
    QCOMPARE(p.tls.caFile, QFileInfo(path).absolutePath() + u"/cloud-cert.pem"_s); // ${EUCA_KEY_DIR}
    QCOMPARE(r.profiles.first().credentials.accessKeyId(), QByteArray("AKIEUCA3EXAMPLE00020"));
    QVERIFY(secretIs(&r.profiles.first(), kFixtureSecret9)); // quotes removed
}

void TestImporters::eucarc4()
{
    const QString path = fixture(u"eucarc/euca4-admin/eucarc"_s);
    const ImportResult r = EucarcImporter::importFile(path);
    QVERIFY2(r.isOk(), qPrintable(r.error));
    const CloudProfile &p = r.profiles.first().profile;
    QCOMPARE(p.ec2Endpoint, u"https://cloud.example.org:8773/services/compute"_s);
    QCOMPARE(p.s3Endpoint, u"https://cloud.example.org:8773/services/objectstorage"_s);
    QCOMPARE(p.tls.caFile, QFileInfo(path).absolutePath() + u"/cloud-cert.pem"_s);
    QCOMPARE(r.profiles.first().credentials.accessKeyId(), QByteArray("AKIEUCA4EXAMPLE00021"));
    QVERIFY(secretIs(&r.profiles.first(), kFixtureSecret10));
}

void TestImporters::eucarc4Dns()
{
    const ImportResult r = EucarcImporter::importFile(fixture(u"eucarc/euca4-dns/eucarc"_s));
    QVERIFY2(r.isOk(), qPrintable(r.error));
    const CloudProfile &p = r.profiles.first().profile;
    QCOMPARE(p.ec2Endpoint, u"http://compute.cloud.example.org:8773/"_s);
    QCOMPARE(p.s3Endpoint, u"http://objectstorage.cloud.example.org:8773/"_s);
    QCOMPARE(p.addressing, BucketAddressing::Path);
    QVERIFY(secretIs(&r.profiles.first(), kFixtureSecret11));
}

void TestImporters::eucarcKeysFromIamrc()
{
    const ImportResult r = EucarcImporter::importFile(fixture(u"eucarc/euca3-iamrc/eucarc"_s));
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.profiles.first().profile.ec2Endpoint, u"http://192.168.88.102:8773/services/Eucalyptus"_s);
    QCOMPARE(r.profiles.first().credentials.accessKeyId(), QByteArray("AKIEUCAIAMRCEXAMPLE23"));
    QVERIFY(secretIs(&r.profiles.first(), kFixtureSecret12));
    QVERIFY(r.warnings.isEmpty());
}

void TestImporters::s3cfg_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<CloudProvider>("provider");
    QTest::addColumn<QString>("s3Endpoint");
    QTest::addColumn<QString>("region");
    QTest::addColumn<BucketAddressing>("addressing");
    QTest::addColumn<SigningAlgorithm>("signing");
    QTest::addColumn<bool>("checksOffWarning"); // check_ssl_certificate = False over https
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("aws") << u"aws.s3cfg"_s << CloudProvider::Aws << u"https://s3.eu-west-1.amazonaws.com"_s
                         << u"eu-west-1"_s << BucketAddressing::Auto << SigningAlgorithm::SigV4S3 << false
                         << QByteArray("CANARYs3cmdAwsSECRETz2Hq8Nn0030");
    QTest::newRow("minio") << u"minio.s3cfg"_s << CloudProvider::S3Compatible << u"http://localhost:9000"_s
                           << u"us-east-1"_s << BucketAddressing::Path << SigningAlgorithm::SigV4S3
                           << false // http: nothing to check
                           << QByteArray("CANARYs3cmdMinioSECRET0031");
    QTest::newRow("gcs") << u"gcs.s3cfg"_s << CloudProvider::Gcs << u"https://storage.googleapis.com"_s
                         << u"auto"_s << BucketAddressing::Auto << SigningAlgorithm::GoogV1 << false
                         << QByteArray("CANARYs3cmdGcsSECRET0032");
    QTest::newRow("ia") << u"ia.s3cfg"_s << CloudProvider::InternetArchive << u"https://s3.us.archive.org"_s
                        << u"us-east-1"_s << BucketAddressing::Path << SigningAlgorithm::S3V1 << false
                        << QByteArray("CANARYs3cmdIaSECRET0033");
}

void TestImporters::s3cfg()
{
    QFETCH(QString, file);
    QFETCH(CloudProvider, provider);
    QFETCH(QString, s3Endpoint);
    QFETCH(QString, region);
    QFETCH(BucketAddressing, addressing);
    QFETCH(SigningAlgorithm, signing);
    QFETCH(bool, checksOffWarning);
    QFETCH(QByteArray, secret);
    const ImportResult r = S3cfgImporter::importFile(fixture(u"s3cfg/"_s + file));
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.profiles.size(), 1);
    const CloudProfile &p = r.profiles.first().profile;
    QCOMPARE(p.name, u"s3cfg:default"_s);
    QCOMPARE(p.provider, provider);
    QCOMPARE(p.s3Url().toString(), s3Endpoint);
    QCOMPARE(p.defaultRegion, region);
    QCOMPARE(p.addressing, addressing);
    QCOMPARE(p.s3Signing.algorithm, signing);
    QCOMPARE(
        r.warnings.join(u' ').contains(u"check_ssl_certificate = False is not applied"_s), checksOffWarning);
    QVERIFY(secretIs(&r.profiles.first(), secret));
}

void TestImporters::s3cfgChecksOffOverHttps()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"s3cfg"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[default]\naccess_key = AKIDSELFSIGNED\nsecret_key = CANARYselfSignedSECRET\n"
               "host_base = euca.example.lan:8773\nhost_bucket = euca.example.lan:8773\n"
               "use_https = True\ncheck_ssl_certificate = False\n");
    file.close();
    const ImportResult r = S3cfgImporter::importFile(path);
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.profiles.size(), 1); // imported all the same: the first connection offers the pin
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.first().startsWith(path + u":7: check_ssl_certificate = False is not applied"_s),
        qPrintable(r.warnings.first()));
    QVERIFY(!r.warnings.first().contains(u"CANARY"_s));
}

void TestImporters::reimportIsStable()
{
    const ImportResult a = importAws(u"aws/credentials"_s, u"aws/config"_s);
    const ImportResult b = importAws(u"aws/credentials"_s, u"aws/config"_s);
    QCOMPARE(a.profiles.size(), b.profiles.size());
    for (qsizetype i = 0; i < a.profiles.size(); ++i) {
        QCOMPARE(a.profiles.at(i).profile.name, b.profiles.at(i).profile.name);
        QCOMPARE(a.profiles.at(i).profile.credentialId, b.profiles.at(i).profile.credentialId);
        QCOMPARE(a.profiles.at(i).profile.toJson(), b.profiles.at(i).profile.toJson());
    }
}

void TestImporters::awsChain_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value pairs
    QTest::addColumn<QByteArray>("keyId");      // empty: an error is expected
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("s3");
    QTest::addColumn<QString>("error");
    QTest::newRow("default profile") << QStringList {} << QByteArray("AKIADEFAULTEXAMPLE01") << u"eu-west-1"_s
                                     << u"https://s3.eu-west-1.amazonaws.com"_s << QString();
    QTest::newRow("AWS_PROFILE") << QStringList {u"AWS_PROFILE=dev"_s} << QByteArray("AKIADEVEXAMPLE000002")
                                 << u"us-west-2"_s << u"https://s3.us-west-2.amazonaws.com"_s << QString();
    QTest::newRow("keys in the environment win")
        << QStringList {u"AWS_PROFILE=dev"_s, u"AWS_ACCESS_KEY_ID=AKIAENV"_s, u"AWS_SECRET_ACCESS_KEY=s"_s}
        << QByteArray("AKIAENV") << u"us-west-2"_s << u"https://s3.us-west-2.amazonaws.com"_s << QString();
    QTest::newRow("region and endpoint from the environment")
        << QStringList {u"AWS_PROFILE=minio"_s,
               u"AWS_REGION=eu-1"_s,
               u"AWS_ENDPOINT_URL=http://127.0.0.1:9100"_s}
        << QByteArray("minioadmin-key") << u"eu-1"_s << u"http://127.0.0.1:9100"_s << QString();
    QTest::newRow("unknown profile") << QStringList {u"AWS_PROFILE=nope"_s} << QByteArray() << QString()
                                     << QString() << u"nope"_s;
    QTest::newRow("profile without keys") << QStringList {u"AWS_PROFILE=admin-role"_s} << QByteArray()
                                          << QString() << QString() << u"No AWS credentials"_s;
    QTest::newRow("half a key pair") << QStringList {u"AWS_ACCESS_KEY_ID=AKIAENV"_s} << QByteArray()
                                     << QString() << QString() << u"AWS_SECRET_ACCESS_KEY"_s;
}

void TestImporters::awsChain()
{
    QFETCH(QStringList, variables);
    QFETCH(QByteArray, keyId);
    QFETCH(QString, region);
    QFETCH(QString, s3);
    QFETCH(QString, error);
    QProcessEnvironment env;
    for (const QString &v : variables)
        env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    const auto r = AwsCredentialChain::resolve(
        EnvironmentCredentials::read(env), {fixture(u"aws/credentials"_s), fixture(u"aws/config"_s)});
    if (!error.isEmpty()) {
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        return;
    }
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.credentials.accessKeyId(), keyId);
    QCOMPARE(r.profile.defaultRegion, region);
    QCOMPARE(r.profile.s3Url().toString(), s3);
    QVERIFY(r.profile.credentialId.isEmpty());
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileStore: round trip, atomic 0600 file in a 0700 folder, and never a secret in the file.
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "canaries.h"
#include "clouds/awsconfigimporter.h"
#include "clouds/botoimporter.h"
#include "clouds/eucarcimporter.h"
#include "clouds/profilepresets.h"
#include "clouds/profilestore.h"
#include "clouds/s3cfgimporter.h"

using namespace Qt::StringLiterals;

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultPathIsShared();
    void roundTrip();
    void modes();
    void importedProfilesHoldNoSecret();
    void brokenFileIsAnError();
    void missingFileIsEmpty();
    void readOnlySettingRoundTrips();
};

void TestProfileStore::defaultPathIsShared()
{
    // The same file for skylight and skylight-cli, whatever their application names.
    QVERIFY2(ProfileStore::defaultPath().endsWith(u"/Skylight/profiles.json"_s),
        qPrintable(ProfileStore::defaultPath()));
}

void TestProfileStore::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cfg/Skylight/profiles.json"_s);
    ProfileStore store(path);
    QVERIFY(store.load());
    CloudProfile a = ProfilePresets::eucalyptus(u"10.0.0.5"_s, 3);
    a.name = u"lab"_s;
    a.credentialId = u"lab"_s;
    CloudProfile b = ProfilePresets::sandbox(9000);
    b.name = u"sandbox"_s;
    QVERIFY(!store.upsert(a));
    QVERIFY(!store.upsert(b));
    a.ec2ApiVersion = u"2012-12-01"_s;
    QVERIFY(store.upsert(a)); // same name: replaced, not duplicated
    QVERIFY2(store.save(), qPrintable(store.errorString()));

    ProfileStore again(path);
    QVERIFY2(again.load(), qPrintable(again.errorString()));
    QCOMPARE(again.profiles().size(), 2);
    QCOMPARE(again.find(u"lab"_s)->toJson(), a.toJson());
    QCOMPARE(again.find(u"sandbox"_s)->toJson(), b.toJson());
    QVERIFY(again.remove(u"lab"_s));
    QVERIFY(!again.remove(u"lab"_s));
    QVERIFY(again.save());
    ProfileStore third(path);
    QVERIFY(third.load());
    QCOMPARE(third.profiles().size(), 1);
}

void TestProfileStore::modes()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"Skylight"_s);
    const QString path = folder + u"/profiles.json"_s;
    ProfileStore store(path);
    CloudProfile p = ProfilePresets::gcs();
    p.name = u"g"_s;
    store.upsert(p);
    QVERIFY(store.save());
    QCOMPARE(QFile::permissions(path),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const auto dirPerms = QFile::permissions(folder);
    QVERIFY(dirPerms & QFileDevice::ExeOwner);
    QVERIFY(!(dirPerms
        & (QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
    // An existing, too open file is tightened on the next save.
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther);
    QVERIFY(store.save());
    QVERIFY(!(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

void TestProfileStore::importedProfilesHoldNoSecret()
{
    const QList<QByteArray> canaries = Canaries::fromFixtures();
    QVERIFY(canaries.size() >= 15);
    QList<ImportResult> results;
    results << AwsConfigImporter::importFiles(
        {TestData::path(u"clouds/aws/credentials"_s), TestData::path(u"clouds/aws/config"_s)});
    results << BotoImporter::importFiles(
        {TestData::path(u"clouds/boto/boto.cfg"_s), TestData::path(u"clouds/boto/dot-boto"_s)});
    results << EucarcImporter::importFile(TestData::path(u"clouds/eucarc/euca3-admin/eucarc"_s));
    results << EucarcImporter::importFile(TestData::path(u"clouds/eucarc/euca4-admin/eucarc"_s));
    for (const QString &f : {u"aws"_s, u"minio"_s, u"gcs"_s, u"ia"_s})
        results << S3cfgImporter::importFile(TestData::path(u"clouds/s3cfg/%1.s3cfg"_s.arg(f)));

    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.json"_s));
    int withKeys = 0;
    for (const ImportResult &r : std::as_const(results)) {
        QVERIFY2(r.isOk(), qPrintable(r.error));
        for (const ImportedProfile &p : r.profiles) {
            store.upsert(p.profile);
            withKeys += p.credentials.isValid() ? 1 : 0;
        }
    }
    QVERIFY(withKeys >= 12);
    QVERIFY(store.save());
    QFile file(store.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("boto:eucalyptus")); // the file is really the list
    QCOMPARE(Canaries::countIn(bytes, canaries), 0);
    QVERIFY(!bytes.contains("CANARY"));
    QCOMPARE(Canaries::countInTree(dir.path(), canaries), 0);
}

void TestProfileStore::brokenFileIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profiles.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1, \"profiles\": [ {\"name\": \"x\", \"provider\": \"nimbus\"} ]}");
    file.close();
    ProfileStore store(path);
    QVERIFY(!store.load());
    QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("not json");
    file.close();
    QVERIFY(!store.load());
}

void TestProfileStore::missingFileIsEmpty()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"nothing/profiles.json"_s));
    QVERIFY(store.load());
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::readOnlySettingRoundTrips()
{
    // A file written before the setting existed (no "readOnly" key): every cloud loads writable.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profiles.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "profiles": [
        {"name": "old", "provider": "s3-compatible", "s3Endpoint": "http://127.0.0.1:9000",
         "regions": ["us-east-1"], "defaultRegion": "us-east-1", "addressing": "path",
         "credentialId": "old"}]})");
    file.close();
    ProfileStore store(path);
    QVERIFY2(store.load(), qPrintable(store.errorString()));
    QVERIFY(store.find(u"old"_s));
    QVERIFY(!store.find(u"old"_s)->readOnly);
    const Credentials keys("AKIDRO", "SECRETRO");
    QCOMPARE(store.find(u"old"_s)->writeRefusal(keys), QString());

    // Set, saved, read back by another store; cleared again, the key leaves the file.
    CloudProfile ro = *store.find(u"old"_s);
    ro.readOnly = true;
    QVERIFY(store.upsert(ro));
    QVERIFY2(store.save(), qPrintable(store.errorString()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    file.close();
    QVERIFY2(saved.contains(R"("readOnly": true)"), saved.constData());
    ProfileStore again(path);
    QVERIFY(again.load());
    QVERIFY(again.find(u"old"_s)->readOnly);
    const QString why = again.find(u"old"_s)->writeRefusal(keys);
    QVERIFY2(why.contains(u"“old”"_s) && why.contains(u"read-only"_s) && why.endsWith(u'.'), qPrintable(why));
    ro.readOnly = false;
    again.upsert(ro);
    QVERIFY(again.save());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("readOnly"));
    file.close();

    // No keys: anonymous requests only read, whatever the setting says. The Internet Archive
    // preset takes writes when it has keys.
    QVERIFY2(ro.writeRefusal(Credentials()).contains(u"anonymous"_s), qPrintable(ro.writeRefusal({})));
    const CloudProfile archive = ProfilePresets::forProvider(CloudProvider::InternetArchive);
    QVERIFY(!archive.readOnly);
    QCOMPARE(archive.writeRefusal(keys), QString());
    QVERIFY(!archive.writeRefusal(Credentials()).isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The Eucalyptus credentials zip: read in memory (keys never written out), the CA certificate put
// where EUCALYPTUS_CERT points. Fixture zips are written by Python's zipfile, an independent writer.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "clouds/eucarcimporter.h"
#include "clouds/ziparchive.h"
#include "testdata.h"

using namespace Qt::StringLiterals;

class TestEucarcZip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deflatedZipWithCertificate();
    void storedZipWithIamrc();
    void damagedZipsAreRefused_data();
    void damagedZipsAreRefused();
};

void TestEucarcZip::deflatedZipWithCertificate()
{
    QTemporaryDir certs;
    const QString zip = TestData::path(u"clouds/eucarc/euca4-admin-credentials.zip"_s);
    const ImportResult r = EucarcImporter::importZip(zip, certs.path());
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.profiles.size(), 1);
    const ImportedProfile &p = r.profiles.first();
    QCOMPARE(p.profile.ec2Endpoint, u"https://cloud.example.org:8773/services/compute"_s);
    QCOMPARE(p.credentials.accessKeyId(), QByteArray("AKIEUCA4EXAMPLE00021"));
    QVERIFY(p.credentials.isValid());
    // The CA file is the extracted certificate, byte for byte what the zip holds.
    QCOMPARE(p.profile.tls.caFile, certs.path() + u"/cloud-cert.pem"_s);
    QFile extracted(p.profile.tls.caFile);
    QVERIFY(extracted.open(QIODevice::ReadOnly));
    QVERIFY(extracted.readAll().startsWith("-----BEGIN CERTIFICATE-----"));
    // Nothing else was written: no eucarc, no keys.
    QCOMPARE(QDir(certs.path()).entryList(QDir::Files), QStringList {u"cloud-cert.pem"_s});
    QVERIFY(p.profile.source.endsWith(u"euca4-admin-credentials.zip"_s));
}

void TestEucarcZip::storedZipWithIamrc()
{
    QTemporaryDir certs;
    const ImportResult r = EucarcImporter::importZip(
        TestData::path(u"clouds/eucarc/euca3-iamrc-credentials.zip"_s), certs.path());
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QVERIFY(r.profiles.first().credentials.isValid()); // from the iamrc inside the zip
    QVERIFY(r.warnings.isEmpty());
    QVERIFY(QDir(certs.path()).entryList(QDir::Files).isEmpty());
    // importFile() recognises a zip by its name.
    QVERIFY(
        EucarcImporter::importFile(TestData::path(u"clouds/eucarc/euca3-iamrc-credentials.zip"_s)).isOk());
}

void TestEucarcZip::damagedZipsAreRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << TestData::read(u"clouds/eucarc/truncated-credentials.zip"_s)
                               << u"not a ZIP"_s;
    QTest::newRow("text") << QByteArray("export EC2_URL=x\n") << u"not a ZIP"_s;
    QByteArray flipped = TestData::read(u"clouds/eucarc/euca4-admin-credentials.zip"_s);
    flipped[60] = char(flipped[60] ^ 0x55); // inside the first entry's compressed data (it starts at 42)
    QTest::newRow("corrupted content") << flipped << u"admin/eucarc"_s;
}

void TestEucarcZip::damagedZipsAreRefused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QString error;
    const auto zip = ZipArchive::read(data, &error);
    if (zip) { // the directory is fine: the damage shows when reading the entry
        const ZipArchive::Entry *e = zip->findByFileName(u"eucarc"_s);
        QVERIFY(e);
        QVERIFY(!zip->extract(*e, &error));
    }
    QVERIFY2(error.contains(expected), qPrintable(error));
    QTemporaryDir dir;
    QFile f(dir.filePath(u"c.zip"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    const ImportResult r = EucarcImporter::importZip(f.fileName(), dir.filePath(u"certs"_s));
    QVERIFY(!r.isOk());
    QVERIFY(r.profiles.isEmpty());
    QVERIFY(!r.error.contains(u"CANARY"_s));
}

QTEST_GUILESS_MAIN(TestEucarcZip)
#include "tst_eucarczip.moc"

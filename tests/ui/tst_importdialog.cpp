// SPDX-License-Identifier: GPL-3.0-or-later
// Import… : the preview of each source on the fixtures in tests/data/clouds, the FILE:LINE error of a
// broken file, and Import writing profiles and (memory-only) secrets.
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "canaries.h"
#include "clouds/profilepresets.h"
#include "importdialog.h"
#include "testdata.h"
#include "uitesthelpers.h"

using namespace Qt::StringLiterals;

class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void preview_data();
    void preview();
    void brokenFileNamesTheLine_data();
    void brokenFileNamesTheLine();
    void importWritesProfilesAndSecrets();

private:
    static bool waitForPreview(
        ImportDialog &dialog, ImportDialog::Source source, const QString &file, const QString &config = {});
};

bool TestImportDialog::waitForPreview(
    ImportDialog &dialog, ImportDialog::Source source, const QString &file, const QString &config)
{
    dialog.setSource(source);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    dialog.setFile(file);
    if (source == ImportDialog::Source::Aws)
        dialog.setConfigFile(config);
    // Only the newest preview reports; wait until it has.
    return ready.wait(10000) && (ready.size() >= 1);
}

void TestImportDialog::preview_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<int>("minimumRows");
    QTest::newRow("aws") << int(ImportDialog::Source::Aws) << TestData::path(u"clouds/aws/credentials"_s)
                         << TestData::path(u"clouds/aws/config"_s) << u"aws:default"_s << 5;
    QTest::newRow("boto") << int(ImportDialog::Source::Boto) << TestData::path(u"clouds/boto/dot-boto"_s)
                          << QString() << QString() << 1;
    QTest::newRow("eucarc") << int(ImportDialog::Source::Eucarc)
                            << TestData::path(u"clouds/eucarc/euca4-admin/eucarc"_s) << QString() << QString()
                            << 1;
    QTest::newRow("s3cfg") << int(ImportDialog::Source::S3cfg)
                           << TestData::path(u"clouds/s3cfg/minio.s3cfg"_s) << QString() << QString() << 1;
}

void TestImportDialog::preview()
{
    QFETCH(int, source);
    QFETCH(QString, file);
    QFETCH(QString, config);
    QFETCH(QString, firstName);
    QFETCH(int, minimumRows);
    UiTestGraph graph;
    ImportDialog dialog(&graph.profiles, &graph.credentials);
    QVERIFY(waitForPreview(dialog, ImportDialog::Source(source), file, config));
    QVERIFY2(dialog.preview().isOk(), qPrintable(dialog.preview().error));
    QTreeWidget *tree = dialog.previewTree();
    QVERIFY(tree->topLevelItemCount() >= minimumRows);
    QCOMPARE(tree->topLevelItemCount(), dialog.preview().profiles.size());
    if (!firstName.isEmpty())
        QCOMPARE(tree->topLevelItem(0)->text(1), firstName);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QCOMPARE(tree->topLevelItem(i)->text(0), u"Create"_s);
        for (int c = 0; c < tree->columnCount(); ++c)
            QVERIFY(!tree->topLevelItem(i)->text(c).contains(u"CANARY"_s));
    }
    QVERIFY(dialog.canImport());
    QVERIFY(dialog.findChild<QPushButton *>(u"import"_s)->isEnabled());
}

void TestImportDialog::brokenFileNamesTheLine_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::newRow("aws before section")
        << int(ImportDialog::Source::Aws) << u"clouds/aws/broken-before-section"_s << 2;
    QTest::newRow("eucarc quote") << int(ImportDialog::Source::Eucarc)
                                  << u"clouds/eucarc/broken-quote/eucarc"_s << 5;
}

void TestImportDialog::brokenFileNamesTheLine()
{
    QFETCH(int, source);
    QFETCH(QString, file);
    QFETCH(int, line);
    UiTestGraph graph;
    ImportDialog dialog(&graph.profiles, &graph.credentials);
    const QString path = TestData::path(file);
    QVERIFY(waitForPreview(dialog, ImportDialog::Source(source), path, u"/nonexistent/config"_s));
    QVERIFY(!dialog.preview().isOk());
    QVERIFY2(dialog.messageText().contains(u"%1:%2"_s.arg(path).arg(line)), qPrintable(dialog.messageText()));
    QCOMPARE(dialog.previewTree()->topLevelItemCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(u"import"_s)->isEnabled());
}

void TestImportDialog::importWritesProfilesAndSecrets()
{
    UiTestGraph graph;
    CloudProfile existing = ProfilePresets::aws();
    existing.name = u"aws:default"_s;
    graph.profiles.upsert(existing);
    ImportDialog dialog(&graph.profiles, &graph.credentials);
    QVERIFY(waitForPreview(dialog,
        ImportDialog::Source::Aws,
        TestData::path(u"clouds/aws/credentials"_s),
        TestData::path(u"clouds/aws/config"_s)));
    QCOMPARE(dialog.previewTree()->topLevelItem(0)->text(0), u"Update"_s); // re-import updates
    const int count = int(dialog.preview().profiles.size());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"import"_s), Qt::LeftButton);
    QVERIFY(imported.size() == 1 || imported.wait(10000));
    QCOMPARE(imported.first().first().toStringList().size(), count);
    QCOMPARE(graph.profiles.profiles().size(), count); // aws:default updated, not duplicated
    QFile file(graph.profiles.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(Canaries::countIn(file.readAll(), Canaries::fromFixtures()), 0);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures for people to look at (build/screenshots/): the welcome page, the add-cloud editor with its
// advanced section open and a failed Test connection, the import preview and the TLS trust prompt.
#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "advancedprofilesection.h"
#include "cloudeditordialog.h"
#include "connectiontestpanel.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "testdata.h"
#include "tlstrustdialog.h"
#include "transport/httptransport.h"
#include "transport/tlssettings.h"
#include "uitesthelpers.h"

using namespace Qt::StringLiterals;

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void welcomePage();
    void addCloudEditor();
    void importPreview();
    void tlsTrustPrompt();

private:
    bool save(QWidget *widget, const QString &name);
    QString m_dir;
};

void TestScreenshots::initTestCase()
{
    m_dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR", QDir::currentPath() + u"/screenshots"_s);
    QVERIFY(QDir().mkpath(m_dir));
}

bool TestScreenshots::save(QWidget *widget, const QString &name)
{
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        return false;
    QTest::qWait(50);
    const QString path = QDir(m_dir).filePath(name);
    const bool ok = widget->grab().save(path);
    if (ok)
        qInfo("screenshot: %s", qPrintable(path));
    return ok;
}

void TestScreenshots::welcomePage()
{
    UiTestGraph graph;
    HttpTransport transport;
    MainWindow window(&graph.profiles, &graph.credentials, &transport);
    window.resize(1100, 700);
    QVERIFY(save(&window, u"welcome.png"_s));
}

void TestScreenshots::addCloudEditor()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    UiTestGraph graph;
    HttpTransport transport;
    CloudEditorDialog dialog(&graph.profiles, &graph.credentials, &transport);
    dialog.choosePreset(int(CloudEditorDialog::presetProviders().indexOf(CloudProvider::Eucalyptus)));
    QVERIFY(save(&dialog, u"add-cloud.png"_s));
    dialog.advancedSection()->setExpanded(true);
    dialog.adjustSize();
    QVERIFY(save(&dialog, u"add-cloud-advanced.png"_s));

    // A failed Test connection against the sandbox: the exact error, inline.
    dialog.choosePreset(int(CloudEditorDialog::presetProviders().indexOf(CloudProvider::Sandbox)));
    const QString url = u"http://127.0.0.1:%1"_s.arg(sandbox.port());
    QVERIFY(setField(&dialog, u"EC2 endpoint"_s, url));
    QVERIFY(setField(&dialog, u"S3 endpoint"_s, url));
    QVERIFY(setField(&dialog, u"Access key ID"_s, u"SKYLIGHTSANDBOX"_s));
    QVERIFY(setField(&dialog, u"Secret access key"_s, u"not-the-secret"_s));
    QSignalSpy done(dialog.testPanel(), &ConnectionTestPanel::testFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
    QVERIFY(done.wait(30000));
    dialog.adjustSize();
    QVERIFY(save(&dialog, u"add-cloud-test-failed.png"_s));
}

void TestScreenshots::importPreview()
{
    UiTestGraph graph;
    ImportDialog dialog(&graph.profiles, &graph.credentials);
    dialog.setSource(ImportDialog::Source::Aws);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    dialog.setFile(TestData::path(u"clouds/aws/credentials"_s));
    dialog.setConfigFile(TestData::path(u"clouds/aws/config"_s));
    QVERIFY(ready.wait(10000));
    QTRY_VERIFY(dialog.previewTree()->topLevelItemCount() > 0);
    QVERIFY(save(&dialog, u"import-preview.png"_s));
}

void TestScreenshots::tlsTrustPrompt()
{
    // A throwaway self-signed certificate is enough for the picture; no server is needed.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.setWorkingDirectory(dir.path());
    openssl.start(u"openssl"_s,
        {u"req"_s,
            u"-x509"_s,
            u"-newkey"_s,
            u"rsa:2048"_s,
            u"-nodes"_s,
            u"-keyout"_s,
            u"k.pem"_s,
            u"-out"_s,
            u"c.pem"_s,
            u"-days"_s,
            u"365"_s,
            u"-subj"_s,
            u"/CN=euca.lab/O=Example Lab/C=DE"_s});
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(dir.filePath(u"c.pem"_s));
    QCOMPARE(certs.size(), 1);
    TlsTrustDialog dialog(
        u"euca-lab"_s, u"https://euca.lab:8773/services/objectstorage"_s, certs.first(), QString());
    QCOMPARE(dialog.fingerprint(), TlsSettings::sha256Fingerprint(certs.first()));
    QVERIFY(save(&dialog, u"tls-trust.png"_s));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: the welcome page while no cloud exists, the clouds panel otherwise, and "Try the
// local sandbox" running skylight-sandbox as a child process and connecting to it.
#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>

#include "cloudeditordialog.h"
#include "clouds/credentialjob.h"
#include "clouds/profilepresets.h"
#include "cloudsmodel.h"
#include "importdialog.h"
#include "instancesview.h"
#include "mainwindow.h"
#include "transport/httptransport.h"
#include "uitesthelpers.h"
#include "welcomepage.h"

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void welcomeWhileEmpty();
    void cloudsPanelOtherwise();
    void welcomeButtonsOpenDialogs();
    void trySandbox();
};

void TestMainWindow::welcomeWhileEmpty()
{
    UiTestGraph graph;
    HttpTransport transport;
    MainWindow window(&graph.profiles, &graph.credentials, &transport);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.welcomePage()->isVisible());
    QVERIFY(!window.cloudsView()->isVisible());
    QCOMPARE(window.cloudsView()->model(), window.cloudsModel());
}

void TestMainWindow::cloudsPanelOtherwise()
{
    UiTestGraph graph;
    CloudProfile aws = ProfilePresets::aws();
    aws.name = u"aws"_s;
    graph.profiles.upsert(aws);
    HttpTransport transport;
    MainWindow window(&graph.profiles, &graph.credentials, &transport);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.welcomePage()->isVisible());
    QVERIFY(window.cloudsView()->isVisible());
    QCOMPARE(window.cloudsModel()->rowCount(), 1);
    QVERIFY(window.cloudsView()->isExpanded(window.cloudsModel()->index(0, 0)));
}

void TestMainWindow::welcomeButtonsOpenDialogs()
{
    UiTestGraph graph;
    HttpTransport transport;
    MainWindow window(&graph.profiles, &graph.credentials, &transport);
    window.show();
    QTest::mouseClick(byAccessibleName<QPushButton>(window.welcomePage(), u"Add cloud"_s), Qt::LeftButton);
    auto *editor = window.findChild<CloudEditorDialog *>();
    QVERIFY(editor && editor->isVisible());
    editor->reject();
    QTest::mouseClick(
        byAccessibleName<QPushButton>(window.welcomePage(), u"Import credentials"_s), Qt::LeftButton);
    auto *import = window.findChild<ImportDialog *>();
    QVERIFY(import && import->isVisible());
    import->reject();
}

void TestMainWindow::trySandbox()
{
    const QString program = qEnvironmentVariable("SKYLIGHT_SANDBOX");
    if (!QFileInfo::exists(program))
        QSKIP("skylight-sandbox was not built");
    UiTestGraph graph;
    HttpTransport transport;
    MainWindow window(&graph.profiles, &graph.credentials, &transport);
    window.setSandboxLocation(program, graph.dir.filePath(u"sandbox"_s));
    window.show();
    QSignalSpy ready(&window, &MainWindow::sandboxProfileReady);
    QTest::mouseClick(
        byAccessibleName<QPushButton>(window.welcomePage(), u"Try the local sandbox"_s), Qt::LeftButton);
    QVERIFY(ready.wait(120000));
    QCOMPARE(ready.first().first().toString(), u"Local sandbox"_s);
    QVERIFY(window.sandboxLauncher()->isRunning());
    const CloudProfile *p = graph.profiles.find(u"Local sandbox"_s);
    QVERIFY(p);
    QCOMPARE(p->provider, CloudProvider::Sandbox);
    QVERIFY(p->s3Endpoint.startsWith(u"http://127.0.0.1:"_s));
    // The ready line's website= address is kept in the profile.
    QVERIFY(window.sandboxLauncher()->endpoints());
    const QUrl website = window.sandboxLauncher()->endpoints()->website;
    QCOMPARE(website.scheme(), u"http"_s);
    QVERIFY(website.port() > 0);
    QVERIFY(website.port() != QUrl(p->s3Endpoint).port());
    QCOMPARE(p->websiteEndpoint, website.toString());
    QVERIFY(p->regions.contains(u"eu-west-1"_s)); // --demo's second region, found by DescribeRegions
    QVERIFY(!window.welcomePage()->isVisible());
    const QModelIndex cloud = window.cloudsModel()->indexOfProfile(u"Local sandbox"_s);
    QCOMPARE(window.cloudsModel()->rowCount(cloud), p->regions.size());
    // It opens on the first region's instances, the view the demo is for.
    const QModelIndex current = window.cloudsView()->currentIndex();
    QCOMPARE(CloudsModel::NodeKind(current.data(CloudsModel::NodeKindRole).toInt()),
        CloudsModel::NodeKind::Instances);
    QCOMPARE(current.data(CloudsModel::RegionRole).toString(), p->regions.first());
    QVERIFY(window.instancesView()->isVisible());
    CredentialJob *read = graph.credentials.read(p->credentialId);
    QSignalSpy keys(read, &CredentialJob::finished);
    read->start();
    QVERIFY(keys.wait(5000));
    QCOMPARE(keys.first().first().value<CredentialResult>().credentials.accessKeyId(),
        QByteArray("SKYLIGHTSANDBOX"));
    window.close(); // stops the child
    QTRY_VERIFY_WITH_TIMEOUT(!window.sandboxLauncher()->isRunning(), 10000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

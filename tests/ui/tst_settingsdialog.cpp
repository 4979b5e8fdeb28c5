// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings dialog: it shows what is stored, writes exactly the agreed keys on OK, refuses
// invalid values, and its values take effect (transfer queue, reminders, refresh timer, proxy).
// The key names are spelled out here on purpose: a renamed key must fail this test.
#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "aboutdialog.h"
#include "maintenanceeventsmodel.h"
#include "mainwindow.h"
#include "remindernotifier.h"
#include "settings/schedulepage.h"
#include "settings/settingscontroller.h"
#include "settings/settingsdialog.h"
#include "transfer/transferqueue.h"
#include "transport/httptransport.h"
#include "uitesthelpers.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void loadsStoredValues();
    void writesExactlyTheKeysOnAccept();
    void refusesInvalidValues_data();
    void refusesInvalidValues();
    void replacesInvalidStoredValues();
    void concurrencyReachesTheQueue();
    void leadTimesReachTheReminders();
    void refreshTimerFollowsTheInterval();
    void proxyReachesTheTransport();
    void labelsAreNotClippedAndScreenshots();
    void mainWindowOpensSettingsAndAbout();

private:
    QTemporaryDir m_config;
};

namespace {

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = byAccessibleName<T>(parent, name);
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

QPushButton *okButton(SettingsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QStringList expectedKeys()
{
    QStringList keys {u"transfers/filesInFlight"_s,
        u"transfers/partsInFlight"_s,
        u"transfers/partSizeMiB"_s,
        u"reminders/leadMinutes"_s,
        u"refresh/intervalSeconds"_s,
        u"general/language"_s,
        u"general/keepRunningOnClose"_s,
        u"appearance/theme"_s,
        u"network/proxyMode"_s,
        u"network/proxyHost"_s,
        u"network/proxyPort"_s};
    keys.sort();
    return keys;
}

QList<int> ints(const QVariant &list)
{
    QList<int> out;
    for (const QVariant &v : list.toList())
        out.append(v.toInt());
    return out;
}

} // namespace

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    // Every QSettings() of this process reads and writes a file in the temporary folder.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QCoreApplication::setOrganizationName(u"SkylightTest"_s);
    QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
}

void TestSettingsDialog::init()
{
    QSettings().clear();
}

void TestSettingsDialog::cleanupTestCase()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

void TestSettingsDialog::loadsStoredValues()
{
    {
        QSettings s;
        s.setValue(u"transfers/filesInFlight"_s, 12);
        s.setValue(u"transfers/partsInFlight"_s, 20);
        s.setValue(u"transfers/partSizeMiB"_s, 64);
        s.setValue(u"reminders/leadMinutes"_s, QVariantList {15, 2880, 120});
        s.setValue(u"refresh/intervalSeconds"_s, 600);
        s.setValue(u"general/language"_s, u"de"_s);
        s.setValue(u"general/keepRunningOnClose"_s, true);
        s.setValue(u"appearance/theme"_s, u"dark"_s);
        s.setValue(u"network/proxyMode"_s, u"manual"_s);
        s.setValue(u"network/proxyHost"_s, u"proxy.example.net"_s);
        s.setValue(u"network/proxyPort"_s, 3128);
    }
    SettingsDialog dialog;
    QCOMPARE(child<QSpinBox>(&dialog, u"Files in flight"_s)->value(), 12);
    QCOMPARE(child<QSpinBox>(&dialog, u"Parts in flight"_s)->value(), 20);
    QCOMPARE(child<QSpinBox>(&dialog, u"Part size"_s)->value(), 64);
    QListWidget *leads = child<QListWidget>(&dialog, u"Reminder lead times"_s);
    QCOMPARE(leads->count(), 3);
    const QList<int> shown {2880, 120, 15}; // longest first, each in its largest whole unit
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(leads->item(row)->data(Qt::UserRole).toInt(), shown.at(row));
        QCOMPARE(leads->item(row)->text(), SchedulePage::leadText(shown.at(row)));
    }
    QVERIFY(leads->item(0)->text().startsWith(u"2 day"_s));
    QVERIFY(leads->item(1)->text().startsWith(u"2 hour"_s));
    QVERIFY(leads->item(2)->text().startsWith(u"15 minute"_s));
    QCOMPARE(child<QSpinBox>(&dialog, u"Refresh interval"_s)->value(), 10); // minutes
    QCOMPARE(child<QComboBox>(&dialog, u"Language"_s)->currentText(), u"Deutsch"_s);
    QCOMPARE(child<QComboBox>(&dialog, u"Theme"_s)->currentData().toString(), u"dark"_s);
    QVERIFY(child<QCheckBox>(&dialog, u"Keep running in the tray"_s)->isChecked());
    QVERIFY(child<QRadioButton>(&dialog, u"Manual proxy"_s)->isChecked());
    QCOMPARE(child<QLineEdit>(&dialog, u"Proxy host"_s)->text(), u"proxy.example.net"_s);
    QVERIFY(child<QLineEdit>(&dialog, u"Proxy host"_s)->isEnabled());
    QCOMPARE(child<QSpinBox>(&dialog, u"Proxy port"_s)->value(), 3128);
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestSettingsDialog::writesExactlyTheKeysOnAccept()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QSpinBox>(&dialog, u"Files in flight"_s)->setValue(3);
    child<QSpinBox>(&dialog, u"Parts in flight"_s)->setValue(16);
    child<QSpinBox>(&dialog, u"Part size"_s)->setValue(100);
    // Lead times: remove the first (1 day), add 45 minutes and 3 days through the controls.
    QListWidget *leads = child<QListWidget>(&dialog, u"Reminder lead times"_s);
    leads->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(&dialog, u"Remove lead time"_s), Qt::LeftButton);
    QSpinBox *amount = child<QSpinBox>(&dialog, u"New lead time"_s);
    QComboBox *unit = child<QComboBox>(&dialog, u"Lead time unit"_s);
    amount->setValue(45);
    unit->setCurrentIndex(0); // minutes
    QTest::mouseClick(child<QPushButton>(&dialog, u"Add lead time"_s), Qt::LeftButton);
    amount->setValue(3);
    unit->setCurrentIndex(2); // days
    QTest::mouseClick(child<QPushButton>(&dialog, u"Add lead time"_s), Qt::LeftButton);
    child<QSpinBox>(&dialog, u"Refresh interval"_s)->setValue(0); // manual
    QComboBox *language = child<QComboBox>(&dialog, u"Language"_s);
    language->setCurrentIndex(language->findText(QString::fromUtf8("日本語")));
    QComboBox *theme = child<QComboBox>(&dialog, u"Theme"_s);
    theme->setCurrentIndex(theme->findData(u"light"_s));
    child<QCheckBox>(&dialog, u"Keep running in the tray"_s)->setChecked(true);
    child<QRadioButton>(&dialog, u"No proxy"_s)->setChecked(true);

    QVERIFY(QSettings().allKeys().isEmpty()); // nothing is written before OK
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);

    QSettings s;
    QStringList keys = s.allKeys();
    keys.sort();
    QCOMPARE(keys, expectedKeys());
    QCOMPARE(s.value(u"transfers/filesInFlight"_s).toInt(), 3);
    QCOMPARE(s.value(u"transfers/partsInFlight"_s).toInt(), 16);
    QCOMPARE(s.value(u"transfers/partSizeMiB"_s).toInt(), 100);
    QCOMPARE(ints(s.value(u"reminders/leadMinutes"_s)), (QList<int> {3 * 1440, 60, 45}));
    QCOMPARE(s.value(u"refresh/intervalSeconds"_s).toInt(), 0);
    QCOMPARE(s.value(u"general/language"_s).toString(), u"ja"_s);
    QCOMPARE(s.value(u"general/keepRunningOnClose"_s).toBool(), true);
    QCOMPARE(s.value(u"appearance/theme"_s).toString(), u"light"_s);
    QCOMPARE(s.value(u"network/proxyMode"_s).toString(), u"none"_s);
    // And the reader the other parts of the app use agrees.
    QCOMPARE(ReminderNotifier::leadTimesFromSettings(),
        (QList<std::chrono::seconds> {std::chrono::minutes(3 * 1440), 1h, 45min}));
}

void TestSettingsDialog::refusesInvalidValues_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("manual proxy without host") << u"emptyHost"_s;
    QTest::newRow("proxy host with scheme") << u"schemeHost"_s;
    QTest::newRow("proxy host with port") << u"hostPort"_s;
    QTest::newRow("no lead time") << u"noLeads"_s;
    QTest::newRow("lead time over 30 days") << u"longLead"_s;
}

void TestSettingsDialog::refusesInvalidValues()
{
    QFETCH(QString, what);
    SettingsDialog dialog;
    dialog.show();
    if (what == u"noLeads"_s) {
        QListWidget *leads = child<QListWidget>(&dialog, u"Reminder lead times"_s);
        while (leads->count() > 0) {
            leads->setCurrentRow(0);
            QTest::mouseClick(child<QPushButton>(&dialog, u"Remove lead time"_s), Qt::LeftButton);
        }
    } else if (what == u"longLead"_s) {
        child<QSpinBox>(&dialog, u"New lead time"_s)->setValue(31);
        child<QComboBox>(&dialog, u"Lead time unit"_s)->setCurrentIndex(2); // days
        QTest::mouseClick(child<QPushButton>(&dialog, u"Add lead time"_s), Qt::LeftButton);
    } else {
        child<QRadioButton>(&dialog, u"Manual proxy"_s)->setChecked(true);
        child<QLineEdit>(&dialog, u"Proxy host"_s)
            ->setText(what == u"emptyHost"_s  ? QString()
                    : what == u"schemeHost"_s ? u"http://proxy.example.net"_s
                                              : u"proxy.example.net:3128"_s);
    }
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(!okButton(dialog)->isEnabled());
    QLabel *problem = child<QLabel>(&dialog, u"Problem"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), dialog.problem());
    dialog.accept(); // even when called directly, nothing is stored
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(QSettings().allKeys().isEmpty());
}

void TestSettingsDialog::replacesInvalidStoredValues()
{
    {
        QSettings s;
        s.setValue(u"transfers/filesInFlight"_s, 0);
        s.setValue(u"transfers/partsInFlight"_s, 1000);
        s.setValue(u"transfers/partSizeMiB"_s, 1); // under S3's 5 MiB
        s.setValue(u"reminders/leadMinutes"_s, QVariantList {-5, u"soon"_s});
        s.setValue(u"refresh/intervalSeconds"_s, 5); // hammering the clouds
        s.setValue(u"general/language"_s, u"xx"_s);
        s.setValue(u"appearance/theme"_s, u"purple"_s);
        s.setValue(u"network/proxyMode"_s, u"manual"_s); // without a host
        s.setValue(u"network/proxyPort"_s, 70000);
    }
    SettingsDialog dialog;
    QCOMPARE(child<QSpinBox>(&dialog, u"Files in flight"_s)->value(), 8);
    QCOMPARE(child<QSpinBox>(&dialog, u"Parts in flight"_s)->value(), 8);
    QCOMPARE(child<QSpinBox>(&dialog, u"Part size"_s)->value(), 8);
    QCOMPARE(child<QListWidget>(&dialog, u"Reminder lead times"_s)->count(), 2); // 1 day and 1 hour
    QCOMPARE(child<QSpinBox>(&dialog, u"Refresh interval"_s)->value(), 5);       // minutes: the default
    QCOMPARE(child<QComboBox>(&dialog, u"Language"_s)->currentIndex(), 0);       // system default
    QCOMPARE(child<QComboBox>(&dialog, u"Theme"_s)->currentData().toString(), u"system"_s);
    QVERIFY(child<QRadioButton>(&dialog, u"System proxy"_s)->isChecked());
    QCOMPARE(child<QSpinBox>(&dialog, u"Proxy port"_s)->value(), 8080);
    QVERIFY(dialog.problem().isEmpty());
    // The spin boxes themselves stop at the limits: 5 MiB to 5 GiB, 1 to 64 in flight.
    QSpinBox *partSize = child<QSpinBox>(&dialog, u"Part size"_s);
    partSize->setValue(4);
    QCOMPARE(partSize->value(), 5);
    partSize->setValue(6000);
    QCOMPARE(partSize->value(), 5 * 1024);
    QSpinBox *files = child<QSpinBox>(&dialog, u"Files in flight"_s);
    files->setValue(65);
    QCOMPARE(files->value(), 64);
}

void TestSettingsDialog::concurrencyReachesTheQueue()
{
    {
        QSettings s;
        s.setValue(u"transfers/filesInFlight"_s, 2);
        s.setValue(u"transfers/partsInFlight"_s, 6);
        s.setValue(u"transfers/partSizeMiB"_s, 32);
    }
    TransferQueue queue;
    SettingsController controller(&queue, nullptr, nullptr);
    controller.apply(); // start-up
    QCOMPARE(queue.maxFiles(), 2);
    QCOMPARE(queue.maxParts(), 6);
    QCOMPARE(queue.partSize(), qint64(32) * 1024 * 1024);

    QWidget parent;
    parent.show();
    controller.openDialog(&parent);
    auto *dialog = parent.findChild<SettingsDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    child<QSpinBox>(dialog, u"Files in flight"_s)->setValue(5);
    child<QSpinBox>(dialog, u"Parts in flight"_s)->setValue(40);
    child<QSpinBox>(dialog, u"Part size"_s)->setValue(5120);
    QSignalSpy applied(&controller, &SettingsController::applied);
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(queue.maxFiles(), 5);
    QCOMPARE(queue.maxParts(), 40);
    QCOMPARE(queue.partSize(), qint64(5) * 1024 * 1024 * 1024);

    // Cancel changes nothing.
    controller.openDialog(&parent);
    dialog = nullptr;
    for (SettingsDialog *d : parent.findChildren<SettingsDialog *>()) {
        if (d->isVisible())
            dialog = d;
    }
    QVERIFY(dialog);
    child<QSpinBox>(dialog, u"Files in flight"_s)->setValue(1);
    dialog->reject();
    QCOMPARE(queue.maxFiles(), 5);
    QCOMPARE(QSettings().value(u"transfers/filesInFlight"_s).toInt(), 5);
}

void TestSettingsDialog::leadTimesReachTheReminders()
{
    QTemporaryDir dir;
    MaintenanceEventsModel events;
    ReminderNotifier reminders(&events, dir.filePath(u"reminders.json"_s));
    QCOMPARE(reminders.schedule().leadTimes(), (QList<std::chrono::seconds> {24h, 1h}));
    SettingsController controller(nullptr, &reminders, nullptr);
    QWidget parent;
    controller.openDialog(&parent);
    auto *dialog = parent.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    child<QSpinBox>(dialog, u"New lead time"_s)->setValue(10);
    child<QComboBox>(dialog, u"Lead time unit"_s)->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(dialog, u"Add lead time"_s), Qt::LeftButton);
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    QCOMPARE(reminders.schedule().leadTimes(), (QList<std::chrono::seconds> {24h, 1h, 10min}));
}

void TestSettingsDialog::refreshTimerFollowsTheInterval()
{
    SettingsController controller(nullptr, nullptr, nullptr);
    controller.apply(); // nothing stored: every five minutes
    QVERIFY(controller.refreshTimer().isActive());
    QCOMPARE(controller.refreshTimer().interval(), 300 * 1000);
    AppSettings s;
    s.refreshIntervalSeconds = 120;
    controller.apply(s);
    QCOMPARE(controller.refreshTimer().interval(), 120 * 1000);
    s.refreshIntervalSeconds = 0;
    controller.apply(s);
    QVERIFY(!controller.refreshTimer().isActive());
}

void TestSettingsDialog::proxyReachesTheTransport()
{
    // The "proxy" is a listening socket that only reads what arrives: a request sent through an
    // HTTP proxy names the whole URL on its first line; one sent directly goes to DNS instead.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    const QUrl target(u"http://skylight-proxy-test.invalid/bucket"_s);
    HttpTransport transport;
    QNetworkAccessManager *nam = transport.networkAccessManager();
    QCOMPARE(nam->proxy().type(), QNetworkProxy::DefaultProxy); // defers to the application's
    QVERIFY(!nam->proxyFactory());

    AppSettings s;
    s.proxyMode = u"manual"_s;
    s.proxyHost = u"127.0.0.1"_s;
    s.proxyPort = proxy.serverPort();
    SettingsController controller(nullptr, nullptr, nullptr);
    controller.apply(s);
    const QList<QNetworkProxy> manual = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(target));
    QCOMPARE(manual.value(0).type(), QNetworkProxy::HttpProxy);
    QCOMPARE(manual.value(0).hostName(), u"127.0.0.1"_s);
    QCOMPARE(manual.value(0).port(), proxy.serverPort());
    QNetworkReply *reply = nam->get(QNetworkRequest(target));
    QVERIFY(proxy.waitForNewConnection(10000) || proxy.hasPendingConnections());
    QTcpSocket *socket = proxy.nextPendingConnection();
    QVERIFY(socket);
    QTRY_VERIFY_WITH_TIMEOUT(socket->canReadLine(), 10000);
    QCOMPARE(
        socket->readLine().trimmed(), QByteArray("GET http://skylight-proxy-test.invalid/bucket HTTP/1.1"));
    reply->abort();
    reply->deleteLater();

    s.proxyMode = u"none"_s;
    controller.apply(s);
    QCOMPARE(QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(target)).value(0).type(),
        QNetworkProxy::NoProxy);
    reply = nam->get(QNetworkRequest(target));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->error(), QNetworkReply::HostNotFoundError); // straight to DNS, which has no .invalid
    QVERIFY(!proxy.hasPendingConnections());
    reply->deleteLater();

    s.proxyMode = u"system"_s;
    controller.apply(s);
    const QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(target));
    QCOMPARE(QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(target)).value(0).type(),
        system.value(0).type());
}

void TestSettingsDialog::labelsAreNotClippedAndScreenshots()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR");
    const QStringList names {u"general"_s, u"transfers"_s, u"reminders"_s, u"network"_s};
    QTabWidget *tabs = dialog.tabs();
    QCOMPARE(tabs->count(), names.size());
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        for (QWidget *w : tabs->currentWidget()->findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            const auto *label = qobject_cast<QLabel *>(w);
            const bool text = (label && !label->wordWrap()) || qobject_cast<QAbstractButton *>(w);
            if (text)
                QVERIFY2(w->width() >= w->minimumSizeHint().width(),
                    qPrintable(u"clipped: "_s + (label ? label->text() : w->accessibleName())));
        }
        if (!dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + u"/settings-"_s + names.at(i) + u".png"_s));
    }
}

void TestSettingsDialog::mainWindowOpensSettingsAndAbout()
{
    QSettings().setValue(u"transfers/filesInFlight"_s, 7);
    UiTestGraph graph;
    HttpTransport transport;
    MainWindow window(&graph.profiles, &graph.credentials, &transport);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.transferQueue()->maxFiles(), 7); // applied at start-up
    QAction *settings = nullptr;
    QStringList about;
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(u"Ctrl+,"_s))
            settings = action;
        if (action->menuRole() == QAction::AboutRole || action->menuRole() == QAction::AboutQtRole)
            about.append(action->text().remove(u'&'));
    }
    QVERIFY(settings);
    QVERIFY(settings->text().startsWith(u"&Settings"_s));
    settings->trigger();
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    child<QSpinBox>(dialog, u"Files in flight"_s)->setValue(9);
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    QCOMPARE(window.transferQueue()->maxFiles(), 9);
    QCOMPARE(about, (QStringList {u"About Skylight"_s, u"About Qt"_s}));
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->menuRole() == QAction::AboutRole)
            action->trigger();
    }
    auto *box = window.findChild<AboutDialog *>();
    QVERIFY(box && box->isVisible());
    box->reject();
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"

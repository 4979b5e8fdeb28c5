// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop integration (issue 9) on the main window over skylight-sandbox --demo: an accessible name
// on every control, the keyboard actions listed in the menus and working on the page shown, the
// tray's count of upcoming maintenance, the layout remembered across windows (a throwaway HOME),
// closing without a tray, and the light and dark palettes with their screenshots.
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "apptheme.h"
#include "breadcrumbbar.h"
#include "browserpage.h"
#include "bucketlistmodel.h"
#include "ec2testwindow.h"
#include "eventtimelinechart.h"
#include "instancesmodel.h"
#include "instancesview.h"
#include "maintenanceeventsmodel.h"
#include "objectlistmodel.h"
#include "objectsview.h"
#include "schedule/maintenanceevent.h"
#include "schedulepanel.h"
#include "settingskeys.h"
#include "transfersdock.h"
#include "trayicon.h"

using namespace Qt::StringLiterals;

namespace {

// "QLineEdit 'name' in InstancesView > QSplitter > …": where an unnamed control sits.
QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QWidget *p = w->parentWidget(); p && chain.size() < 4; p = p->parentWidget()) {
        chain << (p->accessibleName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                                : p->accessibleName());
    }
    return QStringLiteral("%1 '%2' in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), chain.join(u" > "));
}

// Parts of Qt's own composite widgets, named by (or through) their owner.
bool isQtInternal(const QWidget *w)
{
    if (w->objectName().startsWith(u"qt_") || w->objectName().startsWith(u"_q_"))
        return true;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QLineEdit *>(p))
            return true;
    }
    return false;
}

// Every interactive control under `root` without an accessible name (or, for a button, a text).
QStringList unnamedControls(QWidget *root)
{
    QStringList missing;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QChartView *>(w);
        // The table's corner button is Qt's own (select all), announced through the table.
        if (!interactive || qobject_cast<QHeaderView *>(w) || isQtInternal(w)
            || w->inherits("QTableCornerButton"))
            continue;
        if (!w->accessibleName().trimmed().isEmpty())
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().remove(u'&').trimmed().isEmpty())
            continue;
        missing << describe(w);
    }
    return missing;
}

// Every action of the menu bar's menus and their submenus.
QList<QAction *> menuActions(QMenuBar *bar)
{
    QList<QAction *> out;
    QList<QMenu *> menus;
    for (QAction *a : bar->actions()) {
        if (a->menu())
            menus << a->menu();
    }
    while (!menus.isEmpty()) {
        QMenu *m = menus.takeFirst();
        for (QAction *a : m->actions()) {
            if (a->menu())
                menus << a->menu();
            else if (!a->isSeparator())
                out << a;
        }
    }
    return out;
}

bool saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    return w->grab().save(dir + u'/' + name);
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parseLocation_data();
    void parseLocation();
    void accessibleNames();
    void shortcutsListedAndWorking();
    void trayCountsUpcoming();
    void badgeIsPainted();
    void columnMenuShowsAndHides();
    void layoutRemembered();
    void closeWithoutTrayQuits();
    void darkAndLightPalettes();

private:
    bool openBucket(const QString &bucket);
    void recreateWindow();

    std::unique_ptr<Ec2TestWindow> m_w;
};

void TestDesktop::initTestCase()
{
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::ConfigLocation).startsWith(QDir::tempPath()));
    QSettings().clear();
    m_w = std::make_unique<Ec2TestWindow>();
    QVERIFY(m_w->start());
}

void TestDesktop::cleanupTestCase()
{
    AppTheme::apply(qApp, u"system"_s);
    m_w.reset();
}

bool TestDesktop::openBucket(const QString &bucket)
{
    if (!m_w->showNode(CloudsModel::NodeKind::Buckets, u"us-east-1"_s))
        return false;
    BrowserPage *page = m_w->window->browserPage();
    if (!QTest::qWaitFor([&] { return page->bucketModel()->rowCount() > 0; }, 20000))
        return false;
    page->openFolder(bucket);
    return QTest::qWaitFor([&] { return page->objectModel()->rowCount() > 0; }, 20000);
}

void TestDesktop::recreateWindow()
{
    m_w->window
        = std::make_unique<MainWindow>(&m_w->graph.profiles, &m_w->graph.credentials, &m_w->transport);
    m_w->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w->window.get()));
    QVERIFY(m_w->reload());
}

void TestDesktop::parseLocation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("bucket") << u"photos"_s << u"photos"_s << QString();
    QTest::newRow("bucket slash") << u"photos/"_s << u"photos"_s << QString();
    QTest::newRow("folder without slash") << u"photos/2023/05"_s << u"photos"_s << u"2023/05/"_s;
    QTest::newRow("s3 url") << u"s3://photos/2023/"_s << u"photos"_s << u"2023/"_s;
    QTest::newRow("leading slash, spaces") << u"  /photos/a//b/ "_s << u"photos"_s << u"a//b/"_s;
}

void TestDesktop::parseLocation()
{
    QFETCH(QString, text);
    QFETCH(QString, bucket);
    QFETCH(QString, prefix);
    const auto parsed = BreadcrumbBar::parseLocation(text);
    QCOMPARE(parsed.first, bucket);
    QCOMPARE(parsed.second, prefix);
}

void TestDesktop::accessibleNames()
{
    MainWindow *window = m_w->window.get();
    // Visit each page with data in it, so controls made on demand (breadcrumb levels, the details
    // pane's and the schedule's buttons) exist.
    QVERIFY(m_w->showNode(CloudsModel::NodeKind::Instances, u"us-east-1"_s));
    window->instancesView()->selectSourceRow(0);
    QVERIFY(m_w->showNode(CloudsModel::NodeKind::Events, u"us-east-1"_s));
    window->eventsView()->selectSourceRow(0);
    QVERIFY(openBucket(u"photos"_s));
    window->transfersDock()->show();
    QTest::qWait(50);
    const QStringList missing = unnamedControls(window);
    if (!missing.isEmpty())
        qWarning("%s", qPrintable(missing.join(u'\n')));
    QVERIFY2(missing.isEmpty(), qPrintable(u"%1 controls without an accessible name"_s.arg(missing.size())));
    // The walk does see the controls it checks (a broken walk would pass).
    QVERIFY(window->findChildren<QAbstractButton *>().size() > 10);
    QVERIFY(!window->findChildren<QChartView *>().isEmpty());
}

void TestDesktop::shortcutsListedAndWorking()
{
    MainWindow *window = m_w->window.get();
    const QList<QAction *> actions = menuActions(window->menuBar());
    QHash<QString, QKeySequence> byName;
    for (QAction *a : actions)
        byName.insert(a->objectName(), a->shortcut());
    QCOMPARE(byName.value(u"refreshAction"_s), QKeySequence(Qt::Key_F5));
    QCOMPARE(byName.value(u"filterAction"_s), QKeySequence(Qt::CTRL | Qt::Key_F));
    QCOMPARE(byName.value(u"locationAction"_s), QKeySequence(Qt::CTRL | Qt::Key_L));
    QCOMPARE(byName.value(u"quitAction"_s), QKeySequence(Qt::CTRL | Qt::Key_Q));
    bool settingsFound = false;
    for (QAction *a : actions)
        settingsFound |= a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma);
    QVERIFY2(settingsFound, "Ctrl+, (Settings) is in a menu");
    // No key is claimed twice in the menus (Qt would then run neither).
    QSet<QKeySequence> seen;
    for (QAction *a : actions) {
        if (a->shortcut().isEmpty())
            continue;
        QVERIFY2(!seen.contains(a->shortcut()), qPrintable(a->shortcut().toString()));
        seen.insert(a->shortcut());
    }
    // The browser's actions show their keys in the objects view's context menu.
    BrowserPage *page = window->browserPage();
    QHash<QKeySequence, QString> browserKeys;
    for (QAction *a : page->objectsView()->actions())
        browserKeys.insert(a->shortcut(), a->text());
    QVERIFY(browserKeys.contains(QKeySequence(QKeySequence::Delete)));
    QVERIFY(browserKeys.contains(QKeySequence(Qt::Key_F2)));
    QVERIFY(browserKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_U)));
    QVERIFY(browserKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)));
    QVERIFY(browserKeys.contains(QKeySequence(QKeySequence::Copy)));

    // Ctrl+F on the instances page focuses its filter; Escape there empties it.
    QVERIFY(m_w->showNode(CloudsModel::NodeKind::Instances, u"us-east-1"_s));
    window->activateWindow();
    window->instancesView()->table()->setFocus();
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->instancesView()->filterEdit()->hasFocus());
    QTest::keyClicks(window->instancesView()->filterEdit(), u"zzz"_s);
    QCOMPARE(window->instancesView()->proxy()->rowCount(), 0);
    QTest::keyClick(window->instancesView()->filterEdit(), Qt::Key_Escape);
    QVERIFY(window->instancesView()->filterEdit()->text().isEmpty());
    QVERIFY(window->instancesView()->proxy()->rowCount() > 0);

    // Ctrl+L in the browser: the breadcrumb becomes a path; typing one and Enter goes there.
    QVERIFY(openBucket(u"photos"_s));
    page->objectsView()->setFocus();
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(page->breadcrumb()->isEditing());
    QLineEdit *path = page->breadcrumb()->locationEdit();
    QVERIFY(path->hasFocus());
    QCOMPARE(path->text(), u"photos/"_s);
    path->clear();
    QTest::keyClicks(path, u"www-example/"_s);
    QTest::keyClick(path, Qt::Key_Return);
    QVERIFY(!page->breadcrumb()->isEditing());
    QTRY_COMPARE(page->objectModel()->bucket(), u"www-example"_s);
    // Ctrl+F in the browser: its own filter box.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page->filterEdit()->hasFocus());
}

void TestDesktop::trayCountsUpcoming()
{
    TrayIcon *tray = m_w->window->trayIcon();
    QVERIFY(tray);
    // The count checked against a describe of our own, not against the window's model.
    const Ec2TestWindow::Fresh fresh = m_w->describeAgain();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int expected = 0;
    for (const InstanceStatus &status : fresh.statuses) {
        for (const MaintenanceEvent &e : MaintenanceEvent::fromStatuses(u"sandbox"_s, {}, {status}))
            expected += e.isUpcoming(now) ? 1 : 0;
    }
    QVERIFY2(expected > 0, "the demo has upcoming events");
    tray->update();
    QCOMPARE(tray->upcomingCount(), expected);
    // "%n upcoming maintenance event(s)": the plural is the translations' (English shows "(s)").
    QVERIFY2(tray->toolTip().startsWith(u"%1 upcoming maintenance event"_s.arg(expected)),
        qPrintable(tray->toolTip()));
    QVERIFY(!tray->systemTray()); // offscreen: no system tray, and nothing breaks

    // The menu: Show, the upcoming events, Open schedule, Quit.
    QStringList texts;
    QMenu *upcoming = nullptr;
    for (QAction *a : tray->menu()->actions()) {
        if (a->isSeparator())
            continue;
        texts << a->text().remove(u'&');
        if (a->menu())
            upcoming = a->menu();
    }
    QCOMPARE(
        texts, (QStringList {u"Show Skylight"_s, u"Upcoming maintenance"_s, u"Open schedule"_s, u"Quit"_s}));
    QVERIFY(upcoming);
    QList<QAction *> events;
    for (QAction *a : upcoming->actions()) {
        if (!a->isSeparator())
            events << a;
    }
    QCOMPARE(int(events.size()),
        std::min(expected, int(TrayIcon::kMenuEvents)) + (expected > TrayIcon::kMenuEvents ? 1 : 0));
    // Choosing an event opens the schedule at its row.
    MainWindow *window = m_w->window.get();
    QVERIFY(m_w->showNode(CloudsModel::NodeKind::Instances, u"us-east-1"_s));
    events.first()->trigger();
    QCOMPARE(window->findChild<QStackedWidget *>()->currentWidget(), window->eventsView());
    const int row = window->eventsView()->currentSourceRow();
    QVERIFY(row >= 0);
    const MaintenanceEvent chosen
        = qobject_cast<MaintenanceEventsModel *>(window->eventsView()->proxy()->sourceModel())
              ->maintenanceEventAt(row);
    QVERIFY(chosen.isUpcoming(now));
    QVERIFY(events.first()->text().contains(chosen.event.code));
}

void TestDesktop::badgeIsPainted()
{
    const QIcon base = TrayIcon::appIcon();
    QVERIFY(!base.pixmap(32).isNull());
    const QImage plain = base.pixmap(32).toImage();
    const QImage badge = TrayIcon::badged(base, 3).pixmap(32).toImage();
    QCOMPARE(badge.size(), QSize(32, 32));
    // The disc sits top right, red; the rest of the icon is untouched.
    const QColor corner = badge.pixelColor(26, 5);
    QVERIFY2(corner.red() > 150 && corner.green() < 100 && corner.blue() < 100, qPrintable(corner.name()));
    QCOMPARE(badge.pixelColor(4, 28), plain.pixelColor(4, 28));
    QCOMPARE(TrayIcon::badged(base, 0).pixmap(32).toImage(), plain);
}

// Right-click on a header, then the column's entry in the menu that pops up.
static bool toggleColumnFromMenu(QHeaderView *header, const QString &title)
{
    bool found = false;
    QTimer::singleShot(0, header, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            if (a->text() == title && a->isEnabled()) {
                found = true;
                a->trigger();
            }
        }
        menu->close();
    });
    Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
    return found;
}

void TestDesktop::columnMenuShowsAndHides()
{
    QHeaderView *header = m_w->window->eventsView()->table()->horizontalHeader();
    QCOMPARE(header->contextMenuPolicy(), Qt::CustomContextMenu);
    const int column = MaintenanceEventsModel::Instance;
    const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
    QVERIFY(!header->isSectionHidden(column));
    QVERIFY(toggleColumnFromMenu(header, title));
    QVERIFY(header->isSectionHidden(column));
    QVERIFY(toggleColumnFromMenu(header, title));
    QVERIFY(!header->isSectionHidden(column));
    QVERIFY(header->sectionSize(column) > 0);
}

void TestDesktop::layoutRemembered()
{
    MainWindow *window = m_w->window.get();
    QVERIFY(m_w->showNode(CloudsModel::NodeKind::Instances, u"us-east-1"_s));
    window->resize(1300, 820);
    QHeaderView *instances = window->instancesView()->table()->horizontalHeader();
    instances->resizeSection(InstancesModel::Name, 277);
    QHeaderView *schedule = window->eventsView()->table()->horizontalHeader();
    schedule->moveSection(schedule->visualIndex(MaintenanceEventsModel::Instance), 0);
    QHeaderView *objects = window->browserPage()->objectsView()->header();
    objects->setSectionHidden(ObjectListModel::Modified, true);
    QHeaderView *buckets = window->browserPage()->bucketsView()->header();
    buckets->resizeSection(BucketListModel::Name, 311);
    auto *splitter = qobject_cast<QSplitter *>(window->centralWidget());
    QVERIFY(splitter);
    splitter->setSizes({333, 900});
    const QList<int> splitterSizes = splitter->sizes();
    window->transfersDock()->show();

    QVERIFY(window->close());
    m_w->window.reset();
    QVERIFY(!QSettings().value(SettingsKeys::windowGeometry).toByteArray().isEmpty());
    QVERIFY(!QSettings().value(SettingsKeys::windowState).toByteArray().isEmpty());

    recreateWindow();
    window = m_w->window.get();
    QVERIFY(m_w->showNode(CloudsModel::NodeKind::Instances, u"us-east-1"_s));
    QTest::qWait(300); // past the columns' fit-to-contents timer: the remembered width must stay
    QCOMPARE(window->size(), QSize(1300, 820));
    QCOMPARE(window->instancesView()->table()->horizontalHeader()->sectionSize(InstancesModel::Name), 277);
    QCOMPARE(
        window->eventsView()->table()->horizontalHeader()->visualIndex(MaintenanceEventsModel::Instance), 0);
    QVERIFY(window->browserPage()->objectsView()->header()->isSectionHidden(ObjectListModel::Modified));
    QVERIFY(!window->browserPage()->objectsView()->header()->isSectionHidden(ObjectListModel::Size));
    QCOMPARE(window->browserPage()->bucketsView()->header()->sectionSize(BucketListModel::Name), 311);
    QCOMPARE(qobject_cast<QSplitter *>(window->centralWidget())->sizes(), splitterSizes);
    QVERIFY(window->transfersDock()->isVisible());
}

void TestDesktop::closeWithoutTrayQuits()
{
    // Keep running in the tray is chosen, but offscreen there is no tray: the window must close
    // for real rather than vanish with nothing to bring it back.
    QSettings().setValue(SettingsKeys::keepRunningOnClose, true);
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    QVERIFY(m_w->window->close());
    QVERIFY(!m_w->window->isVisible());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    QSettings().remove(SettingsKeys::keepRunningOnClose);
    recreateWindow();
}

void TestDesktop::darkAndLightPalettes()
{
    AppTheme::apply(qApp, u"dark"_s);
    QVERIFY(AppTheme::isDark(QApplication::palette()));
    QVERIFY(AppTheme::darkPalette().color(QPalette::Disabled, QPalette::Text)
        != AppTheme::darkPalette().color(QPalette::Active, QPalette::Text));
    m_w->window.reset();
    QSettings().remove(u"layout"_s); // the pictures in the default layout
    recreateWindow();
    MainWindow *window = m_w->window.get();
    window->resize(1400, 860);
    QVERIFY(AppTheme::isDark(window->palette()));
    QVERIFY(m_w->showNode(CloudsModel::NodeKind::Instances, u"us-east-1"_s));
    window->instancesView()->selectSourceRow(0);
    QTest::qWait(200);
    QVERIFY(saveShot(window, u"desktop-main-dark.png"_s));

    window->showSchedule();
    window->eventsView()->selectSourceRow(0);
    window->schedulePanel()->syncTimeline();
    QChart *chart = window->schedulePanel()->timeline()->chart();
    QCOMPARE(chart->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart->backgroundBrush().color(), window->palette().color(QPalette::Base));
    QVERIFY(window->schedulePanel()->timeline()->barCount() > 0);
    QTest::qWait(200);
    QVERIFY(saveShot(window, u"desktop-schedule-dark.png"_s));
    QVERIFY(saveShot(window->schedulePanel()->timeline(), u"desktop-timeline-dark.png"_s));

    // The tray menu, as the tray would pop it up.
    QMenu *menu = window->trayIcon()->menu();
    menu->popup(QPoint(20, 20));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QVERIFY(saveShot(menu, u"desktop-tray-menu-dark.png"_s));
    menu->hide();

    // Switching at run time (the Settings dialog): the timeline follows the palette.
    const int bars = window->schedulePanel()->timeline()->barCount();
    AppTheme::apply(qApp, u"light"_s);
    QVERIFY(!AppTheme::isDark(QApplication::palette()));
    QTRY_VERIFY(!AppTheme::isDark(window->palette()));
    QTRY_COMPARE(chart->theme(), QChart::ChartThemeLight);
    QCOMPARE(window->schedulePanel()->timeline()->barCount(), bars);
    QTest::qWait(200);
    QVERIFY(saveShot(window, u"desktop-schedule-light.png"_s));
    QVERIFY(m_w->showNode(CloudsModel::NodeKind::Events, u"us-east-1"_s));
    QVERIFY(m_w->showNode(CloudsModel::NodeKind::Instances, u"us-east-1"_s));
    QCOMPARE(window->findChild<QStackedWidget *>()->currentWidget(), window->instancesView());
    QTest::qWait(200);
    QVERIFY(saveShot(window, u"desktop-main-light.png"_s));
}

// Settings and data in a throwaway HOME, before anything reads QStandardPaths or QSettings.
int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + u"/.config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + u"/.local/share"_s).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"SkylightDesktopTest"_s);
    TestDesktop test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktop.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTreeView>

#include "aboutdialog.h"
#include "apiversionsview.h"
#include "apptheme.h"
#include "browserpage.h"
#include "cloudeditordialog.h"
#include "clouds/connectiontester.h"
#include "clouds/credentialjob.h"
#include "clouds/credentialstore.h"
#include "clouds/profilepresets.h"
#include "clouds/profilestore.h"
#include "cloudsmodel.h"
#include "ec2loader.h"
#include "importdialog.h"
#include "instanceactionrunner.h"
#include "instancedetailspane.h"
#include "instancesmodel.h"
#include "instancesview.h"
#include "layoutmemory.h"
#include "maintenanceeventsmodel.h"
#include "objectsview.h"
#include "remindernotifier.h"
#include "s3clientpool.h"
#include "schedulepanel.h"
#include "settings/settingscontroller.h"
#include "settingskeys.h"
#include "transfer/transferqueue.h"
#include "transfersdock.h"
#include "trayicon.h"
#include "welcomepage.h"

namespace {

const char kSandboxAccessKey[] = "SKYLIGHTSANDBOX";
const char kSandboxSecretKey[] = "sandbox-secret-key"; // the sandbox's published demo key

// The sandbox's profile is the one made for its keys (credential "sandbox"), whatever language
// named it: a start in another language must not add a second one. A first start names it.
QString sandboxProfileName(const ProfileStore *profiles)
{
    for (const CloudProfile &profile : profiles->profiles()) {
        if (profile.credentialId == QLatin1String("sandbox"))
            return profile.name;
    }
    return MainWindow::tr("Local sandbox");
}

} // namespace

MainWindow::MainWindow(
    ProfileStore *profiles, CredentialStore *credentials, HttpTransport *transport, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_transport(transport)
{
    setWindowTitle(tr("Skylight"));
    auto *splitter = new QSplitter(this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_model = new CloudsModel(profiles, this);
    m_clouds = new QTreeView(splitter);
    m_clouds->setModel(m_model);
    m_clouds->setAccessibleName(tr("Clouds"));
    m_clouds->setUniformRowHeights(true);
    m_clouds->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_stack = new QStackedWidget(splitter);
    m_welcome = new WelcomePage(m_stack);
    m_cloudPage = new QLabel(tr("Choose a cloud, a region and a view in the clouds panel."), m_stack);
    m_cloudPage->setAlignment(Qt::AlignCenter);
    m_cloudPage->setWordWrap(true);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_cloudPage);
    m_instances = new InstancesModel(this);
    m_events = new MaintenanceEventsModel(this);
    m_ec2 = new Ec2Loader(profiles, credentials, transport, m_instances, m_events, this);
    m_instancesView = new InstancesView(m_instances, InstancesModel::Cloud, InstancesModel::Region, m_stack);
    m_eventsView
        = new InstancesView(m_events, MaintenanceEventsModel::Cloud, MaintenanceEventsModel::Region, m_stack);
    m_stack->addWidget(m_instancesView);
    m_stack->addWidget(m_eventsView);
    // Instance details and actions beside the table; the schedule's filters, timeline and actions.
    m_actions = new InstanceActionRunner(m_ec2, m_instances, this);
    m_details = new InstanceDetailsPane(m_instances, m_actions, m_instancesView);
    m_instancesView->setSidePane(m_details, Qt::Horizontal);
    connect(
        m_instancesView, &InstancesView::currentSourceRowChanged, m_details, &InstanceDetailsPane::showRow);
    m_schedule = new SchedulePanel(m_events, m_eventsView, m_ec2, m_actions, m_eventsView);
    m_apiVersions = new ApiVersionsView(m_stack);
    m_stack->addWidget(m_apiVersions);
    m_reminders = new ReminderNotifier(m_events, {}, this);
    connect(m_reminders, &ReminderNotifier::openScheduleRequested, this, &MainWindow::showSchedule);
    // The tray: upcoming events counted on the icon, the reminders' messages, Show / Quit.
    m_tray = new TrayIcon(m_events, this);
    m_reminders->setTray(m_tray->systemTray());
    connect(m_tray, &TrayIcon::showWindowRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &TrayIcon::openScheduleRequested, this, &MainWindow::openScheduleAt);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
    // Buckets: one queue for every upload and download; its dock appears with the first transfer.
    m_queue = new TransferQueue(this);
    m_queue->setConflictPolicy(ConflictChoice::Ask);
    m_queue->setJournalDirectory(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/transfers"));
    m_s3 = new S3ClientPool(profiles, credentials, transport, this);
    m_browser = new BrowserPage(m_s3, m_queue, m_stack);
    m_stack->addWidget(m_browser);
    m_transfers = new TransfersDock(m_queue, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_transfers);
    m_transfers->hide();
    connect(m_queue, &TransferQueue::itemAdded, m_transfers, &QWidget::show);
    connect(m_browser, &BrowserPage::statusChanged, statusBar(), [this](const QString &text) {
        statusBar()->showMessage(text);
    });
    for (InstancesView *view : {m_instancesView, m_eventsView}) {
        connect(view, &InstancesView::refreshRequested, m_ec2, &Ec2Loader::refresh);
        connect(m_ec2, &Ec2Loader::progress, view, &InstancesView::setStatus);
    }
    splitter->addWidget(m_clouds);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 840});
    setCentralWidget(splitter);

    m_sandbox = new SandboxLauncher(this);
    connect(m_sandbox, &SandboxLauncher::ready, this, &MainWindow::onSandboxReady);
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Sandbox: %1").arg(message));
    });
    connect(m_welcome, &WelcomePage::addCloudRequested, this, &MainWindow::addCloud);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importClouds);
    connect(m_welcome, &WelcomePage::sandboxRequested, this, &MainWindow::startSandbox);
    connect(m_clouds, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(CloudsModel::NodeKindRole).toInt() == int(CloudsModel::NodeKind::Cloud))
            editCloud(index.data(CloudsModel::ProfileNameRole).toString());
    });
    connect(m_clouds->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showNode);
    // Stored settings: transfer concurrency, reminders, periodic refresh, proxy (again on every change).
    m_settings = new SettingsController(m_queue, m_reminders, m_ec2, this);
    m_settings->apply();
    connect(m_settings, &SettingsController::applied, this, [](const AppSettings &applied) {
        AppTheme::apply(qApp, applied.theme); // the palette follows a change at once
    });
    m_instancesView->table()->setAccessibleName(tr("Instances"));
    m_eventsView->table()->setAccessibleName(tr("Maintenance events"));
    m_instancesView->filterEdit()->setAccessibleDescription(tr("Shows only the instances matching the text"));
    m_eventsView->filterEdit()->setAccessibleDescription(tr("Shows only the events matching the text"));
    for (QHeaderView *header : {m_instancesView->table()->horizontalHeader(),
             m_eventsView->table()->horizontalHeader(),
             m_browser->bucketsView()->header(),
             m_browser->objectsView()->header()})
        LayoutMemory::addColumnMenu(header);
    buildMenus();
    cloudsChanged();
    resize(1100, 700);
    restoreLayout();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::windowGeometry, saveGeometry());
    settings.setValue(SettingsKeys::windowState, saveState());
    LayoutMemory::saveSplitter(settings, QStringLiteral("main"), m_splitter);
    LayoutMemory::saveSplitter(settings, QStringLiteral("instances"), m_instancesView->splitter());
    LayoutMemory::saveSplitter(settings, QStringLiteral("schedule"), m_eventsView->splitter());
    LayoutMemory::saveHeader(
        settings, QStringLiteral("instances"), m_instancesView->table()->horizontalHeader());
    LayoutMemory::saveHeader(settings, QStringLiteral("schedule"), m_eventsView->table()->horizontalHeader());
    LayoutMemory::saveHeader(settings, QStringLiteral("buckets"), m_browser->bucketsView()->header());
    LayoutMemory::saveHeader(settings, QStringLiteral("objects"), m_browser->objectsView()->header());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(SettingsKeys::windowGeometry).toByteArray());
    restoreState(settings.value(SettingsKeys::windowState).toByteArray());
    LayoutMemory::restoreSplitter(settings, QStringLiteral("main"), m_splitter);
    LayoutMemory::restoreSplitter(settings, QStringLiteral("instances"), m_instancesView->splitter());
    LayoutMemory::restoreSplitter(settings, QStringLiteral("schedule"), m_eventsView->splitter());
    // Remembered widths win over fitting the columns to what arrives.
    if (LayoutMemory::restoreHeader(
            settings, QStringLiteral("instances"), m_instancesView->table()->horizontalHeader()))
        m_instancesView->setAutoFitColumns(false);
    if (LayoutMemory::restoreHeader(
            settings, QStringLiteral("schedule"), m_eventsView->table()->horizontalHeader()))
        m_eventsView->setAutoFitColumns(false);
    LayoutMemory::restoreHeader(settings, QStringLiteral("buckets"), m_browser->bucketsView()->header());
    LayoutMemory::restoreHeader(settings, QStringLiteral("objects"), m_browser->objectsView()->header());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *add = file->addAction(tr("&Add cloud…"), this, &MainWindow::addCloud);
    add->setIcon(AppTheme::icon(QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder));
    add->setShortcut(QKeySequence::New);
    file->addAction(tr("&Import…"), this, &MainWindow::importClouds);
    file->addAction(tr("Try the local &sandbox"), this, &MainWindow::startSandbox);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    // QKeySequence::Quit is empty on some platforms (Windows): Ctrl+Q there too.
    quit->setShortcut(QKeySequence(QKeySequence::Quit).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q)
                                                                 : QKeySequence(QKeySequence::Quit));
    quit->setMenuRole(QAction::QuitRole);
    quit->setIcon(AppTheme::icon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton));
    connect(quit, &QAction::triggered, this, &MainWindow::quit);

    QMenu *cloud = menuBar()->addMenu(tr("&Cloud"));
    QAction *edit = cloud->addAction(tr("&Edit…"), this, [this] { editCloud(selectedCloud()); });
    QAction *remove = cloud->addAction(tr("&Remove…"), this, [this] { removeCloud(selectedCloud()); });
    m_clouds->addAction(edit);
    m_clouds->addAction(remove);

    // The page shown decides what these do: F5 reloads the instances and events, or the folder.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reload = view->addAction(tr("Re&fresh"), this, &MainWindow::refreshShown);
    reload->setObjectName(QStringLiteral("refreshAction"));
    reload->setShortcut(QKeySequence::Refresh);
    reload->setIcon(AppTheme::icon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload));
    QAction *filter = view->addAction(tr("&Filter…"), this, &MainWindow::focusFilter);
    filter->setObjectName(QStringLiteral("filterAction"));
    filter->setShortcut(QKeySequence::Find);
    filter->setIcon(AppTheme::icon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView));
    QAction *location = view->addAction(tr("Go to &location…"), this, &MainWindow::editLocation);
    location->setObjectName(QStringLiteral("locationAction"));
    location->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    location->setIcon(AppTheme::icon(QStringLiteral("go-jump"), QStyle::SP_DirOpenIcon));
    view->addSeparator();
    QAction *schedule = view->addAction(tr("Maintenance &schedule"), this, &MainWindow::showSchedule);
    schedule->setObjectName(QStringLiteral("scheduleAction"));
    schedule->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *transfers = m_transfers->toggleViewAction();
    transfers->setText(tr("&Transfers"));
    transfers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    view->addAction(transfers);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = tools->addAction(tr("&Settings…"), this, [this] { m_settings->openDialog(this); });
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Skylight"), this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::cloudsChanged(const QString &select)
{
    m_model->reload();
    const bool empty = m_profiles->profiles().isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_cloudPage);
    m_clouds->setVisible(!empty); // the welcome page alone until there is a cloud
    m_clouds->expandToDepth(0);
    if (m_ec2->hasLoaded())
        m_ec2->refresh(); // the clouds changed: what is shown may be stale
    const QModelIndex selected = m_model->indexOfProfile(select);
    if (selected.isValid())
        m_clouds->setCurrentIndex(selected);
    statusBar()->showMessage(empty ? tr("No cloud configured yet")
                                   : tr("%n cloud(s)", nullptr, int(m_profiles->profiles().size())));
}

void MainWindow::showNode(const QModelIndex &index)
{
    const auto kind = CloudsModel::NodeKind(index.data(CloudsModel::NodeKindRole).toInt());
    if (index.isValid() && kind == CloudsModel::NodeKind::Buckets) {
        const QString name = index.data(CloudsModel::ProfileNameRole).toString();
        const CloudProfile *profile = m_profiles->find(name);
        m_browser->setCloud(
            name, index.data(CloudsModel::RegionRole).toString(), profile ? profile->regions : QStringList());
        m_stack->setCurrentWidget(m_browser);
        return;
    }
    if (index.isValid() && kind == CloudsModel::NodeKind::Cloud) {
        const CloudProfile *profile = m_profiles->find(index.data(CloudsModel::ProfileNameRole).toString());
        if (profile && profile->hasEc2()) {
            m_apiVersions->setCloud(profile->name, profile->ec2ApiVersion);
            m_stack->setCurrentWidget(m_apiVersions);
            return;
        }
    }
    if (!index.isValid()
        || (kind != CloudsModel::NodeKind::Instances && kind != CloudsModel::NodeKind::Events)) {
        if (!m_profiles->profiles().isEmpty())
            m_stack->setCurrentWidget(m_cloudPage);
        return;
    }
    InstancesView *view = kind == CloudsModel::NodeKind::Instances ? m_instancesView : m_eventsView;
    view->setScope(
        index.data(CloudsModel::ProfileNameRole).toString(), index.data(CloudsModel::RegionRole).toString());
    m_stack->setCurrentWidget(view);
    if (!m_ec2->hasLoaded() && !m_ec2->isRunning())
        m_ec2->refresh();
}

void MainWindow::showSchedule()
{
    m_eventsView->setScope({}, {});
    m_stack->setCurrentWidget(m_eventsView);
    showNormal();
    raise();
    activateWindow();
}

QString MainWindow::selectedCloud() const
{
    return m_clouds->currentIndex().data(CloudsModel::ProfileNameRole).toString();
}

void MainWindow::addCloud()
{
    auto *dialog = new CloudEditorDialog(m_profiles, m_credentials, m_transport, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CloudEditorDialog::saved, this, &MainWindow::cloudsChanged);
    dialog->open();
}

void MainWindow::editCloud(const QString &name)
{
    if (name.isEmpty())
        return;
    auto *dialog = new CloudEditorDialog(m_profiles, m_credentials, m_transport, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editProfile(name);
    connect(dialog, &CloudEditorDialog::saved, this, &MainWindow::cloudsChanged);
    dialog->open();
}

void MainWindow::importClouds()
{
    auto *dialog = new ImportDialog(m_profiles, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const QStringList &names) {
        cloudsChanged(names.value(0));
    });
    dialog->open();
}

void MainWindow::removeCloud(const QString &name)
{
    const CloudProfile *profile = m_profiles->find(name);
    if (!profile)
        return;
    auto *box = new QMessageBox(QMessageBox::Question,
        tr("Remove cloud"),
        tr("Remove %1 and its keys from this computer? The cloud itself is not changed.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, name, id = profile->credentialId] {
        m_profiles->remove(name);
        if (!m_profiles->save())
            statusBar()->showMessage(m_profiles->errorString());
        if (!id.isEmpty())
            m_credentials->remove(id)->start();
        cloudsChanged();
    });
    box->open();
}

void MainWindow::setSandboxLocation(const QString &program, const QString &dataDir)
{
    m_sandboxProgram = program;
    m_sandboxData = dataDir;
}

void MainWindow::startSandbox()
{
    statusBar()->showMessage(tr("Starting the local sandbox…"));
    const QString data = !m_sandboxData.isEmpty()
        ? m_sandboxData
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox");
    m_sandbox->start(m_sandboxProgram.isEmpty() ? SandboxLauncher::findProgram() : m_sandboxProgram, data);
}

void MainWindow::onSandboxReady(const SandboxLauncher::Endpoints &endpoints)
{
    CloudProfile profile = ProfilePresets::sandbox(endpoints.s3.port());
    const CloudProfile *existing = m_profiles->find(sandboxProfileName(m_profiles));
    if (existing) {
        profile.regions = existing->regions;   // found by an earlier DescribeRegions
        profile.readOnly = existing->readOnly; // the user's choice outlives a restart
    }
    profile.name = sandboxProfileName(m_profiles);
    profile.credentialId = QStringLiteral("sandbox");
    profile.s3Endpoint = endpoints.s3.toString();
    profile.ec2Endpoint = endpoints.ec2.isEmpty() ? QString() : endpoints.ec2.toString();
    profile.websiteEndpoint = endpoints.website.isEmpty() ? QString() : endpoints.website.toString();
    profile.defaultRegion = endpoints.region;
    if (!profile.regions.contains(endpoints.region))
        profile.regions.prepend(endpoints.region);
    const Credentials keys(kSandboxAccessKey, kSandboxSecretKey);
    CredentialJob *job = m_credentials->write(profile.credentialId, keys);
    connect(job, &CredentialJob::finished, this, [this, profile, keys](const CredentialResult &r) {
        if (!r.isOk()) {
            statusBar()->showMessage(tr("Sandbox: the keys were not stored: %1").arg(r.error.message()));
            return;
        }
        m_profiles->upsert(profile);
        if (!m_profiles->save())
            statusBar()->showMessage(m_profiles->errorString());
        cloudsChanged(profile.name);
        statusBar()->showMessage(
            tr("Sandbox running at %1; testing the connection…").arg(profile.s3Endpoint));
        // DescribeRegions both proves the connection and lists the sandbox's regions.
        auto *tester = new ConnectionTester(m_transport, profile, keys, this);
        connect(tester, &ConnectionTester::finished, this, &MainWindow::onSandboxTested);
        tester->start();
    });
    job->start();
}

void MainWindow::onSandboxTested(const ConnectionTestResult &result)
{
    if (!result.isOk()) {
        statusBar()->showMessage(tr("Sandbox: %1").arg(result.firstFailure()->summary()));
        return;
    }
    const CloudProfile *stored = m_profiles->find(sandboxProfileName(m_profiles));
    if (!stored)
        return;
    CloudProfile profile = *stored;
    for (const ServiceTestOutcome &o : result.outcomes) {
        if (o.service == ServiceTestOutcome::Service::Ec2 && !o.names.isEmpty()
            && o.names != profile.regions) {
            profile.regions = o.names;
            m_profiles->upsert(profile);
            m_profiles->save();
            cloudsChanged(profile.name);
        }
    }
    // Open on what the demo is for: the first region's instances.
    const QModelIndex region = m_model->index(0, 0, m_model->indexOfProfile(profile.name));
    for (int row = 0; row < m_model->rowCount(region); ++row) {
        const QModelIndex view = m_model->index(row, 0, region);
        if (CloudsModel::NodeKind(view.data(CloudsModel::NodeKindRole).toInt())
            == CloudsModel::NodeKind::Instances) {
            m_clouds->expand(region);
            m_clouds->setCurrentIndex(view);
            break;
        }
    }
    statusBar()->showMessage(tr("Sandbox running at %1").arg(profile.s3Endpoint));
    Q_EMIT sandboxProfileReady(profile.name);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    // Into the tray when the user chose so and there is a tray to come back from.
    const bool toTray = !m_quitting && m_tray->systemTray() && QSystemTrayIcon::isSystemTrayAvailable()
        && QSettings().value(SettingsKeys::keepRunningOnClose, false).toBool();
    if (toTray) {
        QApplication::setQuitOnLastWindowClosed(false); // a dialog closed later must not quit
        hide();
        event->ignore();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_tray->systemTray()->showMessage(tr("Skylight is still running"),
                tr("Transfers and reminders go on. Quit from the tray icon's menu."),
                QSystemTrayIcon::Information,
                8000);
        }
        return;
    }
    if (!confirmCloseWithTransfers()) {
        m_quitting = false;
        event->ignore();
        return;
    }
    m_sandbox->stop();
    QMainWindow::closeEvent(event);
}

bool MainWindow::confirmCloseWithTransfers()
{
    if (m_queue->isIdle())
        return true;
    const auto answer = QMessageBox::question(this,
        tr("Transfers running"),
        tr("Uploads or downloads are still running. Quit anyway? Unfinished transfers resume the next "
           "time Skylight starts."),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

void MainWindow::quit()
{
    m_quitting = true;
    if (close())
        QApplication::quit(); // the window may have been hidden in the tray: nothing else quits
    m_quitting = false;
}

void MainWindow::showFromTray()
{
    QApplication::setQuitOnLastWindowClosed(true);
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::openScheduleAt(const QString &eventUid)
{
    QApplication::setQuitOnLastWindowClosed(true);
    showSchedule();
    if (eventUid.isEmpty())
        return;
    for (int row = 0; row < m_events->rowCount(); ++row) {
        if (m_events->maintenanceEventAt(row).uid() == eventUid) {
            m_eventsView->selectSourceRow(row);
            break;
        }
    }
}

void MainWindow::refreshShown()
{
    if (m_stack->currentWidget() == m_browser)
        m_browser->refresh();
    else if (m_stack->currentWidget() == m_apiVersions || m_stack->currentWidget() == m_welcome)
        statusBar()->showMessage(tr("Nothing to refresh here"), 3000);
    else
        m_ec2->refresh();
}

void MainWindow::focusFilter()
{
    QWidget *page = m_stack->currentWidget();
    if (page == m_browser)
        m_browser->focusFilter();
    else if (auto *view = qobject_cast<InstancesView *>(page))
        view->focusFilter();
    else
        statusBar()->showMessage(tr("This page has no filter"), 3000);
}

void MainWindow::editLocation()
{
    if (m_stack->currentWidget() == m_browser) {
        m_browser->editLocation();
        return;
    }
    // Elsewhere the location is the node chosen in the clouds panel.
    m_clouds->setFocus(Qt::ShortcutFocusReason);
}

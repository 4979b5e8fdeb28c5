// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include "sandboxlauncher.h"

class BrowserPage;
class ApiVersionsView;
class CloudsModel;
class S3ClientPool;
class TransferQueue;
class TransfersDock;
class CredentialStore;
class Ec2Loader;
class HttpTransport;
class InstanceActionRunner;
class InstanceDetailsPane;
class InstancesModel;
class InstancesView;
class MaintenanceEventsModel;
class ProfileStore;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTreeView;
class ReminderNotifier;
class SchedulePanel;
class SettingsController;
class TrayIcon;
class WelcomePage;
struct ConnectionTestResult;

// The one window: the clouds panel on the left, the selected view on the right (the welcome page
// while no cloud is configured). The stores and the transport come from main(); the window owns
// none of them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore *profiles,
        CredentialStore *credentials,
        HttpTransport *transport,
        QWidget *parent = nullptr);

    WelcomePage *welcomePage() const { return m_welcome; }
    CloudsModel *cloudsModel() const { return m_model; }
    QTreeView *cloudsView() const { return m_clouds; }
    InstancesView *instancesView() const { return m_instancesView; }
    InstancesView *eventsView() const { return m_eventsView; }
    Ec2Loader *ec2Loader() const { return m_ec2; }
    InstanceDetailsPane *instanceDetails() const { return m_details; }
    SchedulePanel *schedulePanel() const { return m_schedule; }
    ApiVersionsView *apiVersionsView() const { return m_apiVersions; }
    ReminderNotifier *reminders() const { return m_reminders; }
    void showSchedule(); // every cloud's events, from a reminder
    BrowserPage *browserPage() const { return m_browser; }
    TransfersDock *transfersDock() const { return m_transfers; }
    TransferQueue *transferQueue() const { return m_queue; }
    SettingsController *settingsController() const { return m_settings; }
    TrayIcon *trayIcon() const { return m_tray; }

    // The layout (geometry, dock and splitter state, the instances, schedule, buckets and objects
    // headers) to and from QSettings; saved when the window closes, restored when it is made.
    void saveLayout() const;
    void restoreLayout();
    // The window's keyboard actions (F5, Ctrl+F, Ctrl+L, …) work on the page shown.
    void refreshShown();
    void focusFilter();
    void editLocation();
    // Quit for real, even when closing would only hide the window in the tray.
    void quit();

    // Where "Try the local sandbox" finds skylight-sandbox and keeps its data (tests set both).
    void setSandboxLocation(const QString &program, const QString &dataDir);
    SandboxLauncher *sandboxLauncher() const { return m_sandbox; }

    void addCloud();
    void importClouds();
    void startSandbox();
    void editCloud(const QString &name);
    void removeCloud(const QString &name);

Q_SIGNALS:
    void sandboxProfileReady(const QString &name); // after the sandbox answered a connection test

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void cloudsChanged(const QString &select = {});
    QString selectedCloud() const;
    void showNode(const QModelIndex &index); // the view for a clouds-panel node
    void onSandboxReady(const SandboxLauncher::Endpoints &endpoints);
    void onSandboxTested(const ConnectionTestResult &result);
    void showFromTray();
    void openScheduleAt(const QString &eventUid);
    bool confirmCloseWithTransfers();

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    HttpTransport *m_transport;
    CloudsModel *m_model = nullptr;
    QTreeView *m_clouds = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QLabel *m_cloudPage = nullptr;
    InstancesModel *m_instances = nullptr;
    MaintenanceEventsModel *m_events = nullptr;
    InstancesView *m_instancesView = nullptr;
    InstancesView *m_eventsView = nullptr;
    Ec2Loader *m_ec2 = nullptr;
    InstanceActionRunner *m_actions = nullptr;
    InstanceDetailsPane *m_details = nullptr;
    SchedulePanel *m_schedule = nullptr;
    ApiVersionsView *m_apiVersions = nullptr;
    ReminderNotifier *m_reminders = nullptr;
    SandboxLauncher *m_sandbox = nullptr;
    QString m_sandboxProgram;
    QString m_sandboxData;
    TransferQueue *m_queue = nullptr;
    S3ClientPool *m_s3 = nullptr;
    BrowserPage *m_browser = nullptr;
    TransfersDock *m_transfers = nullptr;
    SettingsController *m_settings = nullptr;
    TrayIcon *m_tray = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_quitting = false;
    bool m_toldAboutTray = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDateTime>
#include <QIcon>
#include <QObject>
#include <QTimer>

class MaintenanceEventsModel;
class QMenu;
class QSystemTrayIcon;

// Skylight in the system tray: the app icon with a badge counting the upcoming maintenance events
// (scheduled or in progress), a tooltip saying the same, and a menu: Show Skylight, the next
// upcoming events (each opens the schedule at its row), Open schedule, Quit. The reminders show
// their messages through systemTray(). Without a system tray (offscreen, Xvfb, some desktops)
// systemTray() is null; the menu, icon and count are still kept up to date.
class TrayIcon final : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(MaintenanceEventsModel *model, QObject *parent = nullptr);
    ~TrayIcon() override;

    // Where "now" comes from (tests fix it); default the current time.
    void setClock(std::function<QDateTime()> now);
    // Recounts now instead of after the model settles.
    void update();

    int upcomingCount() const { return m_count; }
    QString toolTip() const;
    QIcon icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *systemTray() const { return m_tray; }

    // `base` with a red disc holding `count` (9+ above nine) in its top-right corner; `base` alone
    // when count is 0.
    static QIcon badged(const QIcon &base, int count);
    // The app icon (the packaging SVG), with a drawn fallback when it cannot be read.
    static QIcon appIcon();

    static constexpr int kMenuEvents = 8; // upcoming events listed in the menu

Q_SIGNALS:
    void showWindowRequested();
    void openScheduleRequested(const QString &eventUid); // empty: the whole schedule
    void quitRequested();

private:
    void rebuildMenu(const QList<int> &rows);

    MaintenanceEventsModel *m_model;
    std::function<QDateTime()> m_clock;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu;
    QMenu *m_upcoming;
    QIcon m_base;
    QIcon m_icon;
    int m_count = -1;
    QTimer m_settle; // model changes come in bursts while loading
    QTimer m_tick;   // windows open and close with time, not only with the model
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include "schedule/reminderschedule.h"

class MaintenanceEventsModel;
class QSystemTrayIcon;

// Tray notifications before maintenance windows open, driven by ReminderSchedule over the events
// model: one single-shot timer armed for the next due reminder, each reminder shown once per event
// and lead time (the fired set lives in a small file, so restarts do not repeat them). Lead times
// come from QSettings SettingsKeys::reminderLeadMinutes (default 1440 and 60). Messages go to the
// tray icon given to setTray() (TrayIcon's); clicking one asks for the schedule. Without a tray (offscreen,
// Xvfb, some desktops) nothing is shown, but reminderFired() still reports each reminder.
class ReminderNotifier final : public QObject
{
    Q_OBJECT
public:
    // `statePath` empty: reminders.json in the AppDataLocation.
    explicit ReminderNotifier(
        MaintenanceEventsModel *model, QString statePath = {}, QObject *parent = nullptr);
    ~ReminderNotifier() override;

    static QList<std::chrono::seconds> leadTimesFromSettings();
    // Reads the lead times again (the Settings dialog changed them) and re-arms for the next one.
    void reloadLeadTimes();

    // Where "now" comes from (tests step a fixed clock); default the current time.
    void setClock(std::function<QDateTime()> now);
    // Fires what is due now and arms the timer for the next one.
    void check();

    // Where messages are shown; null: none (the default).
    void setTray(QSystemTrayIcon *tray);
    bool hasTray() const { return m_tray != nullptr; }
    QDateTime nextDue() const { return m_next; }
    const ReminderSchedule &schedule() const { return m_schedule; }

Q_SIGNALS:
    void reminderFired(
        const QString &eventUid, qint64 leadSeconds, const QString &title, const QString &text);
    void openScheduleRequested();

private:
    void scheduleCheck();
    void arm();

    MaintenanceEventsModel *m_model;
    ReminderSchedule m_schedule;
    std::function<QDateTime()> m_clock;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_timer;  // the next due reminder
    QTimer m_settle; // model changes come in bursts while loading
    QDateTime m_next;
};

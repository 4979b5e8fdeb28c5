// SPDX-License-Identifier: GPL-3.0-or-later
#include "remindernotifier.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>

#include "maintenanceeventsmodel.h"
#include "settingskeys.h"

namespace {

Q_LOGGING_CATEGORY(lcReminders, "skylight.reminders")

constexpr qint64 kMaxTimerMs = 3600 * 1000; // re-check hourly at least: clocks jump, laptops sleep

QString leadText(std::chrono::seconds lead)
{
    const qint64 minutes = lead.count() / 60;
    if (minutes % 60 == 0)
        return ReminderNotifier::tr("%n hour(s)", nullptr, int(minutes / 60));
    return ReminderNotifier::tr("%n minute(s)", nullptr, int(minutes));
}

} // namespace

ReminderNotifier::ReminderNotifier(MaintenanceEventsModel *model, QString statePath, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_schedule(statePath.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                  + QStringLiteral("/reminders.json")
                                     : statePath)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_schedule.setLeadTimes(leadTimesFromSettings());
    QString error;
    if (!m_schedule.load(&error))
        qCWarning(lcReminders) << "reminders state unreadable, starting afresh:" << error;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReminderNotifier::check);
    m_settle.setSingleShot(true);
    m_settle.setInterval(500);
    connect(&m_settle, &QTimer::timeout, this, &ReminderNotifier::check);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReminderNotifier::scheduleCheck);
    connect(model, &QAbstractItemModel::dataChanged, this, &ReminderNotifier::scheduleCheck);
    connect(model, &QAbstractItemModel::modelReset, this, &ReminderNotifier::scheduleCheck);
}

ReminderNotifier::~ReminderNotifier() = default;

void ReminderNotifier::setTray(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderNotifier::openScheduleRequested);
}

QList<std::chrono::seconds> ReminderNotifier::leadTimesFromSettings()
{
    const QVariant stored = QSettings().value(SettingsKeys::reminderLeadMinutes);
    QList<std::chrono::seconds> leads;
    for (const QVariant &v : stored.toList()) {
        bool ok = false;
        const int minutes = v.toInt(&ok);
        if (ok && minutes > 0)
            leads.append(std::chrono::minutes(minutes));
    }
    if (leads.isEmpty())
        leads = {std::chrono::hours(24), std::chrono::hours(1)};
    return leads;
}

void ReminderNotifier::reloadLeadTimes()
{
    const QList<std::chrono::seconds> leads = leadTimesFromSettings();
    if (leads == m_schedule.leadTimes())
        return;
    m_schedule.setLeadTimes(leads);
    check();
}

void ReminderNotifier::setClock(std::function<QDateTime()> now)
{
    m_clock = std::move(now);
}

void ReminderNotifier::scheduleCheck()
{
    if (!m_settle.isActive())
        m_settle.start();
}

void ReminderNotifier::check()
{
    m_settle.stop();
    const QList<MaintenanceEvent> events = m_model->maintenanceEvents();
    const QDateTime now = m_clock();
    const QList<Reminder> due = m_schedule.due(events, now);
    if (!due.isEmpty()) {
        // The folder is made only when there is something to remember.
        QDir().mkpath(QFileInfo(m_schedule.statePath()).absolutePath());
        for (const Reminder &r : due)
            m_schedule.markFired(r, now);
        if (QString error; !m_schedule.save(&error))
            qCWarning(lcReminders) << "reminders state not saved:" << error;
    }
    for (const Reminder &r : due) {
        const QString title = tr("%1 in %2").arg(r.event.event.code, leadText(r.lead));
        const QString text
            = tr("%1 on %2 / %3, from %4")
                  .arg(r.event.instanceLabel(),
                      r.event.cloud,
                      r.event.region,
                      QLocale().toString(r.event.event.notBefore.toLocalTime(), QLocale::ShortFormat));
        if (m_tray)
            m_tray->showMessage(title, text, QSystemTrayIcon::Information, 30000);
        Q_EMIT reminderFired(r.event.uid(), qint64(r.lead.count()), title, text);
    }
    m_next = m_schedule.nextDue(events, now);
    arm();
}

void ReminderNotifier::arm()
{
    m_timer.stop();
    if (!m_next.isValid())
        return;
    const qint64 ms = std::clamp<qint64>(m_clock().msecsTo(m_next), 0, kMaxTimerMs);
    m_timer.start(int(ms));
}

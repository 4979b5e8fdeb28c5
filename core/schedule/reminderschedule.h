// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "schedule/maintenanceevent.h"

// One reminder: `lead` before `event`'s window opens, at `at`.
struct Reminder
{
    MaintenanceEvent event;
    std::chrono::seconds lead {0};
    QDateTime at; // event.notBefore - lead, UTC
};

// When to remind of upcoming maintenance windows, and which reminders have already fired. Pure
// logic plus a small JSON file of fired (event uid, lead time) pairs, so each reminder fires once
// across restarts. The file path is passed in (the GUI uses AppDataLocation); load() and save()
// do small file I/O (a few KB), save() atomically through QSaveFile.
//
// A reminder is due when its moment has passed, the window has not opened yet, the event is still
// scheduled and the pair has not fired. When several lead times of one event are due at once (the
// app was closed), only the shortest is returned; marking it fired also marks the longer ones, so
// a 24 h reminder never follows the 1 h one.
class ReminderSchedule
{
public:
    explicit ReminderSchedule(QString statePath = {});

    // Default 24 h and 1 h. Zero and negative leads are dropped, duplicates merged.
    void setLeadTimes(const QList<std::chrono::seconds> &leads);
    const QList<std::chrono::seconds> &leadTimes() const { return m_leads; }

    // Due reminders at `now`, at most one per event, ordered by event start.
    QList<Reminder> due(const QList<MaintenanceEvent> &events, const QDateTime &now) const;
    // The earliest moment after `now` at which a reminder not yet fired becomes due; invalid when
    // none will (e.g. to arm a single-shot timer).
    QDateTime nextDue(const QList<MaintenanceEvent> &events, const QDateTime &now) const;

    // Records `reminder` (and the event's longer lead times) as fired at `now`. Call save() after.
    void markFired(const Reminder &reminder, const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool hasFired(const QString &eventUid, std::chrono::seconds lead) const;
    int firedCount() const { return int(m_fired.size()); }
    // due(), then markFired() on each and save(): the one call a timer needs.
    QList<Reminder> takeDue(const QList<MaintenanceEvent> &events, const QDateTime &now);

    // Reads the fired set. A missing file is an empty set (true); an unreadable or corrupt one
    // leaves the set empty, returns false with *error set, and is replaced by the next save().
    bool load(QString *error = nullptr);
    // Writes the fired set atomically, dropping entries fired more than 90 days before the newest.
    bool save(QString *error = nullptr) const;
    const QString &statePath() const { return m_path; }

private:
    static QString key(const QString &uid, std::chrono::seconds lead);

    QString m_path;
    QList<std::chrono::seconds> m_leads; // longest first
    QHash<QString, QDateTime> m_fired;   // key → when it fired
};

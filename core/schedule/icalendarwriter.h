// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include "schedule/maintenanceevent.h"

// Writes maintenance events as an RFC 5545 iCalendar file: one VCALENDAR, one VEVENT per event
// with a stable UID (MaintenanceEvent::uid(), so a re-import updates instead of duplicating),
// UTC times, SUMMARY "code: name (id)", DESCRIPTION with cloud, region, state and deadline,
// CATEGORIES by code, STATUS CANCELLED for canceled events, and a display VALARM per reminder
// lead time. CRLF line endings; lines folded at 75 octets, never inside a UTF-8 sequence.
// Pure: no I/O, safe on any thread. Events without a start time are left out (DTSTART is required).
class ICalendarWriter
{
public:
    ICalendarWriter();

    // DTSTAMP of every VEVENT and the "now" that derives in-progress/completed states; default
    // the current time at write().
    void setTimestamp(const QDateTime &now) { m_now = now; }
    // One VALARM per lead time before DTSTART (none by default), on events not canceled/completed.
    void setReminderLeadTimes(const QList<std::chrono::seconds> &leads) { m_leads = leads; }
    void setProductId(const QString &prodId) { m_prodId = prodId; }
    void setCalendarName(const QString &name) { m_calendarName = name; }

    QByteArray write(const QList<MaintenanceEvent> &events) const;

    // RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma escaped, newlines as \n.
    static QString escapeText(QStringView text);
    // One content line as UTF-8, folded at 75 octets (continuations start with a space), each
    // physical line ended by CRLF.
    static QByteArray foldLine(const QByteArray &utf8Line);
    // 20261124T223000Z
    static QByteArray utcTime(const QDateTime &time);
    // -PT24H, -PT90M, -PT30S, -P1D… for a lead time before the start.
    static QByteArray triggerDuration(std::chrono::seconds lead);

private:
    QByteArray event(const MaintenanceEvent &e, const QDateTime &now) const;

    QDateTime m_now;
    QList<std::chrono::seconds> m_leads;
    QString m_prodId;
    QString m_calendarName;
};

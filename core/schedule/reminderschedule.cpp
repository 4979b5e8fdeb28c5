// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/reminderschedule.h"

#include <algorithm>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReminderSchedule)
};

constexpr qint64 keepDays = 90;
constexpr qint64 maxFileBytes = 4 * 1024 * 1024; // a corrupt giant is not read whole

} // namespace

ReminderSchedule::ReminderSchedule(QString statePath)
    : m_path(std::move(statePath))
{
    setLeadTimes({24h, 1h});
}

void ReminderSchedule::setLeadTimes(const QList<std::chrono::seconds> &leads)
{
    m_leads.clear();
    for (const std::chrono::seconds lead : leads) {
        if (lead.count() > 0 && !m_leads.contains(lead))
            m_leads.append(lead);
    }
    std::sort(m_leads.begin(), m_leads.end(), std::greater<>());
}

QString ReminderSchedule::key(const QString &uid, std::chrono::seconds lead)
{
    return uid + u'/' + QString::number(lead.count());
}

bool ReminderSchedule::hasFired(const QString &eventUid, std::chrono::seconds lead) const
{
    return m_fired.contains(key(eventUid, lead));
}

QList<Reminder> ReminderSchedule::due(const QList<MaintenanceEvent> &events, const QDateTime &now) const
{
    QList<Reminder> due;
    for (const MaintenanceEvent &e : events) {
        if (!e.event.notBefore.isValid() || e.state(now) != MaintenanceEvent::State::Scheduled)
            continue;
        const QString uid = e.uid();
        // m_leads is longest first: the last one due is the shortest.
        std::optional<Reminder> pick;
        for (const std::chrono::seconds lead : m_leads) {
            const QDateTime at = e.event.notBefore.toUTC().addSecs(-lead.count());
            if (at <= now && !hasFired(uid, lead))
                pick = Reminder {e, lead, at};
        }
        if (pick)
            due.append(*pick);
    }
    std::stable_sort(due.begin(), due.end(), [](const Reminder &a, const Reminder &b) {
        return a.event.event.notBefore < b.event.event.notBefore;
    });
    return due;
}

QDateTime ReminderSchedule::nextDue(const QList<MaintenanceEvent> &events, const QDateTime &now) const
{
    QDateTime next;
    for (const MaintenanceEvent &e : events) {
        if (!e.event.notBefore.isValid() || e.state(now) != MaintenanceEvent::State::Scheduled)
            continue;
        const QString uid = e.uid();
        for (const std::chrono::seconds lead : m_leads) {
            const QDateTime at = e.event.notBefore.toUTC().addSecs(-lead.count());
            if (at > now && !hasFired(uid, lead) && (!next.isValid() || at < next))
                next = at;
        }
    }
    return next;
}

void ReminderSchedule::markFired(const Reminder &reminder, const QDateTime &now)
{
    const QString uid = reminder.event.uid();
    m_fired.insert(key(uid, reminder.lead), now.toUTC());
    for (const std::chrono::seconds lead : m_leads) {
        if (lead > reminder.lead)
            m_fired.insert(key(uid, lead), now.toUTC());
    }
}

QList<Reminder> ReminderSchedule::takeDue(const QList<MaintenanceEvent> &events, const QDateTime &now)
{
    const QList<Reminder> reminders = due(events, now);
    for (const Reminder &r : reminders)
        markFired(r, now);
    if (!reminders.isEmpty())
        save();
    return reminders;
}

bool ReminderSchedule::load(QString *error)
{
    m_fired.clear();
    const auto failed = [&](const QString &why) {
        if (error)
            *error = Tr::tr("%1: %2").arg(QDir::toNativeSeparators(m_path), why);
        return false;
    };
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    if (file.size() > maxFileBytes)
        return failed(Tr::tr("too large to be a reminder list; it will be replaced"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return failed(Tr::tr("not a reminder list (%1); it will be replaced").arg(parseError.errorString()));
    const QJsonArray fired = doc.object().value(u"fired"_s).toArray();
    for (const QJsonValue &v : fired) {
        const QString uid = v[u"uid"_s].toString();
        const qint64 lead = v[u"lead"_s].toInteger(-1);
        QDateTime at = QDateTime::fromString(v[u"firedAt"_s].toString(), Qt::ISODate);
        if (uid.isEmpty() || lead <= 0)
            continue; // a damaged entry is skipped, the rest kept
        m_fired.insert(key(uid, std::chrono::seconds(lead)), at.isValid() ? at.toUTC() : QDateTime());
    }
    return true;
}

bool ReminderSchedule::save(QString *error) const
{
    if (m_path.isEmpty())
        return true;
    QDateTime newest;
    for (const QDateTime &at : m_fired) {
        if (at.isValid() && (!newest.isValid() || at > newest))
            newest = at;
    }
    const QDateTime cutoff = newest.isValid() ? newest.addDays(-keepDays) : QDateTime();
    QJsonArray fired;
    for (auto it = m_fired.cbegin(); it != m_fired.cend(); ++it) {
        if (cutoff.isValid() && it.value().isValid() && it.value() < cutoff)
            continue;
        const qsizetype slash = it.key().lastIndexOf(u'/');
        fired.append(QJsonObject {{u"uid"_s, it.key().left(slash)},
            {u"lead"_s, it.key().mid(slash + 1).toLongLong()},
            {u"firedAt"_s, it.value().isValid() ? it.value().toString(Qt::ISODate) : QString()}});
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const auto failed = [&](const QString &why) {
        if (error)
            *error = Tr::tr("%1: %2").arg(QDir::toNativeSeparators(m_path), why);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    file.write(QJsonDocument(QJsonObject {{u"version"_s, 1}, {u"fired"_s, fired}}).toJson());
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

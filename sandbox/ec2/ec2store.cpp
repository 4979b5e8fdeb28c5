// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QVariant msecs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

// Ids and names go in as TEXT: a BLOB never equals a TEXT value in SQLite.
QVariant text(const QByteArray &bytes)
{
    return QVariant(QString::fromUtf8(bytes));
}

QDateTime fromMsecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

constexpr auto kInstanceColumns
    = "id, region, zone, image, type, reservation, key_name, private_ip, public_ip, "
      "launch_index, state, state_changed, launch_time, state_reason, "
      "system_status, instance_status";

constexpr auto kEventColumns = "id, instance, code, description, not_before, not_after, deadline, state";

SandboxEvent eventFrom(const QSqlQuery &q)
{
    SandboxEvent e;
    e.id = q.value(0).toByteArray();
    e.instanceId = q.value(1).toByteArray();
    e.code = q.value(2).toByteArray();
    e.description = q.value(3).toString();
    e.notBefore = fromMsecs(q.value(4));
    e.notAfter = fromMsecs(q.value(5));
    e.notBeforeDeadline = fromMsecs(q.value(6));
    e.state = SandboxEvent::State(q.value(7).toInt());
    return e;
}

} // namespace

Ec2Store::Ec2Store(QString dataDir)
    : m_dir(std::move(dataDir))
    , m_connection(u"skylight-sandbox-ec2-%1"_s.arg(quintptr(this), 0, 16))
{}

Ec2Store::~Ec2Store()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Ec2Store::exec(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(sql);
}

bool Ec2Store::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_dir + u"/index.sqlite"_s);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        *error = u"cannot open %1: %2"_s.arg(db.databaseName(), db.lastError().text());
        return false;
    }
    const bool ok = exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=FULL"_s)
        && exec(
            u"CREATE TABLE IF NOT EXISTS ec2_instances (id TEXT PRIMARY KEY, region TEXT NOT NULL, "
            "zone TEXT NOT NULL, image TEXT, type TEXT, reservation TEXT, key_name TEXT, private_ip TEXT, "
            "public_ip TEXT, launch_index INTEGER, state TEXT NOT NULL, state_changed INTEGER NOT NULL, "
            "launch_time INTEGER NOT NULL, state_reason TEXT, system_status TEXT, instance_status TEXT)"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS ec2_tags (instance TEXT NOT NULL, key TEXT NOT NULL, "
                "value TEXT NOT NULL, PRIMARY KEY (instance, key))"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS ec2_events (id TEXT PRIMARY KEY, instance TEXT NOT NULL, "
                "code TEXT NOT NULL, description TEXT, not_before INTEGER NOT NULL, not_after INTEGER, "
                "deadline INTEGER, state INTEGER NOT NULL)"_s);
    if (!ok)
        *error = u"cannot prepare the EC2 tables in %1: %2"_s.arg(db.databaseName(), db.lastError().text());
    return ok;
}

bool Ec2Store::isEmpty() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(u"SELECT COUNT(*) FROM ec2_instances"_s) && q.next() && q.value(0).toLongLong() == 0;
}

QList<SandboxInstance> Ec2Store::instances(const QString &region, const QDateTime &now) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(u"SELECT %1 FROM ec2_instances %2 ORDER BY id"_s.arg(
        QLatin1StringView(kInstanceColumns), region.isEmpty() ? QString() : u"WHERE region = ?"_s));
    if (!region.isEmpty())
        q.addBindValue(region);
    q.exec();
    QList<SandboxInstance> result;
    QHash<QByteArray, qsizetype> index;
    while (q.next()) {
        SandboxInstance i;
        i.id = q.value(0).toByteArray();
        i.region = q.value(1).toString();
        i.zone = q.value(2).toString();
        i.imageId = q.value(3).toByteArray();
        i.instanceType = q.value(4).toByteArray();
        i.reservationId = q.value(5).toByteArray();
        i.keyName = q.value(6).toByteArray();
        i.privateIp = q.value(7).toByteArray();
        i.publicIp = q.value(8).toByteArray();
        i.launchIndex = q.value(9).toInt();
        i.state = SandboxInstance::stateFromName(q.value(10).toByteArray())
                      .value_or(SandboxInstance::State::Pending);
        i.stateChanged = fromMsecs(q.value(11));
        i.launchTime = fromMsecs(q.value(12));
        i.stateReason = q.value(13).toByteArray();
        i.systemStatus = q.value(14).toByteArray();
        i.instanceStatus = q.value(15).toByteArray();
        i.settle(now);
        index.insert(i.id, result.size());
        result.append(std::move(i));
    }
    QSqlQuery tags(db);
    tags.exec(u"SELECT instance, key, value FROM ec2_tags ORDER BY instance, key"_s);
    while (tags.next()) {
        const auto it = index.constFind(tags.value(0).toByteArray());
        if (it != index.constEnd())
            result[*it].tags.append({tags.value(1).toString(), tags.value(2).toString()});
    }
    return result;
}

std::optional<SandboxInstance> Ec2Store::instance(const QByteArray &id, const QDateTime &now) const
{
    for (SandboxInstance &i : instances({}, now)) {
        if (i.id == id)
            return std::move(i);
    }
    return std::nullopt;
}

bool Ec2Store::putInstance(const SandboxInstance &i)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO ec2_instances (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s.arg(
        QLatin1StringView(kInstanceColumns)));
    for (const QVariant &v : {text(i.id),
             QVariant(i.region),
             QVariant(i.zone),
             text(i.imageId),
             text(i.instanceType),
             text(i.reservationId),
             text(i.keyName),
             text(i.privateIp),
             text(i.publicIp),
             QVariant(i.launchIndex),
             text(SandboxInstance::stateName(i.state)),
             msecs(i.stateChanged),
             msecs(i.launchTime),
             text(i.stateReason),
             text(i.systemStatus),
             text(i.instanceStatus)})
        q.addBindValue(v);
    bool ok = q.exec();
    QSqlQuery clear(db);
    clear.prepare(u"DELETE FROM ec2_tags WHERE instance = ?"_s);
    clear.addBindValue(text(i.id));
    ok = ok && clear.exec();
    for (const auto &[key, value] : i.tags) {
        QSqlQuery t(db);
        t.prepare(u"INSERT INTO ec2_tags (instance, key, value) VALUES (?, ?, ?)"_s);
        t.addBindValue(text(i.id));
        t.addBindValue(key);
        t.addBindValue(value.isNull() ? u""_s : value); // a null QString binds as NULL
        ok = ok && t.exec();
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

QHash<QByteArray, QList<SandboxEvent>> Ec2Store::events(const QString &region) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        u"SELECT e.%1 FROM ec2_events e JOIN ec2_instances i ON i.id = e.instance "
        "%2 ORDER BY e.not_before, e.id"_s.arg(QString::fromLatin1(kEventColumns).replace(u", "_s, u", e."_s),
            region.isEmpty() ? QString() : u"WHERE i.region = ?"_s));
    if (!region.isEmpty())
        q.addBindValue(region);
    q.exec();
    QHash<QByteArray, QList<SandboxEvent>> result;
    while (q.next()) {
        SandboxEvent e = eventFrom(q);
        result[e.instanceId].append(std::move(e));
    }
    return result;
}

std::optional<SandboxEvent> Ec2Store::event(const QByteArray &instanceId, const QByteArray &eventId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        u"SELECT %1 FROM ec2_events WHERE id = ? AND instance = ?"_s.arg(QLatin1StringView(kEventColumns)));
    q.addBindValue(text(eventId));
    q.addBindValue(text(instanceId));
    if (q.exec() && q.next())
        return eventFrom(q);
    return std::nullopt;
}

bool Ec2Store::putEvent(const SandboxEvent &e)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT OR REPLACE INTO ec2_events (%1) VALUES (?,?,?,?,?,?,?,?)"_s.arg(
        QLatin1StringView(kEventColumns)));
    q.addBindValue(text(e.id));
    q.addBindValue(text(e.instanceId));
    q.addBindValue(text(e.code));
    q.addBindValue(e.description);
    q.addBindValue(msecs(e.notBefore));
    q.addBindValue(msecs(e.notAfter));
    q.addBindValue(msecs(e.notBeforeDeadline));
    q.addBindValue(int(e.state));
    return q.exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancesmodel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>

#include "apptheme.h"

using namespace Qt::StringLiterals;

namespace {

// The soonest scheduled event whose window has not closed, or null.
const Ec2Event *nextEvent(const InstanceStatus &status)
{
    const Ec2Event *next = nullptr;
    for (const Ec2Event &e : status.events) {
        if (e.state != Ec2Event::State::Scheduled)
            continue;
        if (!next || e.notBefore < next->notBefore)
            next = &e;
    }
    return next;
}

QColor stateColour(const QString &state)
{
    if (state == u"running")
        return QColor(0x2e, 0x7d, 0x32);
    if (state == u"stopped" || state == u"terminated")
        return QColor(0x75, 0x75, 0x75);
    if (state == u"pending" || state == u"stopping" || state == u"shutting-down")
        return QColor(0xef, 0x6c, 0x00);
    return {};
}

// EC2's check status, with "not-applicable" (stopped, terminated) as a dash.
QString timeText(const QDateTime &t)
{
    // Short, in the user's locale and time zone, as the rest of the desktop shows times (SortRole
    // sorts).
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

QString InstancesModel::stateText(const QString &stateName)
{
    if (stateName == u"pending")
        return tr("pending", "instance state");
    if (stateName == u"running")
        return tr("running", "instance state");
    if (stateName == u"shutting-down")
        return tr("shutting down", "instance state");
    if (stateName == u"terminated")
        return tr("terminated", "instance state");
    if (stateName == u"stopping")
        return tr("stopping", "instance state");
    if (stateName == u"stopped")
        return tr("stopped", "instance state");
    return stateName;
}

QString InstancesModel::checkText(const QString &status)
{
    if (status == u"not-applicable")
        return QStringLiteral("\u2014");
    if (status == u"ok")
        return tr("ok", "status check");
    if (status == u"impaired")
        return tr("impaired", "status check");
    if (status == u"initializing")
        return tr("initializing", "status check");
    if (status == u"insufficient-data")
        return tr("insufficient data", "status check");
    return status;
}

InstancesModel::InstancesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InstancesModel::connectTo(Ec2Refresh *refresh)
{
    connect(refresh, &Ec2Refresh::instancesArrived, this, &InstancesModel::addInstances);
    connect(refresh, &Ec2Refresh::eventsArrived, this, &InstancesModel::addStatuses);
}

QString InstancesModel::key(const QString &cloud, const QString &region, const QString &id)
{
    return cloud + u'\n' + region + u'\n' + id;
}

void InstancesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_early.clear();
    endResetModel();
}

void InstancesModel::addInstances(const Ec2Target &target, const QList<Ec2Instance> &instances)
{
    QList<Row> fresh;
    for (const Ec2Instance &i : instances) {
        const QString k = key(target.cloud, target.region, i.id);
        if (m_rowOf.contains(k))
            continue; // the same instance on two pages: shown once
        Row row {target.cloud, target.region, i, {}, false};
        if (m_early.contains(k)) {
            row.status = m_early.take(k);
            row.hasStatus = true;
        }
        m_rowOf.insert(k, int(m_rows.size() + fresh.size()));
        fresh.append(row);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1); // one insert per page
    m_rows += fresh;
    endInsertRows();
}

void InstancesModel::addStatuses(const Ec2Target &target, const QList<InstanceStatus> &statuses)
{
    int top = -1;
    int bottom = -1;
    for (const InstanceStatus &s : statuses) {
        const QString k = key(target.cloud, target.region, s.instanceId);
        const auto it = m_rowOf.constFind(k);
        if (it == m_rowOf.cend()) {
            m_early.insert(k, s);
            continue;
        }
        Row &row = m_rows[*it];
        row.status = s;
        row.hasStatus = true;
        top = top < 0 ? *it : qMin(top, *it);
        bottom = qMax(bottom, *it);
    }
    if (top >= 0)
        Q_EMIT dataChanged(index(top, SystemCheck), index(bottom, NextEvent));
}

void InstancesModel::updateInstances(const Ec2Target &target, const QList<Ec2Instance> &instances)
{
    for (const Ec2Instance &i : instances) {
        const int r = rowOf(target.cloud, target.region, i.id);
        if (r < 0)
            continue;
        m_rows[r].instance = i;
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

void InstancesModel::applyStateChanges(const Ec2Target &target, const QList<InstanceStateChange> &changes)
{
    for (const InstanceStateChange &c : changes) {
        const int r = rowOf(target.cloud, target.region, c.instanceId);
        if (r < 0 || c.currentState.isEmpty())
            continue;
        m_rows[r].instance.stateName = c.currentState;
        Q_EMIT dataChanged(index(r, State), index(r, State));
    }
}

int InstancesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstancesModel::display(const Row &row, int column) const
{
    const Ec2Instance &i = row.instance;
    switch (column) {
    case Cloud:
        return row.cloud;
    case Region:
        return row.region;
    case Zone:
        return i.zone;
    case Id:
        return i.id;
    case Name:
        return i.name();
    case Type:
        return i.type;
    case State:
        return stateText(i.stateName);
    case PublicAddress:
        return i.publicIp.isEmpty() ? i.publicDnsName : i.publicIp;
    case PrivateAddress:
        return i.privateIp.isEmpty() ? i.privateDnsName : i.privateIp;
    case LaunchTime:
        return timeText(i.launchTime);
    case SystemCheck:
        return row.hasStatus ? checkText(row.status.system.status) : QString();
    case InstanceCheck:
        return row.hasStatus ? checkText(row.status.instance.status) : QString();
    case NextEvent:
        if (const Ec2Event *e = row.hasStatus ? nextEvent(row.status) : nullptr)
            return tr("%1 at %2").arg(e->code, timeText(e->notBefore));
        return QString();
    }
    return {};
}

QVariant InstancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NextEvent && row.hasStatus) {
            if (const Ec2Event *e = nextEvent(row.status))
                return e->description;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State) {
            // Made for a light background; lighter on a dark palette.
            const QColor c = stateColour(row.instance.stateName);
            return c.isValid() ? QVariant(QBrush(AppTheme::legible(c, QGuiApplication::palette())))
                               : QVariant();
        }
        if ((index.column() == SystemCheck && row.status.system.status == u"impaired")
            || (index.column() == InstanceCheck && row.status.instance.status == u"impaired"))
            return QBrush(AppTheme::errorColour(QGuiApplication::palette()));
        return {};
    case SortRole:
        if (index.column() == LaunchTime)
            return row.instance.launchTime;
        if (index.column() == NextEvent) {
            const Ec2Event *e = row.hasStatus ? nextEvent(row.status) : nullptr;
            return e ? QVariant(e->notBefore) : QVariant(QDateTime());
        }
        return display(row, index.column());
    case InstanceIdRole:
        return row.instance.id;
    }
    return {};
}

QVariant InstancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Cloud:
        return tr("Cloud");
    case Region:
        return tr("Region");
    case Zone:
        return tr("Zone");
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case State:
        return tr("State");
    case PublicAddress:
        return tr("Public address");
    case PrivateAddress:
        return tr("Private address");
    case LaunchTime:
        return tr("Launched");
    case SystemCheck:
        return tr("System check");
    case InstanceCheck:
        return tr("Instance check");
    case NextEvent:
        return tr("Next event");
    }
    return {};
}

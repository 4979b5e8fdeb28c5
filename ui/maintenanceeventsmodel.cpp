// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenanceeventsmodel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>

#include "apptheme.h"

namespace {

QString timeText(const QDateTime &t)
{
    // Short, in the user's locale and time zone, as the rest of the desktop shows times (SortRole
    // sorts).
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

MaintenanceEventsModel::MaintenanceEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MaintenanceEventsModel::connectTo(Ec2Refresh *refresh)
{
    connect(refresh, &Ec2Refresh::instancesArrived, this, &MaintenanceEventsModel::addInstances);
    connect(refresh, &Ec2Refresh::eventsArrived, this, &MaintenanceEventsModel::addStatuses);
}

QString MaintenanceEventsModel::key(const QString &cloud, const QString &region, const QString &id)
{
    return cloud + u'\n' + region + u'\n' + id;
}

QString MaintenanceEventsModel::stateName(Ec2Event::State state)
{
    switch (state) {
    case Ec2Event::State::Scheduled:
        return tr("scheduled");
    case Ec2Event::State::Completed:
        return tr("completed");
    case Ec2Event::State::Canceled:
        return tr("canceled");
    }
    return {};
}

void MaintenanceEventsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_names.clear();
    m_rootDevices.clear();
    endResetModel();
}

void MaintenanceEventsModel::addInstances(const Ec2Target &target, const QList<Ec2Instance> &instances)
{
    for (const Ec2Instance &i : instances) {
        const QString k = key(target.cloud, target.region, i.id);
        m_names.insert(k, i.name());
        m_rootDevices.insert(k, i.rootDeviceType);
    }
    int top = -1;
    int bottom = -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        if (row.cloud == target.cloud && row.region == target.region) {
            top = top < 0 ? r : top;
            bottom = r;
        }
    }
    if (top >= 0)
        Q_EMIT dataChanged(index(top, Name), index(bottom, Name));
}

void MaintenanceEventsModel::addStatuses(const Ec2Target &target, const QList<InstanceStatus> &statuses)
{
    QList<Row> fresh;
    for (const InstanceStatus &s : statuses) {
        for (const Ec2Event &e : s.events)
            fresh.append({target.cloud, target.region, s.instanceId, e});
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1); // one insert per page
    m_rows += fresh;
    endInsertRows();
}

QString MaintenanceEventsModel::nameAt(int row) const
{
    const Row &r = m_rows.at(row);
    return m_names.value(key(r.cloud, r.region, r.instanceId));
}

MaintenanceEvent MaintenanceEventsModel::maintenanceEventAt(int row) const
{
    const Row &r = m_rows.at(row);
    return {r.cloud, r.region, r.instanceId, nameAt(row), r.event};
}

QList<MaintenanceEvent> MaintenanceEventsModel::maintenanceEvents() const
{
    QList<MaintenanceEvent> all;
    all.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r)
        all.append(maintenanceEventAt(r));
    return all;
}

QString MaintenanceEventsModel::rootDeviceTypeAt(int row) const
{
    const Row &r = m_rows.at(row);
    return m_rootDevices.value(key(r.cloud, r.region, r.instanceId));
}

void MaintenanceEventsModel::moveWindow(int row, const QDateTime &start)
{
    Ec2Event &e = m_rows[row].event;
    if (e.notAfter.isValid())
        e.notAfter = start.addSecs(e.notBefore.secsTo(e.notAfter));
    e.notBefore = start;
    Q_EMIT dataChanged(index(row, WindowStart), index(row, WindowEnd));
}

int MaintenanceEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaintenanceEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaintenanceEventsModel::display(const Row &row, int column) const
{
    const Ec2Event &e = row.event;
    switch (column) {
    case Cloud:
        return row.cloud;
    case Region:
        return row.region;
    case Instance:
        return row.instanceId;
    case Name:
        return m_names.value(key(row.cloud, row.region, row.instanceId));
    case Code:
        return e.code;
    case Description:
        return e.description;
    case WindowStart:
        return timeText(e.notBefore);
    case WindowEnd:
        return timeText(e.notAfter);
    case Deadline:
        return timeText(e.notBeforeDeadline);
    case State:
        return stateName(e.state);
    }
    return {};
}

QVariant MaintenanceEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Description ? row.event.description : QVariant();
    case Qt::ForegroundRole:
        if (row.event.state != Ec2Event::State::Scheduled)
            return QBrush(AppTheme::mutedColour(QGuiApplication::palette())); // done or canceled
        return {};
    case SortRole:
        switch (index.column()) {
        case WindowStart:
            return row.event.notBefore;
        case WindowEnd:
            return row.event.notAfter;
        case Deadline:
            return row.event.notBeforeDeadline;
        default:
            return display(row, index.column());
        }
    }
    return {};
}

QVariant MaintenanceEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Cloud:
        return tr("Cloud");
    case Region:
        return tr("Region");
    case Instance:
        return tr("Instance");
    case Name:
        return tr("Name");
    case Code:
        return tr("Event");
    case Description:
        return tr("Description");
    case WindowStart:
        return tr("Window start");
    case WindowEnd:
        return tr("Window end");
    case Deadline:
        return tr("Deadline");
    case State:
        return tr("State");
    }
    return {};
}

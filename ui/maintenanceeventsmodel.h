// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include "ec2/ec2refresh.h"
#include "ec2/ec2types.h"
#include "schedule/maintenanceevent.h"

// The reboot schedule: one row per scheduled, completed or canceled maintenance event of every
// cloud and region, as Ec2Refresh delivers them (one row insert per page of statuses). The Name
// column comes from the instances, whichever arrives first.
class MaintenanceEventsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Cloud,
        Region,
        Instance,
        Name,
        Code,
        Description,
        WindowStart,
        WindowEnd,
        Deadline,
        State,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, // times as QDateTime, the rest as text
    };

    explicit MaintenanceEventsModel(QObject *parent = nullptr);

    void connectTo(Ec2Refresh *refresh);
    void clear();
    void addInstances(const Ec2Target &target, const QList<Ec2Instance> &instances);
    void addStatuses(const Ec2Target &target, const QList<InstanceStatus> &statuses);

    static QString stateName(Ec2Event::State state);

    // What a row holds, for the timeline, the actions and the reminders.
    QString cloudAt(int row) const { return m_rows.at(row).cloud; }
    QString regionAt(int row) const { return m_rows.at(row).region; }
    QString instanceIdAt(int row) const { return m_rows.at(row).instanceId; }
    const Ec2Event &eventAt(int row) const { return m_rows.at(row).event; }
    QString nameAt(int row) const;
    // The row as core's schedule sees it (iCalendar export, reminders, upcoming filter).
    MaintenanceEvent maintenanceEventAt(int row) const;
    QList<MaintenanceEvent> maintenanceEvents() const;
    // "ebs" or "instance-store" once the instance was described, else empty.
    QString rootDeviceTypeAt(int row) const;
    // After ModifyInstanceEventStartTime: the window starts at `start`, its length kept.
    void moveWindow(int row, const QDateTime &start);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString cloud;
        QString region;
        QString instanceId;
        Ec2Event event;
    };
    static QString key(const QString &cloud, const QString &region, const QString &id);
    QVariant display(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, QString> m_names;       // key → Name tag
    QHash<QString, QString> m_rootDevices; // key → root device type
};

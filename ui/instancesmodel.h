// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include "ec2/ec2actionparser.h"
#include "ec2/ec2refresh.h"
#include "ec2/ec2types.h"

// Every instance of every cloud and region, as Ec2Refresh delivers them: one row insert per page of
// instances; status checks and the next event fill in as DescribeInstanceStatus pages arrive (one
// dataChanged per page), in whichever order the two come.
class InstancesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Cloud,
        Region,
        Zone,
        Id,
        Name,
        Type,
        State,
        PublicAddress,
        PrivateAddress,
        LaunchTime,
        SystemCheck,
        InstanceCheck,
        NextEvent,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, // times as QDateTime, the rest as text
        InstanceIdRole,
    };

    explicit InstancesModel(QObject *parent = nullptr);

    // An EC2 instance state ("running") and a status-check status ("impaired") in the user's
    // language; unknown names as they came.
    static QString stateText(const QString &stateName);
    static QString checkText(const QString &status);

    // Follows `refresh`: cleared when asked, filled by its signals.
    void connectTo(Ec2Refresh *refresh);
    void clear();
    void addInstances(const Ec2Target &target, const QList<Ec2Instance> &instances);
    void addStatuses(const Ec2Target &target, const QList<InstanceStatus> &statuses);
    // Fresh descriptions of instances already shown (after an action): one dataChanged per row.
    void updateInstances(const Ec2Target &target, const QList<Ec2Instance> &instances);
    // The states an action answered with, until the next description.
    void applyStateChanges(const Ec2Target &target, const QList<InstanceStateChange> &changes);

    // What a row holds, for the details pane and the actions.
    QString cloudAt(int row) const { return m_rows.at(row).cloud; }
    QString regionAt(int row) const { return m_rows.at(row).region; }
    const Ec2Instance &instanceAt(int row) const { return m_rows.at(row).instance; }
    const InstanceStatus *statusAt(int row) const
    {
        return m_rows.at(row).hasStatus ? &m_rows.at(row).status : nullptr;
    }
    int rowOf(const QString &cloud, const QString &region, const QString &id) const
    {
        return m_rowOf.value(key(cloud, region, id), -1);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString cloud;
        QString region;
        Ec2Instance instance;
        InstanceStatus status;
        bool hasStatus = false;
    };
    static QString key(const QString &cloud, const QString &region, const QString &id);
    QVariant display(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;            // key → row
    QHash<QString, InstanceStatus> m_early; // statuses that came before their instance
};

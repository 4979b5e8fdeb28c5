// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QStringList>

class ProfileStore;
struct CloudProfile;

// The clouds panel: every profile of a ProfileStore, its regions, and under each region the views
// the cloud has (Instances and Events with EC2, Buckets with S3). One column. The store is not a
// QObject: whoever changes it calls reload().
class CloudsModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind
    {
        Cloud,
        Region,
        Instances,
        Events,
        Buckets,
    };
    enum Role
    {
        NodeKindRole = Qt::UserRole, // int(NodeKind)
        ProfileNameRole,             // QString, on every node
        RegionRole,                  // QString, on regions and their children
    };

    explicit CloudsModel(const ProfileStore *store, QObject *parent = nullptr);

    // Re-reads the store (one reset).
    void reload();
    // The cloud node of a profile, invalid when there is none.
    QModelIndex indexOfProfile(const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cloud
    {
        QString name;
        QString provider;
        QString endpoint;
        QStringList regions;
        QList<NodeKind> views;
    };
    // Each index's internal id names its parent: 0 for clouds, (cloud + 1) for regions and
    // (cloud + 1) | (region + 1) << 24 for the views.
    static quintptr parentId(int cloud, int region)
    {
        return quintptr(cloud + 1) | (quintptr(region + 1) << 24);
    }
    static Cloud describe(const CloudProfile &profile);
    QString viewName(NodeKind kind) const;

    const ProfileStore *m_store;
    QList<Cloud> m_clouds;
};

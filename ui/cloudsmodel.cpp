// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudsmodel.h"

#include "clouds/profilestore.h"

namespace {

constexpr quintptr kCloudMask = (quintptr(1) << 24) - 1;

int cloudOf(quintptr id)
{
    return int(id & kCloudMask) - 1;
}

int regionOf(quintptr id)
{
    return int(id >> 24) - 1;
}

} // namespace

CloudsModel::CloudsModel(const ProfileStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    reload();
}

CloudsModel::Cloud CloudsModel::describe(const CloudProfile &profile)
{
    Cloud cloud;
    cloud.name = profile.name;
    cloud.provider = cloudProviderName(profile.provider);
    cloud.endpoint = (profile.hasS3() ? profile.s3Url() : profile.ec2Url()).toString();
    cloud.regions = profile.regions;
    if (cloud.regions.isEmpty())
        cloud.regions.append(profile.defaultRegion);
    if (profile.hasEc2())
        cloud.views << NodeKind::Instances << NodeKind::Events;
    if (profile.hasS3())
        cloud.views << NodeKind::Buckets;
    return cloud;
}

void CloudsModel::reload()
{
    beginResetModel();
    m_clouds.clear();
    if (m_store) {
        for (const CloudProfile &profile : m_store->profiles())
            m_clouds.append(describe(profile));
    }
    endResetModel();
}

QModelIndex CloudsModel::indexOfProfile(const QString &name) const
{
    for (int i = 0; i < m_clouds.size(); ++i) {
        if (m_clouds.at(i).name == name)
            return index(i, 0);
    }
    return {};
}

QModelIndex CloudsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const quintptr id = parent.internalId();
    if (id == 0) // parent is a cloud: a region
        return createIndex(row, column, parentId(parent.row(), -1));
    if (regionOf(id) < 0) // parent is a region: a view
        return createIndex(row, column, parentId(cloudOf(id), parent.row()));
    return {};
}

QModelIndex CloudsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    if (regionOf(id) < 0)
        return createIndex(cloudOf(id), 0, quintptr(0));
    return createIndex(regionOf(id), 0, parentId(cloudOf(id), -1));
}

int CloudsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_clouds.size());
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return int(m_clouds.at(parent.row()).regions.size());
    if (regionOf(id) < 0)
        return int(m_clouds.at(cloudOf(id)).views.size());
    return 0;
}

int CloudsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString CloudsModel::viewName(NodeKind kind) const
{
    switch (kind) {
    case NodeKind::Instances:
        return tr("Instances");
    case NodeKind::Events:
        return tr("Events");
    case NodeKind::Buckets:
        return tr("Buckets");
    case NodeKind::Cloud:
    case NodeKind::Region:
        break;
    }
    return {};
}

QVariant CloudsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr id = index.internalId();
    const int cloudRow = id == 0 ? index.row() : cloudOf(id);
    const Cloud &cloud = m_clouds.at(cloudRow);
    NodeKind kind = NodeKind::Cloud;
    QString region;
    if (id != 0 && regionOf(id) < 0) {
        kind = NodeKind::Region;
        region = cloud.regions.at(index.row());
    } else if (id != 0) {
        kind = cloud.views.at(index.row());
        region = cloud.regions.at(regionOf(id));
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (kind == NodeKind::Cloud)
            return cloud.name;
        if (kind == NodeKind::Region)
            return region.isEmpty() ? tr("(default region)") : region;
        return viewName(kind);
    case Qt::ToolTipRole:
        if (kind == NodeKind::Cloud)
            return tr("%1 (%2)\n%3").arg(cloud.name, cloud.provider, cloud.endpoint);
        return {};
    case NodeKindRole:
        return int(kind);
    case ProfileNameRole:
        return cloud.name;
    case RegionRole:
        return kind == NodeKind::Cloud ? QVariant() : QVariant(region);
    default:
        return {};
    }
}

QVariant CloudsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Clouds");
    return {};
}

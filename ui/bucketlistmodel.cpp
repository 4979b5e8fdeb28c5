// SPDX-License-Identifier: GPL-3.0-or-later
#include "bucketlistmodel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <QTimeZone>

#include "keydisplay.h"
#include "s3/getbucketlocationjob.h"
#include "s3/listbucketsjob.h"
#include "s3/s3client.h"

namespace {
constexpr int kParallelRegions = 4;
}

BucketListModel::BucketListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

BucketListModel::~BucketListModel()
{
    if (m_job)
        m_job->abort();
}

void BucketListModel::setClient(S3Client *client)
{
    m_client = client;
    refresh();
}

void BucketListModel::refresh()
{
    ++m_generation;
    if (m_job)
        m_job->abort();
    m_job = nullptr;
    beginResetModel();
    m_buckets.clear();
    m_nextRegion = 0;
    m_regionsInFlight = 0;
    endResetModel();
    if (!m_client)
        return;
    ListBucketsJob *job = m_client->listBuckets();
    m_job = job;
    connect(job, &ListBucketsJob::finished, this, [this, g = m_generation](const ListBucketsResult &r) {
        onList(g, r);
    });
    job->start();
}

void BucketListModel::onList(quint64 generation, const ListBucketsResult &result)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    if (!result.error.isOk()) {
        if (result.error.kind() != ApiError::Kind::Aborted)
            Q_EMIT loadFailed(result.error.humanSentence());
        return;
    }
    if (!result.list.buckets.isEmpty()) {
        beginInsertRows({}, 0, int(result.list.buckets.size()) - 1);
        for (const BucketEntry &b : result.list.buckets)
            m_buckets.append({b.name, b.created, {}, {}});
        endInsertRows();
    }
    Q_EMIT loaded();
    for (int i = 0; i < kParallelRegions; ++i)
        askNextRegion();
}

void BucketListModel::askNextRegion()
{
    if (!m_client || m_nextRegion >= m_buckets.size())
        return;
    auto *job = new GetBucketLocationJob(m_client, m_buckets.at(m_nextRegion++).name);
    ++m_regionsInFlight;
    connect(job,
        &GetBucketLocationJob::finished,
        this,
        [this, g = m_generation](const GetBucketLocationResult &r) { onRegion(g, r); });
    job->start();
}

void BucketListModel::onRegion(quint64 generation, const GetBucketLocationResult &result)
{
    if (generation != m_generation)
        return;
    --m_regionsInFlight;
    const int r = row(result.bucket);
    if (r >= 0) {
        Bucket &b = m_buckets[r];
        if (result.error.isOk())
            b.region = result.region;
        else
            b.regionError = result.error.humanSentence();
        Q_EMIT dataChanged(index(r, Region), index(r, Region));
    }
    askNextRegion();
}

int BucketListModel::row(const QString &bucket) const
{
    for (int i = 0; i < m_buckets.size(); ++i) {
        if (m_buckets.at(i).name == bucket)
            return i;
    }
    return -1;
}

int BucketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}

int BucketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BucketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Bucket &b = m_buckets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return KeyDisplay::name(b.name);
        case Region:
            if (!b.regionError.isEmpty())
                return tr("unknown");
            return b.region.isEmpty() ? tr("…") : b.region;
        case Created:
            return b.created.isValid() ? QLocale().toString(b.created.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Region && !b.regionError.isEmpty() ? b.regionError
                                                                    : KeyDisplay::escaped(b.name);
    case Qt::DecorationRole:
        return index.column() == Name ? QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon)
                                      : QVariant();
    case BucketNameRole:
        return b.name;
    case CreatedRole:
        return b.created;
    default:
        return {};
    }
}

QVariant BucketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Bucket");
    case Region:
        return tr("Region");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

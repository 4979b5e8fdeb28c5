// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

class ListBucketsJob;
class S3Client;
struct GetBucketLocationResult;
struct ListBucketsResult;

// The buckets of one cloud (ListBuckets) with their creation dates, and each one's region asked
// afterwards with GetBucketLocation, a few at a time.
class BucketListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Region,
        Created,
        ColumnCount
    };
    enum Role
    {
        BucketNameRole = Qt::UserRole, // QString
        CreatedRole,                   // QDateTime, UTC
    };

    explicit BucketListModel(QObject *parent = nullptr);
    ~BucketListModel() override;

    void setClient(S3Client *client); // lists at once; null: empty
    S3Client *client() const { return m_client; }
    void refresh();
    bool isLoading() const { return !m_job.isNull(); }
    int row(const QString &bucket) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Bucket
    {
        QString name;
        QDateTime created;
        QString region; // empty until known
        QString regionError;
    };
    void onList(quint64 generation, const ListBucketsResult &result);
    void askNextRegion();
    void onRegion(quint64 generation, const GetBucketLocationResult &result);

    QPointer<S3Client> m_client;
    QList<Bucket> m_buckets;
    QPointer<ListBucketsJob> m_job;
    quint64 m_generation = 0;
    int m_nextRegion = 0;
    int m_regionsInFlight = 0;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QMimeDatabase>
#include <QPointer>

#include "objectrowstore.h"
#include "s3/listingguard.h"
#include "s3/s3client.h"

class ListObjectsJob;
struct ListObjectsResult;
struct ObjectListing;

// One folder of a bucket, from delimiter listings: its sub-folders (common prefixes) and objects,
// in the server's order, one ListObjectsV2 page per fetchMore(). Rows live packed in an
// ObjectRowStore; names are kept relative to the folder. Sorting and the client-side part of the
// filter are ObjectSortProxyModel's.
class ObjectListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Size,
        Modified,
        StorageClass,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole, // QString, the whole key (a folder's ends in "/")
        IsFolderRole,           // bool
        SizeRole,               // qint64
        ModifiedRole,           // QDateTime, UTC
        NameRole,               // QString, the raw name relative to the folder
    };

    explicit ObjectListModel(QObject *parent = nullptr);
    ~ObjectListModel() override;

    void setClient(S3Client *client); // null: nothing to list
    S3Client *client() const { return m_client; }
    // Shows `folderPrefix` ("" for the top, else ending in "/") of `bucket`; one reset.
    void setLocation(const QString &bucket, const QString &folderPrefix);
    // The server-side part of the filter: only names starting with `namePrefix` are listed.
    void setNamePrefix(const QString &namePrefix);
    void refresh();
    QString bucket() const { return m_bucket; }
    QString folderPrefix() const { return m_folder; }
    QString namePrefix() const { return m_namePrefix; }
    bool isLoading() const { return !m_job.isNull(); }
    bool hasMore() const { return m_hasMore; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int keys) { m_pageSize = keys; }

    // Row accessors without QVariant (the proxy sorts a million rows with them).
    QByteArrayView nameBytes(int row) const { return m_rows.nameBytes(row); }
    bool isFolder(int row) const { return m_rows.isFolder(row); }
    qint64 objectSize(int row) const { return m_rows.size(row); }
    qint64 modifiedSecs(int row) const { return m_rows.modifiedSecs(row); }
    QString keyAt(int row) const;
    qint64 memoryBytes() const { return m_rows.memoryBytes(); }

    // One listing page in (what fetchMore's job delivers; public for tests and the bench).
    void appendListing(const ObjectListing &page);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);

private:
    void restart();
    void onPage(quint64 generation, const ListObjectsResult &result);
    QIcon iconFor(int row) const;

    QPointer<S3Client> m_client;
    QString m_bucket;
    QString m_folder;
    QString m_namePrefix;
    ObjectRowStore m_rows;
    QString m_nextToken;
    ListingGuard m_guard; // a lying server: no key shown twice, no token followed twice
    bool m_hasMore = false;
    int m_pageSize = 1000;
    quint64 m_generation = 0;
    QPointer<ListObjectsJob> m_job;
    QMimeDatabase m_mime;
    mutable QHash<QString, QIcon> m_icons;
};

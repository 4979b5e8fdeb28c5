// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QPointer>
#include <QWidget>

#include "s3/s3client.h"

class BreadcrumbBar;
class BreadcrumbDropTarget;
class BrowserStatusLine;
class BrowserToolbar;
class BucketCommands;
class BucketListModel;
class DragStager;
class ObjectDeleter;
class ObjectDropHandler;
class ObjectListModel;
class ObjectSortProxyModel;
class ObjectsView;
class QLineEdit;
class QMimeData;
class QStackedWidget;
class QTimer;
class QTreeView;
class S3ClientPool;
class TransferQueue;

// The bucket browser of one cloud: its buckets (with region and creation date; create and delete),
// and inside a bucket one folder at a time with a breadcrumb, a filter, sorting, drag and drop in
// both directions and the object actions. Transfers go through the TransferQueue (shown by the
// transfers dock).
class BrowserPage final : public QWidget
{
    Q_OBJECT
public:
    BrowserPage(S3ClientPool *clients, TransferQueue *queue, QWidget *parent = nullptr);

    // Shows the bucket list of `profileName`; `region` is the default for a new bucket.
    void setCloud(const QString &profileName, const QString &region, const QStringList &regions);
    // The same with a client made elsewhere (tests, the CLI-less sandbox view).
    void setClient(S3Client *client, const QString &region = {}, const QStringList &regions = {});
    void showBuckets();
    void openFolder(const QString &bucket, const QString &prefix = {});
    void refresh();
    void focusFilter();  // Ctrl+F: the filter box, its text selected
    void editLocation(); // Ctrl+L: the breadcrumb as an editable path

    // What a drop of these URLs onto `folderKey` ("" for the folder shown) does; false, with the
    // reason in the status line, when it cannot work.
    bool uploadUrls(const QList<QUrl> &urls, const QString &folderKey);
    // The mime data of a drag out of these rows (of the view's model), or null with the reason in
    // the status line. Downloads start at once.
    QMimeData *dragMimeFor(const QModelIndexList &rows);

    void uploadFiles();
    void uploadFolder();
    void downloadSelected();
    void newFolder();
    void deleteSelected();
    void renameSelected();
    void copyUrl();
    void shareLink();
    void showProperties();
    void createBucket();
    void deleteBucket();
    void showWebsite();           // the Website panel of the selected or open bucket
    void showIncompleteUploads(); // of the selected or open bucket
    void showUsage();             // of the selected folder, else the folder or bucket shown
    // Moves `keys` (objects, and folders ending in "/", all starting with `fromPrefix`) within the
    // bucket shown: each key below them goes to toPrefix + the rest, by a server-side copy, then the
    // sources are deleted (ObjectMover). Rename/Move ends here; drags, in ObjectDropHandler.
    void moveObjects(const QStringList &keys, const QString &fromPrefix, const QString &toPrefix);

    S3Client *client() const { return m_client; }
    BucketListModel *bucketModel() const { return m_buckets; }
    ObjectListModel *objectModel() const { return m_objects; }
    ObjectSortProxyModel *proxyModel() const { return m_proxy; }
    ObjectsView *objectsView() const { return m_objectsView; }
    QTreeView *bucketsView() const { return m_bucketsView; }
    BreadcrumbBar *breadcrumb() const { return m_breadcrumb; }
    BreadcrumbDropTarget *breadcrumbDrops() const { return m_crumbDrops; }
    QLineEdit *filterEdit() const { return m_filter; }
    DragStager *dragStager() const { return m_stager; }
    QString statusText() const;
    BrowserToolbar *toolbar() const { return m_toolbar; }
    bool isShowingBuckets() const;

Q_SIGNALS:
    void statusChanged(const QString &text);

private:
    void connectDrops(); // browserpagedragdrop.cpp, as are uploadUrls() and dragMimeFor()
    void connectObjectDrops();
    void setStatus(const QString &text);
    void updateActions();
    bool refuseWrite(); // true, with why in the status line, when the cloud takes no writes
    void onActivated(const QModelIndex &index);
    void onFilterEdited(const QString &text);
    QStringList selectedKeys() const; // objects and folders ("…/") of the selection, view order
    QString selectedKey() const;      // the current row's, or empty
    QString chosenBucket() const;     // the selected bucket in the list, or the open one
    void moveKeys(const QString &from, const QString &to);
    void refreshAfterTransfers();

    S3ClientPool *m_clients;
    TransferQueue *m_queue;
    QPointer<S3Client> m_client;
    QString m_region;
    QStringList m_regions;
    QString m_profile;
    quint64 m_cloudGeneration = 0;
    BucketListModel *m_buckets;
    ObjectListModel *m_objects;
    ObjectSortProxyModel *m_proxy;
    DragStager *m_stager;
    ObjectDeleter *m_deleter;
    ObjectDropHandler *m_objectDrops;
    BucketCommands *m_bucketCommands;
    BreadcrumbDropTarget *m_crumbDrops = nullptr;
    BrowserToolbar *m_toolbar = nullptr;
    BreadcrumbBar *m_breadcrumb;
    QLineEdit *m_filter;
    QTimer *m_filterTimer;
    QStackedWidget *m_stack;
    QTreeView *m_bucketsView;
    ObjectsView *m_objectsView;
    BrowserStatusLine *m_status;
    bool m_refreshWhenIdle = false;
};

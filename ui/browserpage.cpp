// SPDX-License-Identifier: GPL-3.0-or-later
#include "browserpage.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "breadcrumbbar.h"
#include "browserstatusline.h"
#include "browsertoolbar.h"
#include "bucketcommands.h"
#include "bucketlistmodel.h"
#include "dnd/breadcrumbdroptarget.h"
#include "dnd/dragstager.h"
#include "dnd/objectdrophandler.h"
#include "incompleteuploadsdialog.h"
#include "keydisplay.h"
#include "objectdeleter.h"
#include "objectlistmodel.h"
#include "objectmover.h"
#include "objectpropertiesdialog.h"
#include "objectsortproxymodel.h"
#include "objectsview.h"
#include "s3/putobjectjob.h"
#include "s3/s3client.h"
#include "s3clientpool.h"
#include "sharelinkdialog.h"
#include "transfer/localpath.h"
#include "transfer/transferqueue.h"
#include "usagedialog.h"
#include "website/websitedialog.h"
#include "writeaccess.h"

BrowserPage::BrowserPage(S3ClientPool *clients, TransferQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_clients(clients)
    , m_queue(queue)
    , m_buckets(new BucketListModel(this))
    , m_objects(new ObjectListModel(this))
    , m_proxy(new ObjectSortProxyModel(m_objects, this))
    , m_stager(new DragStager(queue, this))
    , m_deleter(new ObjectDeleter(this))
    , m_objectDrops(new ObjectDropHandler(queue, this))
    , m_bucketCommands(new BucketCommands(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_breadcrumb = new BreadcrumbBar(this);
    m_crumbDrops = new BreadcrumbDropTarget(m_breadcrumb);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: name start, or a pattern such as IMG_*.jpg"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(300);
    m_filter->setMaximumWidth(360);
    auto *clearFilter = new QAction(m_filter); // Escape empties the filter
    clearFilter->setShortcut(QKeySequence::Cancel);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(clearFilter);
    connect(clearFilter, &QAction::triggered, this, [this] {
        if (m_filter->text().isEmpty())
            return;
        m_filter->clear();
        onFilterEdited({});
    });
    row->addWidget(m_breadcrumb, 1);
    row->addWidget(m_filter);
    layout->addLayout(row);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(400);

    m_stack = new QStackedWidget(this);
    m_bucketsView = new QTreeView(m_stack);
    m_bucketsView->setModel(m_buckets);
    m_bucketsView->setRootIsDecorated(false);
    m_bucketsView->setUniformRowHeights(true);
    m_bucketsView->setAccessibleName(tr("Buckets"));
    m_bucketsView->setColumnWidth(BucketListModel::Name, 260);
    m_objectsView = new ObjectsView(m_stack);
    m_objectsView->setModel(m_proxy);
    m_objectsView->sortByColumn(ObjectListModel::Name, Qt::AscendingOrder);
    m_objectsView->setColumnWidth(ObjectListModel::Name, 340);
    m_objectsView->setColumnWidth(ObjectListModel::Size, 90);
    m_objectsView->setColumnWidth(ObjectListModel::Modified, 150);
    m_stack->addWidget(m_bucketsView);
    m_stack->addWidget(m_objectsView);
    layout->addWidget(m_stack, 1);
    m_status = new BrowserStatusLine(this);
    layout->addWidget(m_status);
    m_toolbar = new BrowserToolbar(this); // after the objects view, which lists its actions
    layout->insertWidget(0, m_toolbar);

    connectDrops();
    connect(m_objectsView, &QTreeView::activated, this, &BrowserPage::onActivated);
    connect(m_bucketsView, &QTreeView::activated, this, &BrowserPage::onActivated);
    connect(m_objectsView->selectionModel(),
        &QItemSelectionModel::selectionChanged,
        this,
        &BrowserPage::updateActions);
    connect(m_bucketsView->selectionModel(),
        &QItemSelectionModel::selectionChanged,
        this,
        &BrowserPage::updateActions);
    connect(m_breadcrumb, &BreadcrumbBar::rootChosen, this, &BrowserPage::showBuckets);
    connect(m_breadcrumb, &BreadcrumbBar::folderChosen, this, &BrowserPage::openFolder);
    connect(m_filter, &QLineEdit::textEdited, this, &BrowserPage::onFilterEdited);
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_objects->setNamePrefix(ObjectSortProxyModel::literalPrefix(m_filter->text()));
    });
    connect(m_objects, &ObjectListModel::loadFailed, this, &BrowserPage::setStatus);
    connect(m_buckets, &BucketListModel::loadFailed, this, &BrowserPage::setStatus);
    connect(m_objects, &ObjectListModel::loadingChanged, this, [this](bool loading) {
        m_status->showObjectCount(m_objects->rowCount(), loading, m_objects->hasMore());
    });
    connect(m_buckets, &BucketListModel::loaded, this, [this] {
        m_status->showBucketCount(m_buckets->rowCount());
    });
    connect(m_status, &BrowserStatusLine::messageChanged, this, &BrowserPage::statusChanged);
    connect(m_bucketCommands, &BucketCommands::statusChanged, this, &BrowserPage::setStatus);
    connect(m_bucketCommands, &BucketCommands::bucketsChanged, m_buckets, &BucketListModel::refresh);
    connect(queue, &TransferQueue::idle, this, &BrowserPage::refreshAfterTransfers);
    connect(m_deleter, &ObjectDeleter::statusChanged, this, &BrowserPage::setStatus);
    connect(m_deleter, &ObjectDeleter::deleted, this, &BrowserPage::refresh);
    showBuckets();
}

QString BrowserPage::chosenBucket() const
{
    return isShowingBuckets() ? m_bucketsView->currentIndex().data(BucketListModel::BucketNameRole).toString()
                              : m_objects->bucket();
}

void BrowserPage::showWebsite()
{
    const QString bucket = chosenBucket();
    if (!m_client || bucket.isEmpty())
        return setStatus(tr("Choose a bucket first."));
    // On a cloud that takes no writes it opens read-only: the settings shown, saving off.
    auto *dialog = new WebsiteDialog(m_client, bucket, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BrowserPage::showIncompleteUploads()
{
    const QString bucket = chosenBucket();
    if (!m_client || bucket.isEmpty())
        return setStatus(tr("Choose a bucket first."));
    // On a cloud that takes no writes it lists the uploads and aborts none.
    auto *dialog = new IncompleteUploadsDialog(m_client, bucket, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BrowserPage::showUsage()
{
    const QString bucket = chosenBucket();
    if (!m_client || bucket.isEmpty())
        return setStatus(tr("Choose a bucket first."));
    // A selected folder, else the folder shown (the whole bucket from the bucket list).
    QString prefix = isShowingBuckets() ? QString() : m_objects->folderPrefix();
    const QString key
        = isShowingBuckets() || !m_objectsView->selectionModel()->hasSelection() ? QString() : selectedKey();
    if (key.endsWith(u'/'))
        prefix = key;
    auto *dialog = new UsageDialog(m_client, bucket, prefix, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BrowserPage::updateActions()
{
    m_toolbar->updateActions(!m_client.isNull(),
        !isShowingBuckets(),
        m_objectsView->selectionModel()->hasSelection(),
        m_bucketsView->selectionModel()->hasSelection(),
        WriteAccess::refusal(m_client));
}

bool BrowserPage::refuseWrite()
{
    const QString why = WriteAccess::refusal(m_client);
    if (!why.isEmpty())
        setStatus(why);
    return !why.isEmpty();
}

void BrowserPage::setCloud(const QString &profileName, const QString &region, const QStringList &regions)
{
    m_profile = profileName;
    const quint64 generation = ++m_cloudGeneration;
    m_status->showProgress(tr("Reading the keys of %1…").arg(profileName));
    m_clients->clientFor(
        profileName, this, [this, generation, region, regions](S3Client *client, const QString &error) {
            if (generation != m_cloudGeneration)
                return;
            if (!client)
                return setStatus(error);
            m_status->endProgress(); // the keys are read (the bucket count says how the listing goes)
            setClient(client, region, regions);
        });
}

void BrowserPage::setClient(S3Client *client, const QString &region, const QStringList &regions)
{
    ++m_cloudGeneration;
    m_region = region;
    m_regions = regions;
    if (client != m_client) {
        m_client = client;
        m_objects->setClient(nullptr);
        m_buckets->setClient(client);
    }
    showBuckets();
}

void BrowserPage::showBuckets()
{
    m_stack->setCurrentWidget(m_bucketsView);
    m_breadcrumb->setLocation({}, {});
    m_filter->setEnabled(false);
    updateActions();
}

bool BrowserPage::isShowingBuckets() const
{
    return m_stack->currentWidget() == m_bucketsView;
}

void BrowserPage::openFolder(const QString &bucket, const QString &prefix)
{
    m_filter->clear();
    m_proxy->setNamePattern({});
    if (m_objects->client() != m_client)
        m_objects->setClient(m_client);
    m_objects->setLocation(bucket, prefix);
    m_breadcrumb->setLocation(bucket, prefix);
    m_stack->setCurrentWidget(m_objectsView);
    m_filter->setEnabled(true);
    updateActions();
    if (m_objects->canFetchMore({}))
        m_objects->fetchMore({});
}

void BrowserPage::refresh()
{
    if (isShowingBuckets())
        return m_buckets->refresh();
    m_objects->refresh();
    if (m_objects->canFetchMore({}))
        m_objects->fetchMore({});
}

void BrowserPage::refreshAfterTransfers()
{
    if (m_refreshWhenIdle && !isShowingBuckets()) {
        m_refreshWhenIdle = false;
        refresh();
    }
}

void BrowserPage::onActivated(const QModelIndex &index)
{
    if (index.model() == m_buckets)
        return openFolder(index.data(BucketListModel::BucketNameRole).toString());
    if (index.data(ObjectListModel::IsFolderRole).toBool())
        return openFolder(m_objects->bucket(), index.data(ObjectListModel::KeyRole).toString());
    showProperties();
}

void BrowserPage::onFilterEdited(const QString &text)
{
    m_proxy->setNamePattern(text); // at once, on what is loaded
    m_filterTimer->start();        // then the server lists only what can match
}

void BrowserPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void BrowserPage::editLocation()
{
    m_breadcrumb->editLocation();
}

void BrowserPage::setStatus(const QString &text)
{
    m_status->setMessage(text);
}

QString BrowserPage::statusText() const
{
    return m_status->message();
}

QStringList BrowserPage::selectedKeys() const
{
    QStringList keys;
    const QModelIndexList rows = m_objectsView->selectionModel()->selectedRows(0);
    for (const QModelIndex &row : rows)
        keys << row.data(ObjectListModel::KeyRole).toString();
    return keys;
}

QString BrowserPage::selectedKey() const
{
    const QModelIndex current = m_objectsView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(ObjectListModel::KeyRole).toString()
                             : QString();
}

void BrowserPage::uploadFiles()
{
    if (refuseWrite())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Upload files"));
    QList<QUrl> urls;
    for (const QString &f : files)
        urls << QUrl::fromLocalFile(f);
    if (!urls.isEmpty())
        uploadUrls(urls, {});
}

void BrowserPage::uploadFolder()
{
    if (refuseWrite())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Upload folder"));
    if (!folder.isEmpty())
        uploadUrls({QUrl::fromLocalFile(folder)}, {});
}

void BrowserPage::downloadSelected()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty() || !m_client)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Download into"));
    if (folder.isEmpty())
        return;
    QStringList skipped;
    for (const QString &key : keys) {
        const bool isFolder = key.endsWith(u'/');
        const LocalPath local
            = localPathForKey(folder, m_objects->folderPrefix(), isFolder ? key.chopped(1) : key);
        if (!local.isOk()) {
            skipped << tr("%1: %2").arg(KeyDisplay::escaped(key), local.problem);
            continue;
        }
        if (isFolder)
            m_queue->enqueueDownloadPrefix(m_client, m_objects->bucket(), key, local.path);
        else
            m_queue->enqueueDownload(m_client, m_objects->bucket(), key, local.path, folder);
    }
    setStatus(skipped.isEmpty() ? tr("Downloading %n item(s)", nullptr, int(keys.size()))
                                : tr("Not downloaded: %1").arg(skipped.join(QStringLiteral("; "))));
}

void BrowserPage::newFolder()
{
    if (refuseWrite())
        return;
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("New folder"), tr("Folder name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.isEmpty() || !m_client)
        return;
    PutObjectRequest request;
    request.bucket = m_objects->bucket();
    request.key = m_objects->folderPrefix() + name + (name.endsWith(u'/') ? QString() : QStringLiteral("/"));
    PutObjectJob *job = m_client->putObject(request);
    connect(job, &PutObjectJob::finished, this, [this, name](const PutObjectResult &r) {
        setStatus(
            r.error.isOk() ? tr("Folder %1 created").arg(KeyDisplay::name(name)) : r.error.humanSentence());
        refresh();
    });
    job->start();
}

void BrowserPage::deleteSelected()
{
    const QStringList all = selectedKeys();
    if (all.isEmpty() || !m_client || refuseWrite())
        return;
    QStringList keys;
    QStringList prefixes;
    qint64 bytes = 0;
    for (const QModelIndex &row : m_objectsView->selectionModel()->selectedRows(0)) {
        const QString key = row.data(ObjectListModel::KeyRole).toString();
        if (row.data(ObjectListModel::IsFolderRole).toBool())
            prefixes << key;
        else {
            keys << key;
            bytes += row.data(ObjectListModel::SizeRole).toLongLong();
        }
    }
    m_deleter->deleteObjects(m_client, m_objects->bucket(), keys, prefixes, bytes);
}

void BrowserPage::renameSelected()
{
    const QString key = selectedKey();
    if (key.isEmpty() || !m_client || refuseWrite())
        return;
    bool ok = false;
    const QString target = QInputDialog::getText(
        this, tr("Rename or move"), tr("New key (a folder's ends in /):"), QLineEdit::Normal, key, &ok);
    if (!ok || target.isEmpty() || target == key)
        return;
    moveKeys(key, target);
}

void BrowserPage::moveKeys(const QString &from, const QString &to)
{
    const bool folder = from.endsWith(u'/');
    moveObjects({from}, from, folder && !to.endsWith(u'/') ? to + u'/' : to);
}

void BrowserPage::moveObjects(const QStringList &keys, const QString &fromPrefix, const QString &toPrefix)
{
    if (!m_client || keys.isEmpty() || refuseWrite())
        return;
    QStringList folders;
    QStringList files;
    for (const QString &key : keys)
        (key.endsWith(u'/') ? folders : files) << key;
    auto *mover = new ObjectMover(m_queue, m_client, m_objects->bucket(), files, fromPrefix, toPrefix, this);
    mover->setFolders(folders);
    setStatus(tr("Moving %n item(s) to %1…", nullptr, int(keys.size())).arg(KeyDisplay::escaped(toPrefix)));
    connect(mover, &ObjectMover::finished, this, [this, mover](int moved, const QStringList &errors) {
        mover->deleteLater();
        setStatus(errors.isEmpty() ? tr("%n object(s) moved", nullptr, moved)
                                   : tr("%n object(s) moved; %1", nullptr, moved).arg(errors.join(u'\n')));
        refresh();
    });
    mover->start();
}

void BrowserPage::copyUrl()
{
    const QString key = selectedKey();
    if (key.isEmpty() || !m_client)
        return;
    const QUrl url = m_client->request("GET", m_objects->bucket(), key).url();
    QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
    setStatus(tr("Copied %1").arg(url.toString(QUrl::FullyEncoded)));
}

void BrowserPage::shareLink()
{
    const QString key = selectedKey();
    if (key.isEmpty() || key.endsWith(u'/') || !m_client)
        return setStatus(tr("Choose an object to share (folders have no link)."));
    auto *dialog = new ShareLinkDialog(m_client, m_objects->bucket(), key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BrowserPage::showProperties()
{
    const QString key = selectedKey();
    if (key.isEmpty() || key.endsWith(u'/') || !m_client)
        return;
    auto *dialog = new ObjectPropertiesDialog(m_client, m_objects->bucket(), key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BrowserPage::createBucket()
{
    if (refuseWrite())
        return;
    m_bucketCommands->create(m_client, m_regions, m_region);
}

void BrowserPage::deleteBucket()
{
    const QModelIndex current = m_bucketsView->currentIndex();
    if (current.isValid() && !refuseWrite())
        m_bucketCommands->remove(m_client, current.data(BucketListModel::BucketNameRole).toString());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectlistmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QStyle>
#include <QTimeZone>

#include "keydisplay.h"
#include "s3/listobjectsjob.h"
#include "s3/s3client.h"

ObjectListModel::ObjectListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ObjectListModel::~ObjectListModel()
{
    if (m_job)
        m_job->abort();
}

void ObjectListModel::setClient(S3Client *client)
{
    m_client = client;
    restart();
}

void ObjectListModel::setLocation(const QString &bucket, const QString &folderPrefix)
{
    m_bucket = bucket;
    m_folder = folderPrefix;
    m_namePrefix.clear();
    restart();
}

void ObjectListModel::setNamePrefix(const QString &namePrefix)
{
    if (namePrefix == m_namePrefix)
        return;
    m_namePrefix = namePrefix;
    restart();
}

void ObjectListModel::refresh()
{
    restart();
}

void ObjectListModel::restart()
{
    ++m_generation; // a page still on its way belongs to the old listing
    const bool wasLoading = isLoading();
    if (m_job)
        m_job->abort();
    m_job = nullptr;
    beginResetModel();
    m_rows.clear();
    m_nextToken.clear();
    m_guard = ListingGuard();
    m_hasMore = m_client && !m_bucket.isEmpty();
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

bool ObjectListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !isLoading() && m_client;
}

void ObjectListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ListObjectsRequest request;
    request.bucket = m_bucket;
    request.prefix = m_folder + m_namePrefix;
    request.delimiter = QStringLiteral("/");
    request.continuationToken = m_nextToken;
    request.maxKeys = m_pageSize;
    ListObjectsJob *job = m_client->listObjects(request);
    m_job = job;
    connect(
        job, &ListObjectsJob::finished, this, [this, generation = m_generation](const ListObjectsResult &r) {
            onPage(generation, r);
        });
    job->start();
    Q_EMIT loadingChanged(true);
}

void ObjectListModel::onPage(quint64 generation, const ListObjectsResult &result)
{
    if (generation != m_generation)
        return; // a listing that was replaced
    m_job = nullptr;
    if (!result.error.isOk()) {
        m_hasMore = false;
        Q_EMIT loadingChanged(false);
        if (result.error.kind() != ApiError::Kind::Aborted)
            Q_EMIT loadFailed(result.error.humanSentence());
        return;
    }
    appendListing(result.page);
    Q_EMIT loadingChanged(false);
}

void ObjectListModel::appendListing(const ObjectListing &listed)
{
    ObjectListing page = listed; // shared: copied only when the guard drops a repeat
    const ApiError guarded = m_guard.admit(page);
    if (!guarded.isOk())
        Q_EMIT loadFailed(guarded.humanSentence());
    // A truncated page without a token would loop for ever: stop there.
    m_hasMore = page.truncated && !page.nextToken.isEmpty();
    m_nextToken = page.nextToken;
    const qsizetype added = page.commonPrefixes.size() + page.objects.size();
    if (added == 0)
        return;
    const int first = m_rows.count();
    const qsizetype skip = m_folder.size();
    // Rows are built first and announced once: one insert per page.
    int appended = 0;
    beginInsertRows({}, first, first + int(added) - 1);
    for (const QString &prefix : page.commonPrefixes) {
        QStringView name = QStringView(prefix).mid(skip);
        if (name.endsWith(u'/'))
            name.chop(1);
        if (m_rows.append(name.toUtf8(), 0, 0, {}, true))
            ++appended;
    }
    for (const ObjectEntry &o : page.objects) {
        const QByteArray name = QStringView(o.key).mid(skip).toUtf8();
        const qint64 secs = o.lastModified.isValid() ? o.lastModified.toSecsSinceEpoch() : 0;
        if (m_rows.append(name, o.size, secs, o.storageClass, false))
            ++appended;
    }
    if (appended < added) {
        // The arena is full (4 GiB of names): keep what fits and stop listing.
        m_hasMore = false;
        for (int i = appended; i < added; ++i)
            m_rows.append({}, 0, 0, {}, false); // keep the announced count; shown as empty names
    }
    endInsertRows();
    if (!m_hasMore)
        m_rows.squeeze();
}

QString ObjectListModel::keyAt(int row) const
{
    return m_folder + m_rows.name(row) + (m_rows.isFolder(row) ? QStringLiteral("/") : QString());
}

int ObjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.count();
}

int ObjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon ObjectListModel::iconFor(int row) const
{
    QStyle *style = QApplication::style();
    if (m_rows.isFolder(row))
        return style->standardIcon(QStyle::SP_DirIcon);
    // By name only: no file is read to guess a type.
    const QMimeType type = m_mime.mimeTypeForFile(m_rows.name(row), QMimeDatabase::MatchExtension);
    const QString iconName = type.iconName();
    auto it = m_icons.constFind(iconName);
    if (it != m_icons.constEnd())
        return *it;
    QIcon icon = QIcon::fromTheme(iconName, QIcon::fromTheme(type.genericIconName()));
    if (icon.isNull())
        icon = style->standardIcon(QStyle::SP_FileIcon);
    m_icons.insert(iconName, icon);
    return icon;
}

QVariant ObjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            if (!m_rows.isFolder(row) && m_rows.nameBytes(row).isEmpty())
                return tr("(folder marker)"); // the object "folder/" itself
            return KeyDisplay::name(m_rows.name(row));
        case Size:
            return m_rows.isFolder(row) ? QVariant() : QLocale().formattedDataSize(m_rows.size(row));
        case Modified:
            if (m_rows.isFolder(row) || m_rows.modifiedSecs(row) == 0)
                return {};
            return QLocale().toString(
                QDateTime::fromSecsSinceEpoch(m_rows.modifiedSecs(row)).toLocalTime(), QLocale::ShortFormat);
        case StorageClass:
            return m_rows.storageClass(row);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return KeyDisplay::escaped(keyAt(row));
    case Qt::DecorationRole:
        return index.column() == Name ? iconFor(row) : QVariant();
    case Qt::FontRole:
        if (index.column() == Name && KeyDisplay::isAltered(m_rows.name(row))) {
            QFont font;
            font.setItalic(true); // the shown name is not the name's own characters
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case KeyRole:
        return keyAt(row);
    case IsFolderRole:
        return m_rows.isFolder(row);
    case SizeRole:
        return m_rows.size(row);
    case ModifiedRole:
        return m_rows.modifiedSecs(row)
            ? QDateTime::fromSecsSinceEpoch(m_rows.modifiedSecs(row), QTimeZone::utc())
            : QDateTime();
    case NameRole:
        return m_rows.name(row);
    default:
        return {};
    }
}

QVariant ObjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Size:
        return tr("Size");
    case Modified:
        return tr("Modified");
    case StorageClass:
        return tr("Storage class");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ObjectListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // a drop on the empty area goes into this folder
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (m_rows.isFolder(index.row()))
        f |= Qt::ItemIsDropEnabled;
    return f;
}

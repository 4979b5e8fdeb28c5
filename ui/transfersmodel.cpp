// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfersmodel.h"

#include <QFileInfo>
#include <QLocale>

#include "keydisplay.h"
#include "transfer/transferqueue.h"

TransfersModel::TransfersModel(TransferQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    const QList<TransferItem> existing = queue->items();
    for (const TransferItem &item : existing) {
        m_rows.insert(item.id, int(m_items.size()));
        m_items.append(item);
    }
    connect(queue, &TransferQueue::itemAdded, this, &TransfersModel::onAdded);
    connect(queue, &TransferQueue::itemChanged, this, &TransfersModel::onChanged);
    connect(queue, &TransferQueue::itemFinished, this, &TransfersModel::onChanged);
    connect(queue, &TransferQueue::itemRemoved, this, &TransfersModel::onRemoved);
}

void TransfersModel::onAdded(const TransferItem &item)
{
    if (m_rows.contains(item.id))
        return onChanged(item);
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_rows.insert(item.id, row);
    m_items.append(item);
    endInsertRows();
}

void TransfersModel::onChanged(const TransferItem &item)
{
    const int row = rowOf(item.id);
    if (row < 0)
        return onAdded(item);
    m_items[row] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TransfersModel::onRemoved(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    m_rows.remove(id);
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (it.value() > row)
            --it.value();
    }
    endRemoveRows();
}

QString TransfersModel::stateText(TransferState state)
{
    switch (state) {
    case TransferState::Queued:
        return tr("Queued");
    case TransferState::Running:
        return tr("Running");
    case TransferState::Paused:
        return tr("Paused");
    case TransferState::Conflict:
        return tr("Waiting for an answer");
    case TransferState::Done:
        return tr("Done");
    case TransferState::Skipped:
        return tr("Skipped");
    case TransferState::Failed:
        return tr("Failed");
    case TransferState::Canceled:
        return tr("Cancelled");
    }
    return {};
}

QString TransfersModel::speedText(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return {};
    return tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond)));
}

QString TransfersModel::etaText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

int TransfersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TransfersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransfersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TransferItem &t = m_items.at(index.row());
    const int percent = t.bytesTotal > 0 ? int(t.bytesDone * 100 / t.bytesTotal)
                                         : (t.state == TransferState::Done ? 100 : -1);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return t.direction == TransferDirection::Download ? QFileInfo(t.localPath).fileName()
                                                              : KeyDisplay::name(t.key);
        case Direction:
            return t.direction == TransferDirection::Upload  ? tr("Upload")
                : t.direction == TransferDirection::Download ? tr("Download")
                                                             : tr("Copy");
        case Progress:
            return percent < 0 ? QString() : tr("%1%").arg(percent);
        case Size:
            if (t.bytesTotal < 0)
                return QLocale().formattedDataSize(t.bytesDone);
            return tr("%1 of %2")
                .arg(QLocale().formattedDataSize(t.bytesDone), QLocale().formattedDataSize(t.bytesTotal));
        case Speed:
            return t.state == TransferState::Running ? speedText(t.bytesPerSecond) : QString();
        case Eta:
            return t.state == TransferState::Running ? etaText(t.etaSeconds) : QString();
        case Status:
            return t.error.isEmpty() ? stateText(t.state) : tr("%1: %2").arg(stateText(t.state), t.error);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 s3://%2/%3\n%4")
            .arg(t.direction == TransferDirection::Upload ? t.localPath + QStringLiteral(" →")
                                                          : QStringLiteral("←"),
                t.bucket,
                KeyDisplay::escaped(t.key),
                t.error.isEmpty() ? stateText(t.state) : t.error);
    case IdRole:
        return t.id;
    case StateRole:
        return int(t.state);
    case ProgressRole:
        return percent;
    default:
        return {};
    }
}

QVariant TransfersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Direction:
        return tr("Direction");
    case Progress:
        return tr("Progress");
    case Size:
        return tr("Transferred");
    case Speed:
        return tr("Speed");
    case Eta:
        return tr("Time left");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

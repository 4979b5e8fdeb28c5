// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "transfer/transferitem.h"

class TransferQueue;

// The transfers dock's table: one row per TransferQueue item in the order they were added, kept up
// to date from the queue's (throttled) signals, one dataChanged per item change.
class TransfersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Direction,
        Progress,
        Size,
        Speed,
        Eta,
        Status,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole, // int, the queue's item id
        StateRole,             // int(TransferState)
        ProgressRole,          // int 0…100, -1 unknown
    };

    explicit TransfersModel(TransferQueue *queue, QObject *parent = nullptr);

    TransferItem itemAt(int row) const { return m_items.value(row); }
    int rowOf(int id) const { return m_rows.value(id, -1); }

    // Words for the dock and tool tips.
    static QString stateText(TransferState state);
    static QString speedText(double bytesPerSecond);
    static QString etaText(qint64 seconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onAdded(const TransferItem &item);
    void onChanged(const TransferItem &item);
    void onRemoved(int id);

    TransferQueue *m_queue;
    QList<TransferItem> m_items;
    QHash<int, int> m_rows; // id → row
};

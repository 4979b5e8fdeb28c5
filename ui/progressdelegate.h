// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Paints an int 0…100 from `role` as a progress bar (nothing for -1), with the cell's text on it.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressDelegate(int role, QObject *parent = nullptr);
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

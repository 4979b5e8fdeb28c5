// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;
class QProgressBar;
class QTreeView;
class TransferQueue;
class TransfersModel;
struct TransferConflict;
struct TransferTotals;

// The transfers dock: every transfer with its progress, speed, time left and errors in words, the
// total above them, and pause, resume, cancel and retry for the selection (or everything).
class TransfersDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit TransfersDock(TransferQueue *queue, QWidget *parent = nullptr);

    TransfersModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString summary() const; // the totals line as shown

private:
    QList<int> selectedIds() const;
    void forSelection(void (TransferQueue::*one)(int), void (TransferQueue::*all)());
    void showTotals(const TransferTotals &totals);
    void askConflict(const TransferConflict &conflict);

    TransferQueue *m_queue;
    TransfersModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QProgressBar *m_total;
};

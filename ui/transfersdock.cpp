// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfersdock.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "keydisplay.h"
#include "progressdelegate.h"
#include "transfer/transferqueue.h"
#include "transfersmodel.h"

TransfersDock::TransfersDock(TransferQueue *queue, QWidget *parent)
    : QDockWidget(tr("Transfers"), parent)
    , m_queue(queue)
    , m_model(new TransfersModel(queue, this))
{
    setObjectName(QStringLiteral("transfersDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(body);
    m_summary->setAccessibleName(tr("Transfer totals"));
    m_total = new QProgressBar(body);
    m_total->setRange(0, 1000);
    m_total->setFormat(QStringLiteral("%p%"));
    m_total->setAccessibleName(tr("Total progress"));
    m_total->setMaximumWidth(200);
    top->addWidget(m_summary, 1);
    top->addWidget(m_total);
    struct Button
    {
        QString text;
        void (TransferQueue::*one)(int);
        void (TransferQueue::*all)();
    };
    const QList<Button> buttons {{tr("Pause"), &TransferQueue::pause, &TransferQueue::pauseAll},
        {tr("Resume"), &TransferQueue::resume, &TransferQueue::resumeAll},
        {tr("Cancel"), &TransferQueue::cancel, &TransferQueue::cancelAll},
        {tr("Retry"), &TransferQueue::retry, nullptr}};
    for (const Button &b : buttons) {
        auto *button = new QToolButton(body);
        button->setText(b.text);
        button->setAccessibleName(b.text);
        button->setToolTip(tr("%1 the selected transfers (all when none is selected)").arg(b.text));
        connect(button, &QToolButton::clicked, this, [this, b] { forSelection(b.one, b.all); });
        top->addWidget(button);
    }
    auto *clear = new QToolButton(body);
    clear->setText(tr("Clear finished"));
    clear->setAccessibleName(tr("Clear finished"));
    connect(clear, &QToolButton::clicked, queue, &TransferQueue::removeFinished);
    top->addWidget(clear);
    layout->addLayout(top);

    m_view = new QTreeView(body);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Transfers"));
    m_view->setItemDelegateForColumn(
        TransfersModel::Progress, new ProgressDelegate(TransfersModel::ProgressRole, m_view));
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(TransfersModel::Name, 220);
    m_view->setColumnWidth(TransfersModel::Progress, 120);
    m_view->setColumnWidth(TransfersModel::Size, 150);
    layout->addWidget(m_view, 1);
    setWidget(body);

    connect(queue, &TransferQueue::totalsChanged, this, &TransfersDock::showTotals);
    connect(queue, &TransferQueue::conflictFound, this, &TransfersDock::askConflict);
    showTotals(queue->totals());
}

QList<int> TransfersDock::selectedIds() const
{
    QList<int> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(TransfersModel::IdRole).toInt();
    return ids;
}

void TransfersDock::forSelection(void (TransferQueue::*one)(int), void (TransferQueue::*all)())
{
    const QList<int> ids = selectedIds();
    if (ids.isEmpty() && all)
        return (m_queue->*all)();
    if (ids.isEmpty()) { // Retry with nothing selected: every failed or cancelled transfer
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const TransferItem item = m_model->itemAt(row);
            if (item.state == TransferState::Failed || item.state == TransferState::Canceled)
                (m_queue->*one)(item.id);
        }
        return;
    }
    for (int id : ids)
        (m_queue->*one)(id);
}

void TransfersDock::showTotals(const TransferTotals &t)
{
    QStringList parts;
    if (t.running)
        parts << tr("%n running", nullptr, t.running);
    if (t.queued)
        parts << tr("%n queued", nullptr, t.queued);
    if (t.paused)
        parts << tr("%n paused", nullptr, t.paused);
    if (t.done)
        parts << tr("%n done", nullptr, t.done);
    if (t.failed)
        parts << tr("%n failed", nullptr, t.failed);
    if (t.canceled)
        parts << tr("%n cancelled", nullptr, t.canceled);
    if (t.scanning)
        parts << tr("looking for files…");
    if (parts.isEmpty())
        parts << tr("No transfers");
    // Each piece a whole phrase of its own, joined by " · ".
    QStringList pieces {parts.join(QStringLiteral(", "))};
    if (t.bytesTotal > 0)
        pieces << tr("%1 of %2")
                      .arg(QLocale().formattedDataSize(t.bytesDone),
                          QLocale().formattedDataSize(t.bytesTotal));
    if (t.running && t.bytesPerSecond > 0)
        pieces << TransfersModel::speedText(t.bytesPerSecond);
    if (t.running && t.etaSeconds >= 0)
        pieces << tr("%1 left").arg(TransfersModel::etaText(t.etaSeconds));
    m_summary->setText(pieces.join(QStringLiteral(" · ")));
    m_total->setValue(t.bytesTotal > 0 ? int(t.bytesDone * 1000 / t.bytesTotal) : 0);
}

QString TransfersDock::summary() const
{
    return m_summary->text();
}

void TransfersDock::askConflict(const TransferConflict &c)
{
    auto *box = new QMessageBox(QMessageBox::Question,
        tr("Already there"),
        c.direction == TransferDirection::Download
            ? tr("%1 already exists on this computer.").arg(c.localPath)
            : tr("s3://%1/%2 already exists.").arg(c.bucket, KeyDisplay::escaped(c.key)),
        QMessageBox::NoButton,
        this);
    box->setInformativeText(
        tr("Replace it, skip this one, or keep both (the new one as %1)?").arg(c.suggestedName));
    QPushButton *overwrite = box->addButton(tr("Replace"), QMessageBox::AcceptRole);
    box->addButton(tr("Skip"), QMessageBox::RejectRole);
    QPushButton *both = box->addButton(tr("Keep both"), QMessageBox::ActionRole);
    auto *rest = new QCheckBox(tr("Do this for the other conflicts too"), box);
    box->setCheckBox(rest);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        box, &QMessageBox::buttonClicked, this, [this, c, overwrite, both, rest](QAbstractButton *clicked) {
            const ConflictChoice choice = clicked == overwrite ? ConflictChoice::Overwrite
                : clicked == both                              ? ConflictChoice::KeepBoth
                                                               : ConflictChoice::Skip;
            m_queue->resolveConflict(c.id, choice, rest->isChecked());
        });
    box->open();
}

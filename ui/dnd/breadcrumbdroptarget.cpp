// SPDX-License-Identifier: GPL-3.0-or-later
#include "breadcrumbdroptarget.h"

#include <QDropEvent>
#include <QToolButton>

#include "breadcrumbbar.h"

BreadcrumbDropTarget::BreadcrumbDropTarget(BreadcrumbBar *bar)
    : QObject(bar)
    , m_bar(bar)
{
    bar->setAcceptDrops(true);
    bar->installEventFilter(this);
}

bool BreadcrumbDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_bar)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
        m_lastRefusal.clear();
        handle(static_cast<QDropEvent *>(event), false);
        event->accept(); // the segment under the cursor decides, move by move and at the drop
        return true;
    case QEvent::DragMove:
        handle(static_cast<QDropEvent *>(event), false);
        return true;
    case QEvent::DragLeave:
        highlight(-1);
        return true;
    case QEvent::Drop:
        handle(static_cast<QDropEvent *>(event), true);
        return true;
    default:
        return false;
    }
}

void BreadcrumbDropTarget::handle(QDropEvent *event, bool drop)
{
    const int level = m_bar->levelAt(event->position().toPoint());
    const auto [bucket, prefix] = m_bar->locationOf(level);
    const bool move = event->modifiers().testFlag(Qt::ShiftModifier);
    QString why;
    if (level < 0)
        why = {}; // between segments: nothing to say, nothing to drop on
    else if (bucket.isEmpty())
        why = tr("Drop onto a bucket or folder of the location, not onto the bucket list.");
    else if (m_refusal)
        why = m_refusal(event->mimeData(), bucket, prefix, move);
    if (level < 0 || !why.isEmpty()) {
        event->ignore();
        highlight(-1);
        if (!why.isEmpty() && why != m_lastRefusal)
            Q_EMIT refused(why);
        m_lastRefusal = why;
        return;
    }
    m_lastRefusal.clear();
    event->setDropAction(move ? Qt::MoveAction : Qt::CopyAction);
    event->accept();
    if (drop) {
        highlight(-1);
        return Q_EMIT dropped(event->mimeData(), bucket, prefix, move);
    }
    if (level != m_level || move != m_move) {
        highlight(level);
        m_move = move;
        Q_EMIT targetChanged(event->mimeData(), bucket, prefix, move);
    }
}

void BreadcrumbDropTarget::highlight(int level)
{
    if (m_button)
        m_button->setStyleSheet({});
    m_level = level;
    m_button = level >= 0 ? m_bar->button(level) : nullptr;
    if (m_button)
        m_button->setStyleSheet(QStringLiteral("QToolButton { background: palette(highlight); "
                                               "color: palette(highlighted-text); border-radius: 3px; }"));
}

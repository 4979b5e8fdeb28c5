// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

class BreadcrumbBar;
class QDropEvent;
class QMimeData;
class QToolButton;

// Makes a BreadcrumbBar a drop target: the segment under the cursor is highlighted and stands for
// its folder ("photos › 2023 ›" is s3://photos/2023/); the root segment ("Buckets") takes nothing.
// `refusal(mime, bucket, prefix, move)` says why a drop cannot go there ("" when it can); a drop
// emits dropped() with Shift meaning move. An event filter, so the bar itself knows nothing of drags.
class BreadcrumbDropTarget final : public QObject
{
    Q_OBJECT
public:
    explicit BreadcrumbDropTarget(BreadcrumbBar *bar);
    void setRefusal(std::function<QString(const QMimeData *, const QString &, const QString &, bool)> refusal)
    {
        m_refusal = std::move(refusal);
    }
    int highlightedLevel() const { return m_level; } // -1: none

Q_SIGNALS:
    void dropped(const QMimeData *mime, const QString &bucket, const QString &prefix, bool move);
    void refused(const QString &why);
    void targetChanged(const QMimeData *mime, const QString &bucket, const QString &prefix, bool move);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void handle(QDropEvent *event, bool drop);
    void highlight(int level);

    BreadcrumbBar *m_bar;
    std::function<QString(const QMimeData *, const QString &, const QString &, bool)> m_refusal;
    QPointer<QToolButton> m_button;
    int m_level = -1;
    bool m_move = false;
    QString m_lastRefusal;
};

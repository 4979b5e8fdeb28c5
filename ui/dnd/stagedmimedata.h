// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMimeData>
#include <QPointer>
#include <QSet>
#include <QUrl>

class TransferQueue;
struct TransferItem;

// The mime data of a drag out of the browser: file URLs in a staging folder whose downloads the
// transfer queue started when the drag began. The URLs are there from the start (so a file manager
// accepts the drag at once); the data is handed over when the drop target asks for it — on X11
// after the drop — and that request waits, with the event loop turning, until the downloads ended.
// URLs of downloads that failed or were cancelled are left out.
class StagedMimeData final : public QMimeData
{
    Q_OBJECT
public:
    StagedMimeData(TransferQueue *queue, QList<int> items, QList<int> groups, const QList<QUrl> &urls);

    bool isReady() const;
    // Waits until every staged download ended (true) or `timeoutMs` passed (false).
    bool waitUntilReady(int timeoutMs) const;
    QString problem() const; // the errors of staged downloads that failed
    void setWaitTimeout(int ms) { m_timeoutMs = ms; }
    void cancelDownloads(); // the drag ended inside the browser: its staged copies are not needed

Q_SIGNALS:
    void readyChanged();

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    void onItemFinished(const TransferItem &item);
    QList<int> allItemIds() const;

    QPointer<TransferQueue> m_queue;
    QList<int> m_items;
    QList<int> m_groups;
    QSet<int> m_scanned;
    QList<QUrl> m_urls;
    int m_timeoutMs = 10 * 60 * 1000;
};

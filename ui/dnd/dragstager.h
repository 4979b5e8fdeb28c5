// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTemporaryDir>

class S3Client;
class StagedMimeData;
class TransferQueue;

// Starts the downloads a drag out of the browser needs, into a fresh folder under a staging folder
// the stager owns (removed when it goes), and returns the drag's StagedMimeData.
//
// Why staging: a file manager on Linux (XDND) accepts only file URLs that exist by the time it
// reads them, and the XDirectSave protocol is not widely supported. So each drag downloads through
// the queue (the dock shows it, and it can be cancelled there) into staging, and the mime data
// hands the URLs over once the downloads ended. Selections of known size above kMaxBytes are
// refused with a sentence pointing at Download…, which streams to a chosen folder instead.
class DragStager final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBytes = qint64(512) * 1024 * 1024;

    struct Entry
    {
        QString key; // a folder's ends in "/"
        qint64 size = 0;
    };

    DragStager(TransferQueue *queue, QObject *parent = nullptr);

    // Null, with *why set, when nothing can be staged. `folderPrefix` is the folder the entries are
    // in; their local names are their keys after it.
    StagedMimeData *stage(S3Client *client,
        const QString &bucket,
        const QString &folderPrefix,
        const QList<Entry> &entries,
        QString *why);
    QString stagingRoot() const { return m_root.path(); }

private:
    TransferQueue *m_queue;
    QTemporaryDir m_root;
    int m_drags = 0;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "transfer/download.h"
#include "transfer/transferitem.h"
#include "transfer/upload.h"

// What a journal keeps of one unfinished transfer: enough to continue it after the process died.
struct JournalRecord
{
    TransferDirection direction = TransferDirection::Upload;
    QString endpoint;
    QString profileName;
    QString bucket;
    QString key;
    QString localPath;
    QString folder; // download: the folder the user chose
    UploadResume upload;
    DownloadResume download;
};

// A folder with one small JSON file per unfinished transfer, named after what it moves (direction,
// cloud, bucket, key, local path), so that the same transfer enqueued again finds it. Files are
// written whole (QSaveFile) and mode 0600; they hold no secret.
class TransferJournal final
{
public:
    explicit TransferJournal(QString folder);
    const QString &folder() const { return m_folder; }

    QString fileFor(const JournalRecord &record) const;
    bool load(const QString &file, JournalRecord *record) const;
    bool save(const QString &file, const JournalRecord &record) const;
    void remove(const QString &file) const;
    QList<QPair<QString, JournalRecord>> all() const;

private:
    QString m_folder;
};

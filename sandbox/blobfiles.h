// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

// The body files of objects and parts: DATA/objects/ID, ID random and never derived from a key, and
// DATA/tmp for bodies on their way in. A body is flushed to disk before it is renamed into place.
class BlobFiles
{
public:
    explicit BlobFiles(QString dataDir);

    bool prepare(QString *error); // creates the folders, forgets what an interrupted upload left in tmp
    QString tempDir() const;
    QString path(const QByteArray &id) const;
    QString newTempFile(QStringView prefix) const;
    // Flushes `file` (complete, under tempDir()) and renames it into place under a new id, which it
    // returns; empty when the disk refuses (the file is then removed). Safe on any thread.
    QByteArray install(const QString &file) const;
    // Copies `length` bytes of a blob from `offset` into a new temporary file, streaming, and gives
    // its MD5. Empty when it cannot.
    QString copyRange(const QByteArray &id, qint64 offset, qint64 length, QByteArray *md5) const;
    // Writes many small bodies straight into place and flushes the file system once: their ids, in
    // order, or an empty list (nothing left behind) when the disk refuses.
    QList<QByteArray> writeBatch(const QList<QByteArray> &bodies, QString *error);

private:
    QString m_dir;
};

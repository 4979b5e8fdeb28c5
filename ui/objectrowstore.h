// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

// The rows of one folder listing, packed: every name in one UTF-8 arena, and per row 16 bytes
// (arena offset, modification time in seconds, a 48-bit size, a storage-class index and flags).
// A million keys of 40-byte names take about 56 MB instead of the ~250 MB of QList<ObjectEntry>.
class ObjectRowStore
{
public:
    struct Row
    {
        quint32 nameOffset = 0;
        quint32 modified = 0; // seconds since 1970 UTC; 0: unknown
        quint32 sizeLow = 0;
        quint16 sizeHigh = 0;
        quint8 storageClass = 0; // index into the class table; 0: none
        quint8 flags = 0;
    };
    static_assert(sizeof(Row) == 16);
    enum Flag : quint8
    {
        Folder = 1,
    };

    void clear();
    // False when the arena is full (4 GiB of names): the row is not added.
    bool append(
        QByteArrayView utf8Name, qint64 size, qint64 modifiedSecs, const QString &storageClass, bool folder);
    void squeeze();

    int count() const { return int(m_rows.size()); }
    QByteArrayView nameBytes(int row) const;
    QString name(int row) const { return QString::fromUtf8(nameBytes(row)); }
    qint64 size(int row) const;
    qint64 modifiedSecs(int row) const { return m_rows[size_t(row)].modified; }
    bool isFolder(int row) const { return m_rows[size_t(row)].flags & Folder; }
    QString storageClass(int row) const;
    // What the rows hold on the heap (capacities), for the memory goal.
    qint64 memoryBytes() const;

private:
    QByteArray m_arena;
    std::vector<Row> m_rows;
    QStringList m_classes {QString()};
};

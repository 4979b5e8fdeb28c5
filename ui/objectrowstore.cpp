// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectrowstore.h"

#include <limits>

void ObjectRowStore::clear()
{
    m_arena = QByteArray();
    m_rows = {};
    m_classes = QStringList {QString()};
}

bool ObjectRowStore::append(
    QByteArrayView utf8Name, qint64 size, qint64 modifiedSecs, const QString &storageClass, bool folder)
{
    if (qint64(m_arena.size()) + utf8Name.size() > qint64(std::numeric_limits<quint32>::max()))
        return false;
    Row row;
    row.nameOffset = quint32(m_arena.size());
    row.modified = modifiedSecs > 0 && modifiedSecs <= qint64(std::numeric_limits<quint32>::max())
        ? quint32(modifiedSecs)
        : 0;
    const quint64 s = size < 0 ? 0 : std::min<quint64>(quint64(size), (quint64(1) << 48) - 1);
    row.sizeLow = quint32(s & 0xffffffffu);
    row.sizeHigh = quint16(s >> 32);
    if (!storageClass.isEmpty()) {
        qsizetype index = m_classes.indexOf(storageClass);
        if (index < 0 && m_classes.size() < 255) {
            m_classes.append(storageClass);
            index = m_classes.size() - 1;
        }
        row.storageClass = quint8(index < 0 ? 0 : index);
    }
    row.flags = folder ? Folder : 0;
    m_arena.append(utf8Name.data(), utf8Name.size());
    m_rows.push_back(row);
    return true;
}

void ObjectRowStore::squeeze()
{
    m_arena.squeeze();
    m_rows.shrink_to_fit();
}

QByteArrayView ObjectRowStore::nameBytes(int row) const
{
    const size_t r = size_t(row);
    const quint32 begin = m_rows[r].nameOffset;
    const quint32 end = r + 1 < m_rows.size() ? m_rows[r + 1].nameOffset : quint32(m_arena.size());
    return QByteArrayView(m_arena.constData() + begin, qsizetype(end - begin));
}

qint64 ObjectRowStore::size(int row) const
{
    const Row &r = m_rows[size_t(row)];
    return qint64((quint64(r.sizeHigh) << 32) | r.sizeLow);
}

QString ObjectRowStore::storageClass(int row) const
{
    return m_classes.value(m_rows[size_t(row)].storageClass);
}

qint64 ObjectRowStore::memoryBytes() const
{
    return qint64(m_arena.capacity()) + qint64(m_rows.capacity() * sizeof(Row)) + qint64(sizeof(*this));
}

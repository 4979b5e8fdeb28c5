// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectsortproxymodel.h"

#include "objectlistmodel.h"

ObjectSortProxyModel::ObjectSortProxyModel(ObjectListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
}

QString ObjectSortProxyModel::literalPrefix(const QString &pattern)
{
    qsizetype end = 0;
    while (
        end < pattern.size() && pattern.at(end) != u'*' && pattern.at(end) != u'?' && pattern.at(end) != u'[')
        ++end;
    return pattern.left(end);
}

void ObjectSortProxyModel::setNamePattern(const QString &pattern)
{
    if (pattern == m_pattern)
        return;
    m_pattern = pattern;
    m_wildcard = literalPrefix(pattern).size() == pattern.size()
        ? QRegularExpression()
        : QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern)); // anchored
    invalidateFilter();
}

bool ObjectSortProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || m_pattern.isEmpty())
        return true;
    const QString name = QString::fromUtf8(m_source->nameBytes(sourceRow));
    if (!m_wildcard.isValid() || m_wildcard.pattern().isEmpty())
        return name.startsWith(m_pattern);
    return m_wildcard.match(name).hasMatch();
}

bool ObjectSortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = left.row();
    const int r = right.row();
    const bool lf = m_source->isFolder(l);
    const bool rf = m_source->isFolder(r);
    if (lf != rf) // folders first whichever way the column is sorted
        return sortOrder() == Qt::AscendingOrder ? lf : rf;
    switch (left.column()) {
    case ObjectListModel::Size:
        if (m_source->objectSize(l) != m_source->objectSize(r))
            return m_source->objectSize(l) < m_source->objectSize(r);
        break;
    case ObjectListModel::Modified:
        if (m_source->modifiedSecs(l) != m_source->modifiedSecs(r))
            return m_source->modifiedSecs(l) < m_source->modifiedSecs(r);
        break;
    case ObjectListModel::StorageClass:
        return QSortFilterProxyModel::lessThan(left, right);
    default:
        break;
    }
    // The server's order: UTF-8 bytes.
    return m_source->nameBytes(l) < m_source->nameBytes(r);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

class ObjectListModel;

// Folders first, then the chosen column; and the client-side half of the filter box. A pattern's
// literal start ("IMG_" of "IMG_*.jpg") is what the server lists (ObjectListModel::setNamePrefix);
// the whole pattern is matched here, against names as they arrive.
class ObjectSortProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ObjectSortProxyModel(ObjectListModel *source, QObject *parent = nullptr);

    // "IMG_*.jpg", "*.png", "2023": a name starting with a plain pattern, or matching one with
    // wildcards (*, ?, [...]) as a whole.
    void setNamePattern(const QString &pattern);
    QString namePattern() const { return m_pattern; }
    // What the server can narrow the listing to: the pattern up to its first wildcard.
    static QString literalPrefix(const QString &pattern);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ObjectListModel *m_source;
    QString m_pattern;
    QRegularExpression m_wildcard; // invalid: plain prefix match
};

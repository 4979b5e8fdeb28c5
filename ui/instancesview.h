// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// A sortable, filterable table over InstancesModel (or, for the Events node, MaintenanceEventsModel):
// a filter box matching any column, the table, and a status line for per-region errors. A scope
// (cloud and region, as chosen in the clouds panel) narrows the rows further.
class InstancesView final : public QWidget
{
    Q_OBJECT
public:
    // `cloudColumn` and `regionColumn` are where the model keeps the cloud and region.
    InstancesView(QAbstractItemModel *model, int cloudColumn, int regionColumn, QWidget *parent = nullptr);

    void setScope(const QString &cloud, const QString &region); // empty: everything
    void setStatus(const QString &text);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void refreshRequested();

private:
    int m_cloudColumn;
    int m_regionColumn;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_status;
};

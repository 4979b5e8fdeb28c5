// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QHBoxLayout;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

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

    // A pane beside (Qt::Horizontal) or below (Qt::Vertical) the table, in a splitter.
    void setSidePane(QWidget *pane, Qt::Orientation orientation);
    // A widget in the top row, after the filter box (more filters, for instance).
    void addToolWidget(QWidget *widget);
    // A further test on source rows; call refilter() when what it looks at changes.
    void setRowFilter(std::function<bool(int sourceRow)> accepts);
    void refilter();
    // The current row in source-model terms, -1 when none; and the way back.
    int currentSourceRow() const;
    void selectSourceRow(int sourceRow);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QSplitter *splitter() const { return m_splitter; }
    // Columns fit their contents as rows arrive (default); off once a remembered layout is restored.
    void setAutoFitColumns(bool on) { m_autoFit = on; }
    bool autoFitColumns() const { return m_autoFit; }
    // Moves the keyboard focus to the filter box, its text selected (Ctrl+F).
    void focusFilter();

Q_SIGNALS:
    void refreshRequested();
    void currentSourceRowChanged(int sourceRow); // -1: none
    void rowsFiltered();                         // the scope or a row filter changed what is shown

protected:
    void showEvent(QShowEvent *event) override;

private:
    int m_cloudColumn;
    int m_regionColumn;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_status;
    QHBoxLayout *m_top;
    QSplitter *m_splitter;
    QTimer *m_fit; // re-fits the columns once a burst of changes settles
    bool m_autoFit = true;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancesview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// The filter text against every column, within the chosen cloud and region.
class ScopedFilterProxy final : public QSortFilterProxyModel
{
public:
    ScopedFilterProxy(int cloudColumn, int regionColumn, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_cloudColumn(cloudColumn)
        , m_regionColumn(regionColumn)
    {}

    void setScope(const QString &cloud, const QString &region)
    {
        m_cloud = cloud;
        m_region = region;
        invalidateFilter();
    }

    void setRowFilter(std::function<bool(int)> accepts)
    {
        m_accepts = std::move(accepts);
        invalidateFilter();
    }

    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (!m_cloud.isEmpty() && m->index(row, m_cloudColumn, parent).data().toString() != m_cloud)
            return false;
        if (!m_region.isEmpty() && m->index(row, m_regionColumn, parent).data().toString() != m_region)
            return false;
        if (m_accepts && !m_accepts(row))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    int m_cloudColumn;
    int m_regionColumn;
    QString m_cloud;
    QString m_region;
    std::function<bool(int)> m_accepts;
};

} // namespace

InstancesView::InstancesView(QAbstractItemModel *model, int cloudColumn, int regionColumn, QWidget *parent)
    : QWidget(parent)
    , m_cloudColumn(cloudColumn)
    , m_regionColumn(regionColumn)
{
    auto *proxy = new ScopedFilterProxy(cloudColumn, regionColumn, this);
    m_proxy = proxy;
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole); // the models' SortRole: times sort as times

    m_filter = new QLineEdit(this);
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPlaceholderText(tr("Filter by any column…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(
        tr("Filter the rows (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *clearFilter = new QAction(m_filter); // Escape empties the filter
    clearFilter->setShortcut(QKeySequence::Cancel);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(clearFilter);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setAccessibleName(tr("Refresh"));
    refresh->setToolTip(tr("Load again from every cloud (F5)"));
    connect(refresh, &QPushButton::clicked, this, &InstancesView::refreshRequested);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Table"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // arrival order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Columns fit what is in sight, re-measured once rows or values (names join later) settle.
    // Measuring 1,000 rows of every page stalled the GUI thread for ~100 ms each
    // (bench/bench_instancesload); the rows in sight cost a millisecond or two.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    // A hidden table has no rows in sight: it is fitted when it shows.
    m_fit = new QTimer(this);
    m_fit->setSingleShot(true);
    m_fit->setInterval(100);
    connect(m_fit, &QTimer::timeout, this, [this] {
        if (m_autoFit && m_table->isVisible())
            m_table->resizeColumnsToContents();
    });
    const auto refit = [this] {
        if (!m_fit->isActive())
            m_fit->start();
    };
    connect(model, &QAbstractItemModel::rowsInserted, m_fit, refit);
    connect(model, &QAbstractItemModel::dataChanged, m_fit, refit);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        Q_EMIT currentSourceRowChanged(currentSourceRow());
    });

    m_top = new QHBoxLayout;
    m_top->addWidget(m_filter, 1);
    m_top->addWidget(refresh);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_top);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);
}

void InstancesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_autoFit)
        m_table->resizeColumnsToContents();
}

void InstancesView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void InstancesView::setSidePane(QWidget *pane, Qt::Orientation orientation)
{
    m_splitter->setOrientation(orientation);
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, orientation == Qt::Horizontal ? 1 : 3);
}

void InstancesView::addToolWidget(QWidget *widget)
{
    m_top->insertWidget(m_top->count() - 1, widget); // before Refresh
}

void InstancesView::setRowFilter(std::function<bool(int sourceRow)> accepts)
{
    static_cast<ScopedFilterProxy *>(m_proxy)->setRowFilter(std::move(accepts));
}

void InstancesView::refilter()
{
    static_cast<ScopedFilterProxy *>(m_proxy)->refilter();
    Q_EMIT rowsFiltered();
}

int InstancesView::currentSourceRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void InstancesView::selectSourceRow(int sourceRow)
{
    const QModelIndex source = m_proxy->sourceModel()->index(sourceRow, 0);
    const QModelIndex shown = m_proxy->mapFromSource(source);
    if (!shown.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(shown);
}

void InstancesView::setScope(const QString &cloud, const QString &region)
{
    static_cast<ScopedFilterProxy *>(m_proxy)->setScope(cloud, region);
    // A column that holds one value throughout says nothing.
    m_table->setColumnHidden(m_cloudColumn, !cloud.isEmpty());
    m_table->setColumnHidden(m_regionColumn, !region.isEmpty());
    Q_EMIT rowsFiltered();
}

void InstancesView::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

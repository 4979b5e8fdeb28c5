// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancesview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
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

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (!m_cloud.isEmpty() && m->index(row, m_cloudColumn, parent).data().toString() != m_cloud)
            return false;
        if (!m_region.isEmpty() && m->index(row, m_regionColumn, parent).data().toString() != m_region)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    int m_cloudColumn;
    int m_regionColumn;
    QString m_cloud;
    QString m_region;
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
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setToolTip(tr("Load again from every cloud (F5)"));
    connect(refresh, &QPushButton::clicked, this, &InstancesView::refreshRequested);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // arrival order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { m_table->resizeColumnsToContents(); });

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
}

void InstancesView::setScope(const QString &cloud, const QString &region)
{
    static_cast<ScopedFilterProxy *>(m_proxy)->setScope(cloud, region);
    // A column that holds one value throughout says nothing.
    m_table->setColumnHidden(m_cloudColumn, !cloud.isEmpty());
    m_table->setColumnHidden(m_regionColumn, !region.isEmpty());
}

void InstancesView::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

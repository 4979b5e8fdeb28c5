// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulefilters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSet>

#include "maintenanceeventsmodel.h"

namespace {

// Keeps the chosen entry (by its data) while the list is rebuilt; the first entry means "all".
void setChoices(QComboBox *box, const QString &all, QStringList values)
{
    values.sort();
    const QString chosen = box->currentData().toString();
    QStringList now {QString()};
    for (int i = 1; i < box->count(); ++i)
        now << box->itemData(i).toString();
    if (now == QStringList(QString()) + values)
        return;
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(all, QString());
    for (const QString &v : std::as_const(values))
        box->addItem(v, v);
    const int index = box->findData(chosen);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

ScheduleFilters::ScheduleFilters(MaintenanceEventsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_upcoming = new QCheckBox(tr("Upcoming only"), this);
    m_upcoming->setToolTip(tr("Hide completed and canceled events and windows that have closed"));
    m_cloud = new QComboBox(this);
    m_cloud->setAccessibleName(tr("Cloud filter"));
    m_cloud->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_code = new QComboBox(this);
    m_code->setAccessibleName(tr("Event filter"));
    m_code->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_upcoming);
    layout->addWidget(m_cloud);
    layout->addWidget(m_code);
    refreshChoices();
    connect(m_upcoming, &QCheckBox::toggled, this, &ScheduleFilters::changed);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &ScheduleFilters::changed);
    connect(m_code, &QComboBox::currentIndexChanged, this, &ScheduleFilters::changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ScheduleFilters::refreshChoices);
    connect(model, &QAbstractItemModel::modelReset, this, &ScheduleFilters::refreshChoices);
}

void ScheduleFilters::refreshChoices()
{
    QSet<QString> clouds;
    QSet<QString> codes;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        clouds.insert(m_model->cloudAt(r));
        codes.insert(m_model->eventAt(r).code);
    }
    setChoices(m_cloud, tr("All clouds"), QStringList(clouds.cbegin(), clouds.cend()));
    setChoices(m_code, tr("All events"), QStringList(codes.cbegin(), codes.cend()));
}

bool ScheduleFilters::accepts(int sourceRow) const
{
    const QString cloud = m_cloud->currentData().toString();
    if (!cloud.isEmpty() && m_model->cloudAt(sourceRow) != cloud)
        return false;
    const QString code = m_code->currentData().toString();
    if (!code.isEmpty() && m_model->eventAt(sourceRow).code != code)
        return false;
    if (m_upcoming->isChecked()) {
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        return m_model->maintenanceEventAt(sourceRow).isUpcoming(now);
    }
    return true;
}

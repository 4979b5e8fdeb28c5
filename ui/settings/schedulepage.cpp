// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/schedulepage.h"

#include <algorithm>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "settings/appsettings.h"

SchedulePage::SchedulePage(QWidget *parent)
    : SettingsPage(parent)
    , m_leads(new QListWidget(this))
    , m_amount(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_refresh(new QSpinBox(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *reminders = new QGroupBox(tr("Maintenance reminders"), this);
    auto *remindersLayout = new QVBoxLayout(reminders);
    auto *intro = new QLabel(tr("Show a reminder this long before a maintenance window opens:"), reminders);
    intro->setWordWrap(true);
    remindersLayout->addWidget(intro);
    m_leads->setAccessibleName(tr("Reminder lead times"));
    m_leads->setSelectionMode(QAbstractItemView::SingleSelection);
    remindersLayout->addWidget(m_leads);
    auto *addRow = new QHBoxLayout;
    m_amount->setRange(1, 999);
    m_amount->setValue(30);
    m_amount->setAccessibleName(tr("New lead time"));
    m_unit->addItem(tr("minutes before"), 1);
    m_unit->addItem(tr("hours before"), 60);
    m_unit->addItem(tr("days before"), 24 * 60);
    m_unit->setAccessibleName(tr("Lead time unit"));
    m_add->setAccessibleName(tr("Add lead time"));
    m_remove->setAccessibleName(tr("Remove lead time"));
    addRow->addWidget(m_amount);
    addRow->addWidget(m_unit);
    addRow->addWidget(m_add);
    addRow->addStretch();
    addRow->addWidget(m_remove);
    remindersLayout->addLayout(addRow);
    layout->addWidget(reminders);

    auto *refreshForm = new QFormLayout;
    m_refresh->setRange(0, AppSettings::kMaxRefreshSeconds / 60);
    m_refresh->setSpecialValueText(tr("Manual only (F5)"));
    m_refresh->setSuffix(tr(" min"));
    m_refresh->setAccessibleName(tr("Refresh interval"));
    m_refresh->setToolTip(tr("How often instances and maintenance events are fetched again; 0: only on F5."));
    refreshForm->addRow(tr("Refresh instances and events &every:"), m_refresh);
    layout->addLayout(refreshForm);

    connect(m_add, &QPushButton::clicked, this, &SchedulePage::addLead);
    connect(m_remove, &QPushButton::clicked, this, &SchedulePage::removeLead);
    connect(
        m_leads, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_refresh, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    m_remove->setEnabled(false);
}

QString SchedulePage::leadText(int minutes)
{
    if (minutes % (24 * 60) == 0)
        return tr("%n day(s)", nullptr, minutes / (24 * 60));
    if (minutes % 60 == 0)
        return tr("%n hour(s)", nullptr, minutes / 60);
    return tr("%n minute(s)", nullptr, minutes);
}

void SchedulePage::load(const AppSettings &settings)
{
    setLeads(settings.reminderLeadMinutes);
    m_refresh->setValue((settings.refreshIntervalSeconds + 59) / 60);
}

void SchedulePage::store(AppSettings &settings) const
{
    settings.reminderLeadMinutes = leads();
    settings.refreshIntervalSeconds = m_refresh->value() * 60;
}

void SchedulePage::addLead()
{
    const int minutes = m_amount->value() * m_unit->currentData().toInt();
    QList<int> all = leads();
    if (!all.contains(minutes))
        all.append(minutes);
    setLeads(all);
    for (int row = 0; row < m_leads->count(); ++row) {
        if (m_leads->item(row)->data(Qt::UserRole).toInt() == minutes)
            m_leads->setCurrentRow(row);
    }
    Q_EMIT changed();
}

void SchedulePage::removeLead()
{
    delete m_leads->takeItem(m_leads->currentRow());
    Q_EMIT changed();
}

void SchedulePage::setLeads(QList<int> minutes)
{
    std::sort(minutes.begin(), minutes.end(), std::greater<>());
    m_leads->clear();
    for (const int m : minutes) {
        auto *item = new QListWidgetItem(leadText(m), m_leads);
        item->setData(Qt::UserRole, m);
    }
}

QList<int> SchedulePage::leads() const
{
    QList<int> minutes;
    for (int row = 0; row < m_leads->count(); ++row)
        minutes.append(m_leads->item(row)->data(Qt::UserRole).toInt());
    return minutes;
}

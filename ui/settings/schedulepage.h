// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settingspage.h"

class QComboBox;
class QListWidget;
class QPushButton;
class QSpinBox;

// Reminder lead times (an editable list) and the refresh interval of instances and events.
class SchedulePage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit SchedulePage(QWidget *parent = nullptr);
    void load(const AppSettings &settings) override;
    void store(AppSettings &settings) const override;

    static QString leadText(int minutes); // "1 day", "2 hours", "90 minutes"

private:
    void addLead();
    void removeLead();
    void setLeads(QList<int> minutes);
    QList<int> leads() const;

    QListWidget *m_leads;
    QSpinBox *m_amount;
    QComboBox *m_unit;
    QPushButton *m_add;
    QPushButton *m_remove;
    QSpinBox *m_refresh;
};

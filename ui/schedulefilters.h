// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class MaintenanceEventsModel;
class QCheckBox;
class QComboBox;

// The schedule's own filters, in the table's top row: upcoming only, one cloud, one event code.
// The choices of the two lists follow the model.
class ScheduleFilters final : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleFilters(MaintenanceEventsModel *model, QWidget *parent = nullptr);

    bool accepts(int sourceRow) const;
    // The moment "upcoming" is measured from (tests fix it); default the current time.
    void setNow(const QDateTime &now) { m_now = now; }

    QCheckBox *upcomingBox() const { return m_upcoming; }
    QComboBox *cloudBox() const { return m_cloud; }
    QComboBox *codeBox() const { return m_code; }

Q_SIGNALS:
    void changed();

private:
    void refreshChoices();

    MaintenanceEventsModel *m_model;
    QCheckBox *m_upcoming;
    QComboBox *m_cloud;
    QComboBox *m_code;
    QDateTime m_now;
};

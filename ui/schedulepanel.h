// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <QWidget>

class Ec2Loader;
class EventTimelineChart;
class InstanceActionRunner;
class InstancesView;
class MaintenanceEventsModel;
class QLabel;
class QPushButton;
class ScheduleFilters;

// The reboot schedule around the events table: its filters (upcoming only, cloud, event code) in
// the table's top row, and below the table the timeline of the rows shown and what can be done to
// the chosen event: "Reboot now" (instance-reboot), "Stop/start now" (retirement or system
// maintenance of an EBS-backed instance), "Reschedule…" (ModifyInstanceEventStartTime, within the
// deadline, where the API version has it) and "Export to calendar…" (.ics of the rows shown,
// written off the GUI thread). Each button that cannot act says why in its tooltip.
class SchedulePanel final : public QWidget
{
    Q_OBJECT
public:
    enum class EventAction
    {
        RebootNow,
        StopStartNow,
        Reschedule,
        Export,
    };

    // Installs itself below `view`'s table (the view must show `model`).
    SchedulePanel(MaintenanceEventsModel *model,
        InstancesView *view,
        Ec2Loader *loader,
        InstanceActionRunner *runner,
        QWidget *parent = nullptr);

    EventTimelineChart *timeline() const { return m_timeline; }
    ScheduleFilters *filters() const { return m_filters; }
    QPushButton *button(EventAction action) const { return m_buttons.value(int(action)); }
    QLabel *resultLabel() const { return m_result; }
    // Why `action` cannot act on the current event, or empty.
    QString unavailableReason(EventAction action) const;

    // The moment filters, timeline and dialogs measure from (tests fix it).
    void setNow(const QDateTime &now);
    // Writes the rows shown to `path` off the GUI thread; exported() follows.
    void exportCalendar(const QString &path);
    // Moves the current event's window to start at `start` (what the dialog does once accepted).
    void reschedule(const QDateTime &start);
    // Rebuilds the timeline now instead of on the next turn of the event loop.
    void syncTimeline();

Q_SIGNALS:
    void exported(bool ok, const QString &message);
    void actionFinished(bool ok, const QString &message);

private:
    void scheduleSync();
    void updateButtons();
    void trigger(EventAction action);
    void report(bool ok, const QString &message);
    QDateTime now() const;

    MaintenanceEventsModel *m_model;
    InstancesView *m_view;
    Ec2Loader *m_loader;
    InstanceActionRunner *m_runner;
    ScheduleFilters *m_filters;
    EventTimelineChart *m_timeline;
    QHash<int, QPushButton *> m_buttons;
    QLabel *m_result;
    QTimer m_sync;
    QDateTime m_now;
};

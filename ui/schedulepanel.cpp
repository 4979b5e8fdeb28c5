// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulepanel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

#include "apptheme.h"
#include "ec2/ec2apiversions.h"
#include "ec2/ec2client.h"
#include "ec2/modifyinstanceeventstarttimejob.h"
#include "ec2loader.h"
#include "eventtimelinechart.h"
#include "instanceactionrunner.h"
#include "instancesview.h"
#include "maintenanceeventsmodel.h"
#include "remindernotifier.h"
#include "rescheduledialog.h"
#include "schedule/icalendarwriter.h"
#include "schedulefilters.h"
#include "stopstartsequence.h"
#include "transport/offthread.h"

namespace {

struct WriteOutcome
{
    bool ok;
    QString error;
};

} // namespace

SchedulePanel::SchedulePanel(MaintenanceEventsModel *model,
    InstancesView *view,
    Ec2Loader *loader,
    InstanceActionRunner *runner,
    QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(view)
    , m_loader(loader)
    , m_runner(runner)
{
    m_filters = new ScheduleFilters(model, view);
    view->addToolWidget(m_filters);
    view->setRowFilter([this](int row) { return m_filters->accepts(row); });
    connect(m_filters, &ScheduleFilters::changed, view, &InstancesView::refilter);

    m_timeline = new EventTimelineChart(model, this);
    auto *actions = new QHBoxLayout;
    const QList<std::pair<EventAction, QString>> labels = {{EventAction::RebootNow, tr("Reboot now")},
        {EventAction::StopStartNow, tr("Stop/start now")},
        {EventAction::Reschedule, tr("Reschedule…")},
        {EventAction::Export, tr("Export to calendar…")}};
    for (const auto &[action, label] : labels) {
        auto *b = new QPushButton(label, this);
        m_buttons.insert(int(action), b);
        if (action == EventAction::Export)
            actions->addStretch(1);
        actions->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, a = action] { trigger(a); });
    }
    m_result = new QLabel(this);
    m_result->setAccessibleName(tr("Action result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_result);
    layout->addWidget(m_timeline, 1);
    view->setSidePane(this, Qt::Vertical);

    // Pages of events arrive one after another: the timeline is rebuilt once they pause.
    m_sync.setSingleShot(true);
    m_sync.setInterval(30);
    connect(&m_sync, &QTimer::timeout, this, &SchedulePanel::syncTimeline);
    QSortFilterProxyModel *proxy = view->proxy();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, &SchedulePanel::scheduleSync);
    connect(proxy, &QAbstractItemModel::modelReset, this, &SchedulePanel::scheduleSync);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &SchedulePanel::scheduleSync);
    connect(proxy, &QAbstractItemModel::dataChanged, this, &SchedulePanel::scheduleSync);
    // A new scope or filter is a deliberate change: the timeline follows at once.
    connect(view, &InstancesView::rowsFiltered, this, &SchedulePanel::syncTimeline);
    connect(m_timeline, &EventTimelineChart::rowClicked, view, &InstancesView::selectSourceRow);
    connect(view, &InstancesView::currentSourceRowChanged, this, [this](int row) {
        m_timeline->highlightRow(row);
        updateButtons();
    });
    syncTimeline();
}

QDateTime SchedulePanel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void SchedulePanel::setNow(const QDateTime &now)
{
    m_now = now;
    m_filters->setNow(now);
    m_timeline->setNow(now);
    m_view->refilter(); // and so syncTimeline()
}

void SchedulePanel::scheduleSync()
{
    if (!m_sync.isActive())
        m_sync.start();
}

void SchedulePanel::syncTimeline()
{
    m_sync.stop();
    QSortFilterProxyModel *proxy = m_view->proxy();
    QList<int> rows;
    rows.reserve(proxy->rowCount());
    for (int r = 0; r < proxy->rowCount(); ++r)
        rows.append(proxy->mapToSource(proxy->index(r, 0)).row());
    m_timeline->setRows(rows);
    m_timeline->highlightRow(m_view->currentSourceRow());
    updateButtons();
}

QString SchedulePanel::unavailableReason(EventAction action) const
{
    if (action == EventAction::Export)
        return m_view->proxy()->rowCount() == 0 ? tr("No event is shown.") : QString();
    const int row = m_view->currentSourceRow();
    if (row < 0)
        return tr("Choose an event first.");
    const Ec2Event &e = m_model->eventAt(row);
    const QString cloud = m_model->cloudAt(row);
    if (!m_model->maintenanceEventAt(row).isUpcoming(now()))
        return tr("This event is over.");
    switch (action) {
    case EventAction::RebootNow:
        if (e.code != u"instance-reboot")
            return tr("Only an instance-reboot event can be done early by rebooting: this one is %1.")
                .arg(e.code);
        return m_runner->unavailableReason(cloud, InstanceActionRunner::Action::Reboot);
    case EventAction::StopStartNow:
        if (e.code != u"instance-retirement" && e.code != u"system-maintenance")
            return tr("Stop/start helps with retirement and system maintenance, not %1.").arg(e.code);
        if (m_model->rootDeviceTypeAt(row) != u"ebs")
            return tr("Only an EBS-backed instance keeps its data through a stop.");
        if (const QString why = m_runner->unavailableReason(cloud, InstanceActionRunner::Action::Stop);
            !why.isEmpty())
            return why;
        return m_runner->unavailableReason(cloud, InstanceActionRunner::Action::Start);
    case EventAction::Reschedule: {
        const QString version = m_loader->apiVersion(cloud);
        const QString name = QStringLiteral("ModifyInstanceEventStartTime");
        if (!Ec2ApiVersions::offers(name, version))
            return tr("%1 speaks EC2 API version %2, which cannot move events (%3 came with %4).")
                .arg(cloud, version, name, Ec2ApiVersions::introducedIn(name));
        if (e.id.isEmpty() || !e.notBeforeDeadline.isValid())
            return tr("The provider gives no deadline for this event: it cannot be moved.");
        if (e.notBeforeDeadline <= now())
            return tr("The deadline to move this event has passed.");
        return {};
    }
    case EventAction::Export:
        break;
    }
    return {};
}

void SchedulePanel::updateButtons()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const QString why = unavailableReason(EventAction(it.key()));
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why);
    }
}

void SchedulePanel::report(bool ok, const QString &message)
{
    m_result->setText(message);
    QPalette p = m_result->palette();
    p.setColor(
        QPalette::WindowText, ok ? palette().color(QPalette::WindowText) : AppTheme::errorColour(palette()));
    m_result->setPalette(p);
    Q_EMIT actionFinished(ok, message);
}

void SchedulePanel::trigger(EventAction action)
{
    if (const QString why = unavailableReason(action); !why.isEmpty())
        return report(false, why);
    const int row = m_view->currentSourceRow();
    if (action == EventAction::Export) {
        auto *dialog = new QFileDialog(this, tr("Export to calendar"), {}, tr("iCalendar files (*.ics)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("ics"));
        dialog->selectFile(tr("maintenance.ics"));
        connect(dialog, &QFileDialog::fileSelected, this, &SchedulePanel::exportCalendar);
        return dialog->open();
    }
    const QString cloud = m_model->cloudAt(row);
    const QString region = m_model->regionAt(row);
    const QString id = m_model->instanceIdAt(row);
    if (action == EventAction::RebootNow) {
        m_result->setText(tr("Rebooting %1…").arg(id));
        auto conn = std::make_shared<QMetaObject::Connection>();
        *conn = connect(m_runner,
            &InstanceActionRunner::finished,
            this,
            [this, id, conn](
                const QString &done, InstanceActionRunner::Action, bool ok, const QString &message) {
                if (done != id)
                    return;
                disconnect(*conn);
                report(ok, ok ? tr("%1 rebooted: the provider clears the event shortly.").arg(id) : message);
            });
        return m_runner->run(cloud, region, InstanceActionRunner::Action::Reboot, id);
    }
    if (action == EventAction::StopStartNow) {
        auto *sequence = new StopStartSequence(m_loader, m_runner, cloud, region, id, this);
        connect(sequence, &StopStartSequence::progress, m_result, &QLabel::setText);
        connect(sequence, &StopStartSequence::finished, this, &SchedulePanel::report);
        return sequence->start();
    }
    const MaintenanceEvent e = m_model->maintenanceEventAt(row);
    auto *dialog = new RescheduleDialog(tr("%1 of %2").arg(e.event.code, e.instanceLabel()),
        e.event.notBefore,
        e.event.notBeforeDeadline,
        now(),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { reschedule(dialog->newStart()); });
    dialog->open();
}

void SchedulePanel::reschedule(const QDateTime &start)
{
    if (const QString why = unavailableReason(EventAction::Reschedule); !why.isEmpty())
        return report(false, why);
    const int row = m_view->currentSourceRow();
    Ec2Client *client = m_loader->client(m_model->cloudAt(row));
    if (!client)
        return report(
            false, tr("The keys of %1 have not been read yet: refresh first.").arg(m_model->cloudAt(row)));
    const Ec2Event event = m_model->eventAt(row);
    ModifyInstanceEventStartTimeRequest request;
    request.region = m_model->regionAt(row);
    request.instanceId = m_model->instanceIdAt(row);
    request.instanceEventId = event.id;
    request.notBefore = start;
    m_result->setText(tr("Moving %1…").arg(event.code));
    ModifyInstanceEventStartTimeJob *job = client->modifyInstanceEventStartTime(request);
    // The row is found again by event id when the answer comes: a refresh may have moved it.
    connect(job,
        &ModifyInstanceEventStartTimeJob::finished,
        this,
        [this, event, start](const ModifyInstanceEventStartTimeResult &r) {
            if (!r.error.isOk())
                return report(false, tr("Reschedule failed: %1").arg(r.error.humanSentence()));
            const QDateTime moved = r.event.notBefore.isValid() ? r.event.notBefore : start;
            for (int i = 0; i < m_model->rowCount(); ++i) {
                if (m_model->eventAt(i).id == event.id) {
                    m_model->moveWindow(i, moved);
                    break;
                }
            }
            report(true,
                tr("%1 now starts %2")
                    .arg(event.code, QLocale().toString(moved.toLocalTime(), QLocale::ShortFormat)));
        });
    job->start();
}

void SchedulePanel::exportCalendar(const QString &path)
{
    QList<MaintenanceEvent> events;
    QSortFilterProxyModel *proxy = m_view->proxy();
    for (int r = 0; r < proxy->rowCount(); ++r)
        events.append(m_model->maintenanceEventAt(proxy->mapToSource(proxy->index(r, 0)).row()));
    ICalendarWriter writer;
    writer.setTimestamp(now());
    writer.setReminderLeadTimes(ReminderNotifier::leadTimesFromSettings());
    writer.setCalendarName(tr("Skylight maintenance"));
    m_result->setText(tr("Writing %1…").arg(path));
    const int count = int(events.size());
    runOffThread(
        this,
        [writer, events = std::move(events), path]() -> WriteOutcome {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return {false, file.errorString()};
            const QByteArray ics = writer.write(events);
            if (file.write(ics) != ics.size() || !file.commit())
                return {false, file.errorString()};
            return {true, {}};
        },
        [this, path, count](const WriteOutcome &outcome) {
            const QString message = outcome.ok ? tr("%n event(s) written to %1", nullptr, count).arg(path)
                                               : tr("Could not write %1: %2").arg(path, outcome.error);
            report(outcome.ok, message);
            Q_EMIT exported(outcome.ok, message);
        });
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The reboot schedule against skylight-sandbox --demo: one timeline bar per event shown, clicking a
// bar selects its row, the filters, "Reboot now" and "Reschedule…" changing what the sandbox
// reports (seen through a separate refresh), the .ics export; reminders firing once across
// restarts; the API versions view. Pictures of the schedule and of the API versions view.
#include <memory>

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QWheelEvent>

#include "apiversionsview.h"
#include "ec2/ec2apiversions.h"
#include "ec2/ec2refresh.h"
#include "ec2testwindow.h"
#include "eventtimelinechart.h"
#include "instanceactionrunner.h"
#include "instancesmodel.h"
#include "instancesview.h"
#include "maintenanceeventsmodel.h"
#include "remindernotifier.h"
#include "schedulefilters.h"
#include "schedulepanel.h"

using namespace Qt::StringLiterals;
using EventAction = SchedulePanel::EventAction;

class TestSchedule : public QObject
{
    Q_OBJECT

    static const MaintenanceEventsModel *eventsModel(Ec2TestWindow &w)
    {
        return static_cast<const MaintenanceEventsModel *>(w.window->eventsView()->proxy()->sourceModel());
    }

    // The source row of the first event of this code on the instance with this Name tag.
    static int eventRow(Ec2TestWindow &w, const QString &name, const QString &code)
    {
        const MaintenanceEventsModel *m = eventsModel(w);
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->nameAt(r) == name && m->eventAt(r).code == code)
                return r;
        }
        return -1;
    }

    static QDateTime leftEdgeMs(const QLineSeries *s)
    {
        return QDateTime::fromMSecsSinceEpoch(qint64(s->at(0).x()), QTimeZone::utc());
    }

private Q_SLOTS:
    // One sandbox and window for the tests that can share them (each acts on other instances).
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_window = std::make_unique<Ec2TestWindow>();
        if (!m_window->start())
            m_window.reset();
    }

    void cleanupTestCase() { m_window.reset(); }

    void timelineHasOneBarPerEventAndClicksSelect()
    {
        QVERIFY(m_window);
        Ec2TestWindow &w = *m_window;
        w.window->showSchedule();
        InstancesView *view = w.window->eventsView();
        QAbstractItemModelTester tester(
            view->proxy()->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        SchedulePanel *panel = w.window->schedulePanel();
        EventTimelineChart *timeline = panel->timeline();
        QVERIFY(timeline->isVisible());
        QTRY_COMPARE(timeline->barCount(), 8); // the demo's eight events, both regions
        QCOMPARE(view->proxy()->rowCount(), 8);

        // Each bar spans its event's window; a click on its middle selects that event's row.
        const MaintenanceEventsModel *m = eventsModel(w);
        for (int bar = 0; bar < timeline->barCount(); ++bar) {
            const int row = timeline->rowOfBar(bar);
            QCOMPARE(leftEdgeMs(timeline->barSeries(bar)), m->eventAt(row).notBefore);
            const QPoint centre = timeline->barCenter(bar);
            QVERIFY(timeline->viewport()->rect().contains(centre));
            QCOMPARE(timeline->barAt(centre), bar);
            QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, centre);
            QCOMPARE(view->currentSourceRow(), row);
            const QModelIndex selected = view->table()->currentIndex();
            QCOMPARE(selected.siblingAtColumn(MaintenanceEventsModel::Instance).data().toString(),
                m->instanceIdAt(row));
            QCOMPARE(selected.siblingAtColumn(MaintenanceEventsModel::Code).data().toString(),
                m->eventAt(row).code);
            QVERIFY(timeline->barDetails(bar).contains(m->instanceIdAt(row)));
        }
        // Hovering a bar names its event (the tooltip shows barDetails()).
        QSignalSpy hovered(timeline, &EventTimelineChart::barHovered);
        QTest::mouseMove(timeline->viewport(), timeline->barCenter(2));
        QTRY_VERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.last().at(0).toInt(), timeline->rowOfBar(2));

        // A click beside every bar selects nothing new.
        const int before = view->currentSourceRow();
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(view->currentSourceRow(), before);

        // Zoom by the wheel narrows the time axis; a double click shows everything again.
        const qint64 span = timeline->timeAxis()->min().msecsTo(timeline->timeAxis()->max());
        QWheelEvent wheel(QPointF(timeline->viewport()->rect().center()),
            timeline->viewport()->mapToGlobal(QPointF(timeline->viewport()->rect().center())),
            QPoint(),
            QPoint(0, 120),
            Qt::NoButton,
            Qt::NoModifier,
            Qt::NoScrollPhase,
            false);
        QCoreApplication::sendEvent(timeline->viewport(), &wheel);
        QVERIFY(timeline->timeAxis()->min().msecsTo(timeline->timeAxis()->max()) < span);
        QTest::mouseDClick(timeline->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(timeline->timeAxis()->min().msecsTo(timeline->timeAxis()->max()), span);

        // Select an event with a deadline for the picture.
        view->selectSourceRow(eventRow(w, u"web-2"_s, u"instance-reboot"_s));
        const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR", QDir::tempPath());
        QTest::qWait(50);
        QVERIFY(w.window->grab().save(dir + u"/schedule-timeline.png"_s));
    }

    void filtersNarrowTableAndTimeline()
    {
        QVERIFY(m_window);
        Ec2TestWindow &w = *m_window;
        w.window->showSchedule();
        SchedulePanel *panel = w.window->schedulePanel();
        InstancesView *view = w.window->eventsView();
        QTRY_COMPARE(panel->timeline()->barCount(), 8);
        panel->filters()->upcomingBox()->setChecked(true); // one completed, one canceled in the demo
        QCOMPARE(view->proxy()->rowCount(), 6);
        panel->syncTimeline();
        QCOMPARE(panel->timeline()->barCount(), 6);
        QComboBox *code = panel->filters()->codeBox();
        code->setCurrentIndex(code->findData(u"system-reboot"_s)); // three, one of them completed
        QCOMPARE(view->proxy()->rowCount(), 2);
        panel->filters()->upcomingBox()->setChecked(false);
        QCOMPARE(view->proxy()->rowCount(), 3);
        QComboBox *cloud = panel->filters()->cloudBox();
        QCOMPARE(cloud->count(), 2); // all, sandbox
        cloud->setCurrentIndex(1);
        QCOMPARE(view->proxy()->rowCount(), 3);
        code->setCurrentIndex(0);
        QCOMPARE(view->proxy()->rowCount(), 8);
    }

    void rebootNowCompletesTheEvent()
    {
        QVERIFY(m_window);
        Ec2TestWindow &w = *m_window;
        w.window->showSchedule();
        SchedulePanel *panel = w.window->schedulePanel();
        InstancesView *view = w.window->eventsView();
        const int other = eventRow(w, u"db-primary"_s, u"system-maintenance"_s);
        view->selectSourceRow(other);
        QVERIFY(!panel->button(EventAction::RebootNow)->isEnabled());
        QVERIFY(!panel->button(EventAction::RebootNow)->toolTip().isEmpty());
        QVERIFY(panel->button(EventAction::StopStartNow)->isEnabled()); // EBS-backed, running

        const int row = eventRow(w, u"web-2"_s, u"instance-reboot"_s);
        QVERIFY(row >= 0);
        view->selectSourceRow(row);
        const QString id = eventsModel(w)->instanceIdAt(row);
        QVERIFY(panel->button(EventAction::RebootNow)->isEnabled());
        QSignalSpy finished(panel, &SchedulePanel::actionFinished);
        panel->button(EventAction::RebootNow)->click();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        bool completed = false;
        for (const InstanceStatus &s : w.describeAgain().statuses) {
            for (const Ec2Event &e : s.events)
                completed |= s.instanceId == id && e.code == u"instance-reboot"_s
                    && e.state == Ec2Event::State::Completed;
        }
        QVERIFY(completed);
    }

    void rescheduleMovesTheWindow()
    {
        QVERIFY(m_window);
        Ec2TestWindow &w = *m_window;
        w.window->showSchedule();
        SchedulePanel *panel = w.window->schedulePanel();
        InstancesView *view = w.window->eventsView();
        const int fixed = eventRow(w, u"web-1"_s, u"system-reboot"_s); // no deadline in the demo
        view->selectSourceRow(fixed);
        QVERIFY(!panel->button(EventAction::Reschedule)->isEnabled());
        const int row = eventRow(w, u"eu-db"_s, u"system-reboot"_s); // deadline: 16 days out
        view->selectSourceRow(row);
        QVERIFY2(panel->button(EventAction::Reschedule)->isEnabled(),
            qPrintable(panel->button(EventAction::Reschedule)->toolTip()));
        const Ec2Event before = eventsModel(w)->eventAt(row);
        const QDateTime target = before.notBefore.addDays(2);
        QSignalSpy finished(panel, &SchedulePanel::actionFinished);
        panel->reschedule(target);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(eventsModel(w)->eventAt(row).notBefore, target);
        bool moved = false;
        for (const InstanceStatus &s : w.describeAgain().statuses) {
            for (const Ec2Event &e : s.events)
                moved |= e.id == before.id && e.notBefore == target;
        }
        QVERIFY(moved);

        // Past the deadline the sandbox refuses, and the reason is shown.
        finished.clear();
        panel->reschedule(before.notBeforeDeadline.addDays(3));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!panel->resultLabel()->text().isEmpty());
    }

    // No sandbox needed: the reason comes from the profile's API version and the catalogue.
    void rescheduleNeedsTheApiVersion()
    {
        UiTestGraph graph;
        CloudProfile old;
        old.name = u"euca"_s;
        old.ec2Endpoint = u"http://127.0.0.1:9/services/Eucalyptus"_s;
        old.ec2ApiVersion = u"2013-10-15"_s; // has DescribeInstanceStatus, not ModifyInstanceEventStartTime
        graph.profiles.upsert(old);
        HttpTransport transport;
        InstancesModel instances;
        MaintenanceEventsModel events;
        Ec2Loader loader(&graph.profiles, &graph.credentials, &transport, &instances, &events);
        InstanceActionRunner runner(&loader, &instances);
        InstancesView view(&events, MaintenanceEventsModel::Cloud, MaintenanceEventsModel::Region);
        SchedulePanel panel(&events, &view, &loader, &runner);
        const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
        panel.setNow(now);
        InstanceStatus status;
        status.instanceId = u"i-1"_s;
        Ec2Event e;
        e.id = u"instance-event-1"_s;
        e.code = u"instance-reboot"_s;
        e.notBefore = now.addDays(2);
        e.notAfter = e.notBefore.addSecs(7200);
        e.notBeforeDeadline = now.addDays(9);
        status.events = {e};
        events.addStatuses({u"euca"_s, u"r"_s}, {status});
        view.selectSourceRow(0);
        QCOMPARE(view.currentSourceRow(), 0);
        QVERIFY(!panel.button(EventAction::Reschedule)->isEnabled());
        QVERIFY2(panel.button(EventAction::Reschedule)->toolTip().contains(u"2013-10-15"_s),
            qPrintable(panel.button(EventAction::Reschedule)->toolTip()));
        QVERIFY(panel.button(EventAction::RebootNow)->isEnabled());     // RebootInstances is old
        QVERIFY(!panel.button(EventAction::StopStartNow)->isEnabled()); // not this event's remedy

        // With the version that has it, the same event can move.
        old.ec2ApiVersion = u"2016-11-15"_s;
        graph.profiles.upsert(old);
        view.selectSourceRow(-1);
        view.selectSourceRow(0);
        QVERIFY2(panel.unavailableReason(EventAction::Reschedule).isEmpty(),
            qPrintable(panel.unavailableReason(EventAction::Reschedule)));
    }

    void exportWritesOneEventPerRow()
    {
        QVERIFY(m_window);
        Ec2TestWindow &w = *m_window;
        w.window->showSchedule();
        SchedulePanel *panel = w.window->schedulePanel();
        panel->filters()->upcomingBox()->setChecked(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"schedule.ics"_s);
        QSignalSpy exported(panel, &SchedulePanel::exported);
        panel->exportCalendar(path);
        QVERIFY(exported.wait(10000));
        QVERIFY(exported.first().at(0).toBool());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 6);
        QVERIFY(ics.contains("instance-reboot"));
    }

    void stopStartNowMovesTheInstance()
    {
        QVERIFY(m_window);
        Ec2TestWindow &w = *m_window;
        w.window->showSchedule();
        SchedulePanel *panel = w.window->schedulePanel();
        const int row = eventRow(w, u"db-primary"_s, u"system-maintenance"_s); // running, EBS-backed
        QVERIFY(row >= 0);
        w.window->eventsView()->selectSourceRow(row);
        const QString id = eventsModel(w)->instanceIdAt(row);
        QVERIFY2(panel->button(EventAction::StopStartNow)->isEnabled(),
            qPrintable(panel->button(EventAction::StopStartNow)->toolTip()));
        QSignalSpy finished(panel, &SchedulePanel::actionFinished);
        panel->button(EventAction::StopStartNow)->click();
        QVERIFY(finished.wait(40000)); // the sandbox takes 6 s to stop; polled every 4 s
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QString state;
        for (const Ec2Instance &i : w.describeAgain().instances) {
            if (i.id == id)
                state = i.stateName;
        }
        QVERIFY2(state == u"pending"_s || state == u"running"_s, qPrintable(state)); // started again
    }

    // A few hundred events stay responsive: building the timeline, and a wheel zoom over it.
    void timelineScalesToHundredsOfEvents()
    {
        MaintenanceEventsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime base = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
        const QStringList codes
            = {u"system-reboot"_s, u"instance-reboot"_s, u"system-maintenance"_s, u"instance-retirement"_s};
        QList<InstanceStatus> statuses;
        for (int i = 0; i < 400; ++i) {
            InstanceStatus s;
            s.instanceId = u"i-%1"_s.arg(i, 8, 16, QLatin1Char('0'));
            Ec2Event e;
            e.code = codes.at(i % codes.size());
            e.notBefore = base.addSecs(3600LL * (i * 7 % 500));
            e.notAfter = e.notBefore.addSecs(7200);
            s.events = {e};
            statuses.append(s);
        }
        model.addStatuses({u"c"_s, u"r"_s}, statuses);
        QCOMPARE(model.rowCount(), 400);
        EventTimelineChart chart(&model);
        chart.setNow(base);
        chart.resize(1000, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QList<int> rows;
        for (int r = 0; r < 400; ++r)
            rows.append(r);
        QElapsedTimer t;
        t.start();
        chart.setRows(rows);
        QCoreApplication::processEvents();
        chart.viewport()->repaint();
        const qint64 build = t.elapsed();
        QCOMPARE(chart.barCount(), 400);
        t.restart();
        QWheelEvent wheel(QPointF(500, 200),
            chart.viewport()->mapToGlobal(QPointF(500, 200)),
            QPoint(),
            QPoint(0, 120),
            Qt::NoButton,
            Qt::NoModifier,
            Qt::NoScrollPhase,
            false);
        QCoreApplication::sendEvent(chart.viewport(), &wheel);
        chart.viewport()->repaint();
        const qint64 zoom = t.elapsed();
        qInfo("400 events: timeline built and painted in %lld ms, one wheel zoom and paint in %lld ms",
            build,
            zoom);
        QVERIFY2(build < 3000, qPrintable(QString::number(build)));
        QVERIFY2(zoom < 1000, qPrintable(QString::number(zoom)));
    }

    void reminderFiresOncePerEventAndLead()
    {
        MaintenanceEventsModel model;
        QTemporaryDir dir;
        const QString state = dir.filePath(u"reminders.json"_s);
        QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
        InstanceStatus status;
        status.instanceId = u"i-1"_s;
        Ec2Event soon;
        soon.code = u"system-reboot"_s;
        soon.id = u"instance-event-1"_s;
        soon.notBefore = now.addSecs(30 * 60);
        soon.notAfter = soon.notBefore.addSecs(7200);
        Ec2Event later = soon;
        later.id = u"instance-event-2"_s;
        later.notBefore = now.addDays(3);
        later.notAfter = later.notBefore.addSecs(7200);
        status.events = {soon, later};
        model.addStatuses({u"cloud"_s, u"r"_s}, {status});
        {
            ReminderNotifier notifier(&model, state);
            QVERIFY(!notifier.hasTray()); // offscreen: no tray, quietly
            notifier.setClock([&] { return now; });
            QSignalSpy fired(&notifier, &ReminderNotifier::reminderFired);
            notifier.check();
            QCOMPARE(fired.count(), 1); // the event in 30 minutes: its 1 h reminder
            QCOMPARE(fired.first().at(1).toLongLong(), 3600);
            QVERIFY(fired.first().at(2).toString().contains(u"system-reboot"_s));
            QCOMPARE(notifier.nextDue(), later.notBefore.addSecs(-24 * 3600)); // the other's 24 h one
            notifier.check();
            QCOMPARE(fired.count(), 1);
        }
        {
            ReminderNotifier restarted(&model, state); // the fired set persisted
            restarted.setClock([&] { return now; });
            QSignalSpy fired(&restarted, &ReminderNotifier::reminderFired);
            restarted.check();
            QCOMPARE(fired.count(), 0);
            now = later.notBefore.addSecs(-23 * 3600);
            restarted.check();
            QCOMPARE(fired.count(), 1);
            QCOMPARE(fired.first().at(1).toLongLong(), 24 * 3600);
            now = later.notBefore.addSecs(-30 * 60);
            restarted.check();
            QCOMPARE(fired.count(), 2); // then its 1 h reminder, once
            restarted.check();
            QCOMPARE(fired.count(), 2);
        }
    }

    void apiVersionsViewMarksTheCloudsVersion()
    {
        ApiVersionsView view;
        view.resize(1000, 700);
        view.setCloud(u"Eucalyptus 3"_s, u"2011-07-15"_s);
        const QList<Ec2ApiVersion> &all = Ec2ApiVersions::all();
        QCOMPARE(view.offeredSet()->count(), all.size());
        qreal offered = 0;
        qreal missing = 0;
        for (int i = 0; i < all.size(); ++i) {
            offered += view.offeredSet()->at(i) + view.ownSet()->at(i);
            missing += view.newerSet()->at(i);
        }
        QCOMPARE(int(offered), int(Ec2ApiVersions::actionsUpTo(u"2011-07-15").size()));
        QCOMPARE(int(missing), view.missingList()->count());
        for (const Ec2ApiVersion &v : all) {
            if (v.date == u"2011-07-15"_s)
                QCOMPARE(int(view.ownSet()->sum()), int(v.actionsAdded.size()));
        }
        const auto has = [&](const QString &prefix) {
            for (int i = 0; i < view.missingList()->count(); ++i) {
                if (view.missingList()->item(i)->text().startsWith(prefix))
                    return true;
            }
            return false;
        };
        QVERIFY(has(u"ModifyInstanceEventStartTime"_s));
        QVERIFY(has(u"DescribeInstanceStatus "_s)); // 2011-11-01 brought it
        QVERIFY(view.summaryLabel()->text().contains(u"2011-07-15"_s));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(view.grab().save(dir + u"/api-versions.png"_s));

        view.setCloud(u"AWS"_s, {});
        QCOMPARE(view.missingList()->count(), 1); // "None: …"
        QCOMPARE(view.newerSet()->sum(), 0.0);
    }

private:
    std::unique_ptr<Ec2TestWindow> m_window;
};

QTEST_MAIN(TestSchedule)
#include "tst_schedule.moc"

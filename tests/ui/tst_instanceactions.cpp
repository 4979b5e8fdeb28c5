// SPDX-License-Identifier: GPL-3.0-or-later
// The instances view's details pane and actions against skylight-sandbox --demo: what the pane
// shows, start/stop/reboot/terminate changing the sandbox's state (checked by a separate refresh),
// terminate refusing until the id is typed, actions an old API version lacks disabled with the
// reason; and a picture of the view with its pane.
#include <memory>

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>

#include "ec2/ec2refresh.h"
#include "ec2testwindow.h"
#include "instancedetailspane.h"
#include "instancesmodel.h"
#include "instancesview.h"
#include "maintenanceeventsmodel.h"
#include "terminatedialog.h"

using namespace Qt::StringLiterals;
using Action = InstanceActionRunner::Action;

class TestInstanceActions : public QObject
{
    Q_OBJECT

    // The source row of the instance with this Name tag, -1 when none.
    static int rowNamed(const InstancesView *view, const QString &name)
    {
        const QAbstractItemModel *m = view->proxy()->sourceModel();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, InstancesModel::Name).data().toString() == name)
                return r;
        }
        return -1;
    }

    // The state the sandbox reports now, through a refresh of its own (not the window's model).
    static QString sandboxState(Ec2TestWindow &w, const QString &id)
    {
        for (const Ec2Instance &i : w.describeAgain().instances) {
            if (i.id == id)
                return i.stateName;
        }
        return u"(not listed)"_s;
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

    void detailsPaneShowsInstance()
    {
        QVERIFY(m_window);
        Ec2TestWindow &w = *m_window;
        QVERIFY(w.showNode(CloudsModel::NodeKind::Instances, u"us-east-1"_s));
        InstancesView *view = w.window->instancesView();
        QAbstractItemModelTester tester(
            view->proxy()->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        InstanceDetailsPane *pane = w.window->instanceDetails();
        QVERIFY(pane->isVisible());
        QCOMPARE(pane->row(), -1);
        QVERIFY(!pane->button(Action::Stop)->isEnabled());

        const int row
            = rowNamed(view, u"db-replica"_s); // sandbox demo: us-east-1b, r5.xlarge, system check impaired
        QVERIFY(row >= 0);
        view->selectSourceRow(row);
        QCOMPARE(pane->row(), row);
        const QString text = pane->details()->toPlainText();
        for (const QString &expected :
            {u"us-east-1b"_s, u"r5.xlarge"_s, u"impaired"_s, u"env"_s, u"production"_s, u"demo-key"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" missing from:\n"_s + text));
        QVERIFY(text.contains(u"system-maintenance"_s) == false); // its events belong to db-primary
        QVERIFY(pane->button(Action::Stop)->isEnabled());
        QVERIFY(!pane->button(Action::Start)->isEnabled()); // running
        QVERIFY(!pane->button(Action::Start)->toolTip().isEmpty());

        pane->copyIdButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
            view->proxy()->sourceModel()->index(row, InstancesModel::Id).data().toString());

        const int withEvent = rowNamed(view, u"db-primary"_s);
        view->selectSourceRow(withEvent);
        QVERIFY(pane->details()->toPlainText().contains(u"system-maintenance"_s));

        const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR", QDir::tempPath());
        QTest::qWait(50);
        QVERIFY(w.window->grab().save(dir + u"/instances-details.png"_s));
    }

    void stopAndStartChangeState()
    {
        QVERIFY(m_window);
        Ec2TestWindow &w = *m_window;
        QVERIFY(w.showNode(CloudsModel::NodeKind::Instances, u"us-east-1"_s));
        InstancesView *view = w.window->instancesView();
        InstanceDetailsPane *pane = w.window->instanceDetails();
        const int row = rowNamed(view, u"web-1"_s);
        view->selectSourceRow(row);
        const QString id = view->proxy()->sourceModel()->index(row, InstancesModel::Id).data().toString();
        QCOMPARE(sandboxState(w, id), u"running"_s);

        pane->button(Action::Stop)->click();
        QTRY_VERIFY_WITH_TIMEOUT(pane->resultLabel()->text().contains(u"stopping"_s), 10000);
        QCOMPARE(
            view->proxy()->sourceModel()->index(row, InstancesModel::State).data().toString(), u"stopping"_s);
        const QString after = sandboxState(w, id);
        QVERIFY2(after == u"stopping"_s || after == u"stopped"_s, qPrintable(after));
        QVERIFY(!pane->button(Action::Stop)->isEnabled());

        const int stopped = rowNamed(view, u"web-3"_s); // stopped in the demo
        view->selectSourceRow(stopped);
        const QString stoppedId
            = view->proxy()->sourceModel()->index(stopped, InstancesModel::Id).data().toString();
        QVERIFY(pane->button(Action::Start)->isEnabled());
        pane->button(Action::Start)->click();
        QTRY_VERIFY_WITH_TIMEOUT(pane->resultLabel()->text().contains(u"pending"_s), 10000);
        QCOMPARE(sandboxState(w, stoppedId), u"pending"_s);
    }

    void terminateNeedsTheTypedId()
    {
        QVERIFY(m_window);
        Ec2TestWindow &w = *m_window;
        QVERIFY(w.showNode(CloudsModel::NodeKind::Instances, u"us-east-1"_s));
        InstancesView *view = w.window->instancesView();
        InstanceDetailsPane *pane = w.window->instanceDetails();
        const int row = rowNamed(view, u"api-1"_s);
        view->selectSourceRow(row);
        const QString id = view->proxy()->sourceModel()->index(row, InstancesModel::Id).data().toString();

        TerminateDialog *dialog = nullptr;
        connect(pane, &InstanceDetailsPane::terminateDialogOpened, this, [&](QWidget *d) {
            dialog = qobject_cast<TerminateDialog *>(d);
        });
        pane->button(Action::Terminate)->click();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPushButton *confirm = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text() == TerminateDialog::tr("Terminate"))
                confirm = b;
        }
        QVERIFY(confirm);
        QVERIFY(!confirm->isEnabled());
        dialog->confirmEdit()->setText(id.left(id.size() - 1)); // one character short
        QVERIFY(!confirm->isEnabled());
        dialog->accept(); // refused
        QVERIFY(dialog->isVisible());
        QTest::qWait(300);
        QCOMPARE(sandboxState(w, id), u"running"_s);

        QTest::keyClick(dialog->confirmEdit(), id.back().toLatin1());
        QVERIFY(confirm->isEnabled());
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(pane->resultLabel()->text().contains(u"shutting-down"_s), 10000);
        const QString after = sandboxState(w, id);
        QVERIFY2(after == u"shutting-down"_s || after == u"terminated"_s, qPrintable(after));
    }

    // No sandbox needed: the reasons come from the profile's API version and the catalogue.
    void oldApiVersionDisablesActions()
    {
        UiTestGraph graph;
        CloudProfile old;
        old.name = u"euca"_s;
        old.ec2Endpoint = u"http://127.0.0.1:9/services/Eucalyptus"_s;
        old.ec2ApiVersion = u"2008-12-01"_s; // before StartInstances/StopInstances
        graph.profiles.upsert(old);
        HttpTransport transport;
        InstancesModel instances;
        MaintenanceEventsModel events;
        Ec2Loader loader(&graph.profiles, &graph.credentials, &transport, &instances, &events);
        InstanceActionRunner runner(&loader, &instances);
        InstanceDetailsPane pane(&instances, &runner);
        Ec2Instance running;
        running.id = u"i-1"_s;
        running.stateName = u"running"_s;
        instances.addInstances({u"euca"_s, u"r"_s}, {running});
        pane.showRow(0);
        QVERIFY(!pane.button(Action::Stop)->isEnabled());
        const QString why = pane.button(Action::Stop)->toolTip();
        QVERIFY2(why.contains(u"2008-12-01"_s) && why.contains(u"StopInstances"_s), qPrintable(why));
        QVERIFY(pane.button(Action::Reboot)->isEnabled()); // 2007-01-03
        QVERIFY(pane.button(Action::Terminate)->isEnabled());

        // Sent anyway (a stale button), the runner refuses without a request.
        QSignalSpy finished(&runner, &InstanceActionRunner::finished);
        runner.run(u"euca"_s, u"r"_s, Action::Stop, u"i-1"_s);
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.first().at(2).toBool(), false);
        QCOMPARE(finished.first().at(3).toString(), why);
    }

private:
    std::unique_ptr<Ec2TestWindow> m_window;
};

QTEST_MAIN(TestInstanceActions)
#include "tst_instanceactions.moc"

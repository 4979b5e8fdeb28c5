// SPDX-License-Identifier: GPL-3.0-or-later
// InstancesModel and MaintenanceEventsModel filled by Ec2Refresh from skylight-sandbox --demo, under
// QAbstractItemModelTester; then the main window showing the demo instances, saved as a picture.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include "clouds/credentialjob.h"
#include "cloudsmodel.h"
#include "ec2/ec2refresh.h"
#include "ec2loader.h"
#include "instancesmodel.h"
#include "instancesview.h"
#include "maintenanceeventsmodel.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "transport/httptransport.h"
#include "uitesthelpers.h"

using namespace Qt::StringLiterals;

class TestEc2Views : public QObject
{
    Q_OBJECT

    static QString text(const QAbstractItemModel &m, int row, int column)
    {
        return m.index(row, column).data().toString();
    }

private Q_SLOTS:
    void modelsFillFromRefresh()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        HttpTransport transport;
        Ec2Refresh refresh(&transport);
        refresh.setPageSize(5);
        InstancesModel instances;
        MaintenanceEventsModel events;
        QAbstractItemModelTester t1(&instances, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        instances.connectTo(&refresh);
        events.connectTo(&refresh);
        QSignalSpy inserted(&instances, &QAbstractItemModel::rowsInserted);
        QSignalSpy done(&refresh, &Ec2Refresh::allDone);
        refresh.start({{sandbox.profile(), SandboxProcess::credentials(), {}}});
        QVERIFY(done.wait(30000));
        QCOMPARE(instances.rowCount(), 15);
        QCOMPARE(inserted.count(), 4); // one insert per page: 5 + 4 and 5 + 1
        QCOMPARE(events.rowCount(), 8);

        int impaired = 0;
        int withEvent = 0;
        for (int r = 0; r < instances.rowCount(); ++r) {
            QVERIFY(text(instances, r, InstancesModel::Id).startsWith(u"i-0de3"_s));
            QVERIFY(!text(instances, r, InstancesModel::Name).isEmpty());
            impaired += text(instances, r, InstancesModel::SystemCheck) == u"impaired"_s;
            impaired += text(instances, r, InstancesModel::InstanceCheck) == u"impaired"_s;
            withEvent += !text(instances, r, InstancesModel::NextEvent).isEmpty();
        }
        QCOMPARE(impaired, 2); // api-2's instance check, db-replica's system check
        QVERIFY(withEvent >= 5);
        QStringList states;
        for (int r = 0; r < events.rowCount(); ++r) {
            QVERIFY(!text(events, r, MaintenanceEventsModel::Name).isEmpty()); // names joined in
            states << text(events, r, MaintenanceEventsModel::State);
        }
        QCOMPARE(states.count(u"completed"_s), 1);
        QCOMPARE(states.count(u"canceled"_s), 1);

        instances.clear();
        events.clear();
        QCOMPARE(instances.rowCount(), 0);
    }

    void statusBeforeInstances()
    {
        InstancesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Ec2Target target {u"c"_s, u"r"_s};
        InstanceStatus status;
        status.instanceId = u"i-1"_s;
        status.system.status = u"impaired"_s;
        model.addStatuses(target, {status});
        QCOMPARE(model.rowCount(), 0);
        Ec2Instance instance;
        instance.id = u"i-1"_s;
        model.addInstances(target, {instance, instance}); // the same instance twice: one row
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, InstancesModel::SystemCheck), u"impaired"_s);
    }

    void mainWindowShowsInstances()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        UiTestGraph graph;
        CloudProfile profile = sandbox.profile();
        profile.name = u"Local sandbox"_s;
        profile.credentialId = u"sandbox-keys"_s;
        CredentialJob *write = graph.credentials.write(profile.credentialId, SandboxProcess::credentials());
        QSignalSpy written(write, &CredentialJob::finished);
        write->start();
        QVERIFY(written.count() == 1 || written.wait());
        graph.profiles.upsert(profile); // true only when it replaced one
        HttpTransport transport;
        MainWindow window(&graph.profiles, &graph.credentials, &transport);
        window.resize(1600, 720); // thirteen columns: at 1280 the next event needs a scroll
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        CloudsModel *clouds = window.cloudsModel();
        const QModelIndex cloud = clouds->indexOfProfile(profile.name);
        QVERIFY(cloud.isValid());
        QModelIndex instancesNode;
        for (int r = 0; r < clouds->rowCount(cloud); ++r) {
            const QModelIndex region = clouds->index(r, 0, cloud);
            if (region.data(CloudsModel::RegionRole).toString() != u"us-east-1"_s)
                continue;
            for (int v = 0; v < clouds->rowCount(region); ++v) {
                const QModelIndex node = clouds->index(v, 0, region);
                if (node.data(CloudsModel::NodeKindRole).toInt() == int(CloudsModel::NodeKind::Instances))
                    instancesNode = node;
            }
        }
        QVERIFY(instancesNode.isValid());
        QSignalSpy loaded(window.ec2Loader(), &Ec2Loader::finished);
        window.cloudsView()->setCurrentIndex(instancesNode);
        QVERIFY(loaded.wait(30000));
        QVERIFY2(
            window.ec2Loader()->problems().isEmpty(), qPrintable(window.ec2Loader()->problems().join(u'\n')));
        QTableView *table = window.instancesView()->table();
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 9); // us-east-1 only

        window.instancesView()->filterEdit()->setText(u"web"_s);
        QCOMPARE(table->model()->rowCount(), 3);
        window.instancesView()->filterEdit()->clear();
        QCOMPARE(table->model()->rowCount(), 9);

        const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR", QDir::tempPath());
        QTest::qWait(50);
        QVERIFY(window.grab().save(dir + u"/instances-view.png"_s));

        window.cloudsView()->setCurrentIndex(instancesNode.siblingAtRow(instancesNode.row() + 1));
        QTableView *eventsTable = window.eventsView()->table();
        QVERIFY(eventsTable->isVisible());
        QVERIFY(eventsTable->model()->rowCount() >= 4);
        QVERIFY(window.grab().save(dir + u"/events-view.png"_s));
    }
};

QTEST_MAIN(TestEc2Views)
#include "tst_ec2views.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// One refresh over clouds × regions: everything streams in, a failing region holds no other back.
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "ec2/ec2refresh.h"
#include "ec2testhelpers.h"
#include "sandboxprocess.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

class TestEc2Refresh : public QObject
{
    Q_OBJECT

    // One demo sandbox for every test: they only read from it.
    SandboxProcess m_sandbox;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void everythingArrives_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("limit 4, one page") << 4 << 1000;
        QTest::newRow("limit 1, pages of 5") << 1 << 5;
    }

    void everythingArrives()
    {
        QFETCH(int, limit);
        QFETCH(int, pageSize);
        SandboxProcess &fixture = m_sandbox;
        HttpTransport transport;
        Ec2Refresh refresh(&transport);
        refresh.setPerEndpointLimit(limit);
        refresh.setPageSize(pageSize);
        QHash<QString, int> instances; // by region
        int events = 0;
        int pages = 0;
        connect(&refresh,
            &Ec2Refresh::instancesArrived,
            this,
            [&](const Ec2Target &t, const QList<Ec2Instance> &l) {
                QCOMPARE(t.cloud, u"sandbox"_s);
                instances[t.region] += int(l.size());
                ++pages;
            });
        connect(&refresh,
            &Ec2Refresh::eventsArrived,
            this,
            [&](const Ec2Target &, const QList<InstanceStatus> &l) {
                for (const InstanceStatus &s : l)
                    events += int(s.events.size());
            });
        QSignalSpy failed(&refresh, &Ec2Refresh::targetFailed);
        QSignalSpy done(&refresh, &Ec2Refresh::allDone);
        QSignalSpy targetDone(&refresh, &Ec2Refresh::targetDone);
        refresh.start({{fixture.profile(), SandboxProcess::credentials(), {}}});
        QCOMPARE(done.count(), 0); // nothing before start() returns
        QVERIFY(done.wait(30000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(done.count(), 1);
        QCOMPARE(targetDone.count(), 2);
        QCOMPARE(instances.value(u"us-east-1"_s), 9);
        QCOMPARE(instances.value(u"eu-west-1"_s), 6);
        QCOMPARE(events, 8);
        QCOMPARE(pages, pageSize == 5 ? 4 : 2); // 5+4 and 5+1, or one page each
        QVERIFY(!refresh.isRunning());
    }

    void failingRegionHoldsNoOtherBack()
    {
        SandboxProcess &fixture = m_sandbox;
        HttpTransport transport;
        // A cloud whose endpoint accepts connections and never answers, and one that refuses them.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        CloudProfile slow = fixture.profile();
        slow.name = u"silent"_s;
        slow.ec2Endpoint = u"http://127.0.0.1:%1"_s.arg(silent.serverPort());
        slow.regions = {u"us-east-1"_s};
        CloudProfile refused = slow;
        refused.name = u"refused"_s;
        refused.ec2Endpoint = u"http://127.0.0.1:1"_s;

        Ec2Refresh refresh(&transport);
        QSignalSpy arrived(&refresh, &Ec2Refresh::instancesArrived);
        QSignalSpy failed(&refresh, &Ec2Refresh::targetFailed);
        QSignalSpy targetDone(&refresh, &Ec2Refresh::targetDone);
        QSignalSpy done(&refresh, &Ec2Refresh::allDone);
        refresh.start({{slow, SandboxProcess::credentials(), {}},
            {refused, SandboxProcess::credentials(), {}},
            {fixture.profile(), SandboxProcess::credentials(), {}}});
        // The sandbox's two regions and the refused one finish while the silent one still waits.
        QTRY_COMPARE_WITH_TIMEOUT(targetDone.count(), 3, 20000);
        QCOMPARE(done.count(), 0);
        QCOMPARE(arrived.count(), 2);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<Ec2Target>().cloud, u"refused"_s);
        QVERIFY(refresh.isRunning());
        refresh.abort();
        QVERIFY(done.count() == 1 || done.wait(10000));
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.last().at(1).value<ApiError>().kind(), ApiError::Kind::Aborted);
    }

    void perEndpointLimit()
    {
        // Four regions of one endpoint that never answers: only `limit` requests reach it at a time.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        silent.setMaxPendingConnections(100);
        QList<QTcpSocket *> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                accepted.append(socket);
        });
        CloudProfile profile = m_sandbox.profile();
        profile.ec2Endpoint = u"http://127.0.0.1:%1"_s.arg(silent.serverPort());
        profile.regions = {u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s};
        HttpTransport transport;
        Ec2Refresh refresh(&transport);
        refresh.setPerEndpointLimit(2);
        QSignalSpy done(&refresh, &Ec2Refresh::allDone);
        refresh.start({{profile, SandboxProcess::credentials(), {}}});
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 2, 10000);
        QTest::qWait(300);
        QCOMPARE(accepted.size(), 2); // not 6, as many as QNAM would open to one host
        refresh.abort();
        QVERIFY(done.count() == 1 || done.wait(10000));
        qDeleteAll(accepted);
    }

    void nothingToRefresh()
    {
        HttpTransport transport;
        Ec2Refresh refresh(&transport);
        QSignalSpy done(&refresh, &Ec2Refresh::allDone);
        refresh.start({});
        QVERIFY(done.wait(1000));
    }
};

QTEST_GUILESS_MAIN(TestEc2Refresh)
#include "tst_ec2refresh.moc"

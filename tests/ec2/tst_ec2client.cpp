// SPDX-License-Identifier: GPL-3.0-or-later
// Ec2Client's jobs against the sandbox's demo cloud: 15 instances in us-east-1 and eu-west-1,
// eight scheduled events.
#include <memory>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "ec2/describeinstancesjob.h"
#include "ec2/describeinstancestatusjob.h"
#include "ec2/describeregionsjob.h"
#include "ec2/ec2client.h"
#include "ec2testhelpers.h"
#include "sandboxprocess.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

class TestEc2Client : public QObject
{
    Q_OBJECT

private:
    // One demo sandbox for the tests that only read; actionsChangeState, which changes it, comes last.
    SandboxProcess &shared()
    {
        if (!m_shared) {
            m_shared = std::make_unique<SandboxProcess>();
            if (!m_shared->start())
                qWarning("the shared sandbox did not start");
        }
        return *m_shared;
    }
    std::unique_ptr<SandboxProcess> m_shared;

    QList<Ec2Instance> allInstances(Ec2Client &client)
    {
        QList<Ec2Instance> all;
        for (const QString &region : client.profile().regions) {
            auto r = runJob(client.describeInstances({region, {}, 1000}), &DescribeInstancesJob::finished);
            if (!r || !r->error.isOk())
                return {};
            all += r->instances;
        }
        return all;
    }

    QString stateOf(Ec2Client &client, const QString &region, const QString &id)
    {
        auto r = runJob(client.describeInstances({region, {id}, 0}), &DescribeInstancesJob::finished);
        return r && r->error.isOk() && r->instances.size() == 1 ? r->instances.first().stateName : QString();
    }

private Q_SLOTS:
    void regions()
    {
        SandboxProcess &fixture = shared();
        QVERIFY(fixture.port() != 0);
        HttpTransport transport;
        Ec2Client client(&transport, fixture.profile(), SandboxProcess::credentials());
        auto r = runJob(client.describeRegions(), &DescribeRegionsJob::finished);
        QVERIFY(r);
        QVERIFY2(r->error.isOk(), qPrintable(r->error.toString()));
        QStringList names;
        for (const Ec2Region &region : r->regions)
            names << region.name;
        QVERIFY2(
            names.contains(u"us-east-1"_s) && names.contains(u"eu-west-1"_s), qPrintable(names.join(u',')));
    }

    void everyInstanceListed_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("SigV4") << int(SigningAlgorithm::SigV4);
        QTest::newRow("SigV2 SHA256") << int(SigningAlgorithm::SigV2);
        QTest::newRow("SigV2 SHA1") << int(SigningAlgorithm::SigV2Sha1);
    }

    void everyInstanceListed()
    {
        QFETCH(int, algorithm);
        SandboxProcess &fixture = shared();
        QVERIFY(fixture.port() != 0);
        HttpTransport transport;
        CloudProfile profile = fixture.profile();
        profile.ec2Signing.algorithm = SigningAlgorithm(algorithm);
        // Query SigV2 names no region, and the sandbox serves every region on one endpoint: it
        // answers for its default region.
        const bool v2 = profile.ec2Signing.algorithm != SigningAlgorithm::SigV4;
        if (v2)
            profile.regions = {u"us-east-1"_s};
        Ec2Client client(&transport, profile, SandboxProcess::credentials());
        const QList<Ec2Instance> all = allInstances(client);
        QCOMPARE(all.size(), v2 ? 9 : 15);
        QStringList names;
        for (const Ec2Instance &i : all)
            names << i.name();
        const QStringList expected = v2 ? QStringList {u"web-1"_s, u"db-replica"_s, u"old-build"_s}
                                        : QStringList {u"web-1"_s, u"db-replica"_s, u"eu-reports"_s};
        for (const QString &expected : expected)
            QVERIFY2(names.contains(expected), qPrintable(names.join(u',')));
    }

    void instancesArriveInPages()
    {
        SandboxProcess &fixture = shared();
        QVERIFY(fixture.port() != 0);
        HttpTransport transport;
        Ec2Client client(&transport, fixture.profile(), SandboxProcess::credentials());
        auto *job = client.describeInstances({u"us-east-1"_s, {}, 5});
        QSignalSpy pages(job, &DescribeInstancesJob::pageArrived);
        auto r = runJob(job, &DescribeInstancesJob::finished);
        QVERIFY(r);
        QVERIFY2(r->error.isOk(), qPrintable(r->error.toString()));
        QCOMPARE(r->instances.size(), 9);
        QCOMPARE(r->pages, 2); // 5 + 4
        QCOMPARE(pages.count(), 2);
        QSet<QString> ids;
        for (const Ec2Instance &i : r->instances)
            ids.insert(i.id);
        QCOMPARE(ids.size(), 9); // no instance twice
    }

    void everyEventListed()
    {
        SandboxProcess &fixture = shared();
        QVERIFY(fixture.port() != 0);
        HttpTransport transport;
        Ec2Client client(&transport, fixture.profile(), SandboxProcess::credentials());
        int events = 0;
        int stopped = 0;
        int pagesSeen = 0;
        for (const QString &region : {u"us-east-1"_s, u"eu-west-1"_s}) {
            auto r = runJob(
                client.describeInstanceStatus({region, {}, 5}), &DescribeInstanceStatusJob::finished);
            QVERIFY(r);
            QVERIFY2(r->error.isOk(), qPrintable(r->error.toString()));
            pagesSeen += r->pages;
            for (const InstanceStatus &s : r->statuses) {
                events += int(s.events.size());
                stopped += s.stateName == u"stopped"_s;
            }
        }
        QCOMPARE(events, 8);
        QCOMPARE(stopped, 3); // IncludeAllInstances: stopped instances are there with their events
        QVERIFY(pagesSeen >= 3);
    }

    void actionsChangeState()
    {
        SandboxProcess &fixture = shared();
        QVERIFY(fixture.port() != 0);
        HttpTransport transport;
        Ec2Client client(&transport, fixture.profile(), SandboxProcess::credentials());
        QList<Ec2Instance> all = allInstances(client);
        QCOMPARE(all.size(), 15);
        auto byName = [&](const QString &name) {
            for (const Ec2Instance &i : all) {
                if (i.name() == name)
                    return i;
            }
            return Ec2Instance();
        };
        const Ec2Instance web1 = byName(u"web-1"_s);
        const Ec2Instance web3 = byName(u"web-3"_s);
        const Ec2Instance api1 = byName(u"api-1"_s);
        const Ec2Instance web2 = byName(u"web-2"_s);
        QCOMPARE(web3.stateName, u"stopped"_s);

        auto stop = runJob(client.instanceAction(InstanceActionJob::Action::Stop, u"us-east-1"_s, {web1.id}),
            &InstanceActionJob::finished);
        QVERIFY(stop);
        QVERIFY2(stop->error.isOk(), qPrintable(stop->error.toString()));
        QCOMPARE(stop->changes.size(), 1);
        QCOMPARE(stop->changes.first().instanceId, web1.id);
        QCOMPARE(stop->changes.first().previousState, u"running"_s);
        QCOMPARE(stop->changes.first().currentState, u"stopping"_s);
        QCOMPARE(stateOf(client, u"us-east-1"_s, web1.id), u"stopping"_s);

        auto start
            = runJob(client.instanceAction(InstanceActionJob::Action::Start, u"us-east-1"_s, {web3.id}),
                &InstanceActionJob::finished);
        QVERIFY(start && start->error.isOk());
        QCOMPARE(start->changes.value(0).currentState, u"pending"_s);
        QCOMPARE(stateOf(client, u"us-east-1"_s, web3.id), u"pending"_s);

        auto reboot
            = runJob(client.instanceAction(InstanceActionJob::Action::Reboot, u"us-east-1"_s, {api1.id}),
                &InstanceActionJob::finished);
        QVERIFY(reboot);
        QVERIFY2(reboot->error.isOk(), qPrintable(reboot->error.toString()));

        auto terminate
            = runJob(client.instanceAction(InstanceActionJob::Action::Terminate, u"us-east-1"_s, {web2.id}),
                &InstanceActionJob::finished);
        QVERIFY(terminate && terminate->error.isOk());
        QCOMPARE(terminate->changes.value(0).currentState, u"shutting-down"_s);

        // A refused action comes back as the service's error, in one finished().
        auto again
            = runJob(client.instanceAction(InstanceActionJob::Action::Start, u"us-east-1"_s, {web2.id}),
                &InstanceActionJob::finished);
        QVERIFY(again);
        QCOMPARE(again->error.kind(), ApiError::Kind::Service);
        QCOMPARE(again->error.serviceCode(), u"IncorrectInstanceState"_s);
    }

    void oldApiVersionRefusesStatusWithoutSending()
    {
        SandboxProcess fixture({u"--ec2-api-max"_s, u"2011-07-15"_s});
        QVERIFY(fixture.start());
        HttpTransport transport;
        Ec2Client client(&transport, fixture.profile(u"2011-07-15"_s), SandboxProcess::credentials());
        QSignalSpy sent(transport.networkAccessManager(), &QNetworkAccessManager::finished);
        auto r = runJob(
            client.describeInstanceStatus({u"us-east-1"_s, {}, 1000}), &DescribeInstanceStatusJob::finished);
        QVERIFY(r);
        QCOMPARE(r->error.kind(), ApiError::Kind::InvalidInput);
        QVERIFY2(r->error.message().contains(u"DescribeInstanceStatus"_s), qPrintable(r->error.message()));
        QVERIFY2(r->error.message().contains(u"2011-07-15"_s), qPrintable(r->error.message()));
        QCOMPARE(sent.count(), 0);

        // DescribeInstances still works, unpaged (MaxResults came with 2013-10-15).
        auto instances
            = runJob(client.describeInstances({u"us-east-1"_s, {}, 5}), &DescribeInstancesJob::finished);
        QVERIFY(instances);
        QVERIFY2(instances->error.isOk(), qPrintable(instances->error.toString()));
        QCOMPARE(instances->instances.size(), 9);
        QCOMPARE(instances->pages, 1);
    }

    void abortFinishesOnce()
    {
        SandboxProcess &fixture = shared();
        QVERIFY(fixture.port() != 0);
        HttpTransport transport;
        Ec2Client client(&transport, fixture.profile(), SandboxProcess::credentials());
        auto *job = client.describeInstances({u"us-east-1"_s, {}, 5});
        QSignalSpy finished(job, &DescribeInstancesJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        job->start();
        job->abort();
        QVERIFY(destroyed.wait());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(
            finished.first().first().value<DescribeInstancesResult>().error.kind(), ApiError::Kind::Aborted);
    }
};

QTEST_GUILESS_MAIN(TestEc2Client)
#include "tst_ec2client.moc"

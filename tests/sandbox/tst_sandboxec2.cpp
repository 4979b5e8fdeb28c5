// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's EC2 actions through the real client stack (HttpTransport, SigV4 generic rules and
// Query SigV2) on the --demo data, with the server clock moved by the test: regions, instances with
// filters and paging, instance status with checks and events, launches and state transitions, tags
// and rescheduling within the deadline.
#include <QTest>

#include "ec2fixture.h"
#include "sandboxxml.h"
#include "transport/apierror.h"

using namespace Qt::StringLiterals;
using namespace SandboxXml;

namespace {

QList<QueryItem> params(std::initializer_list<std::pair<const char *, QByteArray>> items)
{
    QList<QueryItem> out;
    for (const auto &[name, value] : items)
        out.append({name, value, true});
    return out;
}

QByteArray idOf(int n)
{
    return "i-0de3" + QByteArray::number(n, 16).rightJustified(13, '0');
}

QByteArray stateOf(Ec2Fixture &s, const QByteArray &id)
{
    const HttpResponse r = s.call("DescribeInstances", params({{"InstanceId.1", id}}));
    return element(element(r.body, "instanceState"), "name");
}

} // namespace

class TestSandboxEc2 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void regionsAndZones();
    void describeInstancesFilters_data();
    void describeInstancesFilters();
    void describeInstancesPaging();
    void instanceStatusDefaultsAndChecks();
    void instanceStatusFilters_data();
    void instanceStatusFilters();
    void instanceStatusPaging();
    void runAndTransitions();
    void rebootCompletesInstanceRebootEvent();
    void tags();
    void rescheduleWithinDeadline();

private:
    std::unique_ptr<Ec2Fixture> m_s;
};

void TestSandboxEc2::init()
{
    m_s = std::make_unique<Ec2Fixture>();
    QVERIFY(m_s->start());
}

void TestSandboxEc2::regionsAndZones()
{
    HttpResponse r = m_s->call("DescribeRegions");
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QVERIFY(r.body.contains("<DescribeRegionsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"));
    QCOMPARE(elements(r.body, "regionName"), QList<QByteArray>({"us-east-1", "eu-west-1"}));
    QCOMPARE(element(r.body, "regionEndpoint"), "127.0.0.1:" + QByteArray::number(m_s->port()));
    r = m_s->call("DescribeRegions", params({{"RegionName.1", "eu-west-1"}}));
    QCOMPARE(elements(r.body, "regionName"), QList<QByteArray>({"eu-west-1"}));
    r = m_s->call("DescribeAvailabilityZones", {}, nullptr, u"eu-west-1"_s);
    QCOMPARE(elements(r.body, "zoneName"), QList<QByteArray>({"eu-west-1a", "eu-west-1b", "eu-west-1c"}));
    QCOMPARE(element(r.body, "zoneState"), "available");
}

void TestSandboxEc2::describeInstancesFilters_data()
{
    QTest::addColumn<QList<QueryItem>>("filter");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << QList<QueryItem>() << 9;
    QTest::newRow("instance-id") << params({{"Filter.1.Name", "instance-id"}, {"Filter.1.Value.1", idOf(2)}})
                                 << 1;
    QTest::newRow("stopped") << params(
        {{"Filter.1.Name", "instance-state-name"}, {"Filter.1.Value.1", "stopped"}})
                             << 2;
    QTest::newRow("stopped or terminated") << params({{"Filter.1.Name", "instance-state-name"},
        {"Filter.1.Value.1", "stopped"},
        {"Filter.1.Value.2", "terminated"}})
                                           << 3;
    QTest::newRow("tag wildcard") << params({{"Filter.1.Name", "tag:Name"}, {"Filter.1.Value.1", "web-*"}})
                                  << 3;
    QTest::newRow("tag") << params({{"Filter.1.Name", "tag:env"}, {"Filter.1.Value.1", "staging"}}) << 3;
    QTest::newRow("zone") << params(
        {{"Filter.1.Name", "availability-zone"}, {"Filter.1.Value.1", "us-east-1b"}})
                          << 3;
    QTest::newRow("zone and state") << params({{"Filter.1.Name", "availability-zone"},
        {"Filter.1.Value.1", "us-east-1a"},
        {"Filter.2.Name", "instance-state-name"},
        {"Filter.2.Value.1", "running"}})
                                    << 3;
    QTest::newRow("ids") << params({{"InstanceId.1", idOf(3)}, {"InstanceId.2", idOf(1)}}) << 2;
}

void TestSandboxEc2::describeInstancesFilters()
{
    QFETCH(QList<QueryItem>, filter);
    QFETCH(int, count);
    const HttpResponse r = m_s->call("DescribeInstances", filter);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(elements(r.body, "instanceId").size(), count);
}

void TestSandboxEc2::describeInstancesPaging()
{
    QList<QByteArray> seen;
    QByteArray token;
    int pages = 0;
    do {
        QList<QueryItem> p = params({{"MaxResults", "5"}});
        if (!token.isEmpty())
            p.append({"NextToken", token, true});
        const HttpResponse r = m_s->call("DescribeInstances", p, &m_s->sigV2Sha256);
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        seen += elements(r.body, "instanceId");
        token = element(r.body, "nextToken");
        QVERIFY(++pages <= 3);
    } while (!token.isEmpty());
    QCOMPARE(pages, 2);
    QCOMPARE(seen.size(), 9);
    QCOMPARE(QSet<QByteArray>(seen.cbegin(), seen.cend()).size(), 9);
    // Before API 2013-10-15 DescribeInstances had no paging: MaxResults is ignored.
    const HttpResponse old = m_s->call(
        "DescribeInstances", params({{"MaxResults", "5"}}), nullptr, u"us-east-1"_s, u"2013-02-01"_s);
    QCOMPARE(elements(old.body, "instanceId").size(), 9);
    QVERIFY(old.body.contains("xmlns=\"http://ec2.amazonaws.com/doc/2013-02-01/\""));
    const HttpResponse both
        = m_s->call("DescribeInstances", params({{"MaxResults", "5"}, {"InstanceId.1", idOf(1)}}));
    QCOMPARE(both.error.serviceCode(), u"InvalidParameterCombination"_s);
}

void TestSandboxEc2::instanceStatusDefaultsAndChecks()
{
    HttpResponse r = m_s->call("DescribeInstanceStatus");
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(elements(r.body, "instanceId").size(), 6); // running only
    r = m_s->call("DescribeInstanceStatus", params({{"IncludeAllInstances", "true"}}));
    QCOMPARE(elements(r.body, "instanceId").size(), 9);
    r = m_s->call("DescribeInstanceStatus", params({{"InstanceId.1", idOf(5)}, {"InstanceId.2", idOf(7)}}));
    const QList<QByteArray> items = elements(r.body, "instanceStatus");
    QCOMPARE(items.size(), 2);
    QCOMPARE(element(items[0], "status"), "impaired"); // api-2
    QCOMPARE(element(element(items[0], "details"), "status"), "failed");
    QCOMPARE(element(element(items[0], "details"), "name"), "reachability");
    QCOMPARE(element(elements(r.body, "systemStatus")[1], "status"), "impaired"); // db-replica

    r = m_s->call("DescribeInstanceStatus", params({{"InstanceId.1", idOf(2)}}));
    QCOMPARE(element(r.body, "code"), "instance-reboot");
    QCOMPARE(element(r.body, "instanceEventId"), "instance-event-0de30000000000002");
    QCOMPARE(element(r.body, "notBefore"), "2026-03-06T09:00:00.000Z");
    QCOMPARE(element(r.body, "notAfter"), "2026-03-06T11:00:00.000Z");
    QCOMPARE(element(r.body, "notBeforeDeadline"), "2026-03-12T09:00:00.000Z");
    r = m_s->call("DescribeInstanceStatus", params({{"InstanceId.1", idOf(4)}}));
    QVERIFY(element(r.body, "description").startsWith("[Completed] "));
    r = m_s->call("DescribeInstanceStatus", params({{"InstanceId.1", idOf(12)}}), nullptr, u"eu-west-1"_s);
    QVERIFY(element(r.body, "description").startsWith("[Canceled] "));

    // The first DescribeInstanceStatus (2011-11-01) had no status checks and no event ids.
    r = m_s->call("DescribeInstanceStatus", {}, &m_s->sigV2Sha256, u"us-east-1"_s, u"2011-11-01"_s);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QVERIFY(!r.body.contains("<systemStatus>"));
    QVERIFY(!r.body.contains("<instanceEventId>"));
    QVERIFY(r.body.contains("<eventsSet>"));
    r = m_s->call("DescribeInstanceStatus", {}, &m_s->sigV2Sha256, u"us-east-1"_s, u"2011-12-15"_s);
    QVERIFY(r.body.contains("<systemStatus>"));
}

void TestSandboxEc2::instanceStatusFilters_data()
{
    QTest::addColumn<QList<QueryItem>>("filter");
    QTest::addColumn<QList<QByteArray>>("ids");
    QTest::newRow("event.code") << params(
        {{"Filter.1.Name", "event.code"}, {"Filter.1.Value.1", "system-reboot"}})
                                << QList<QByteArray> {idOf(1), idOf(4)};
    QTest::newRow("event.not-before")
        << params({{"Filter.1.Name", "event.not-before"}, {"Filter.1.Value.1", "2026-03-06T10:00:00Z"}})
        << QList<QByteArray> {idOf(6), idOf(8)};
    QTest::newRow("event.not-after") << params(
        {{"Filter.1.Name", "event.not-after"}, {"Filter.1.Value.1", "2026-03-04T18:00:00.000Z"}})
                                     << QList<QByteArray> {idOf(1), idOf(4)};
    QTest::newRow("instance-state-name")
        << params({{"Filter.1.Name", "instance-state-name"}, {"Filter.1.Value.1", "stopped"}})
        << QList<QByteArray> {idOf(3), idOf(8)};
    QTest::newRow("availability-zone")
        << params({{"Filter.1.Name", "availability-zone"}, {"Filter.1.Value.1", "us-east-1c"}})
        << QList<QByteArray> {idOf(3), idOf(8)};
}

void TestSandboxEc2::instanceStatusFilters()
{
    QFETCH(QList<QueryItem>, filter);
    QFETCH(QList<QByteArray>, ids);
    const HttpResponse r = m_s->call(
        "DescribeInstanceStatus", filter + params({{"IncludeAllInstances", "true"}}), &m_s->sigV2Sha1);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(elements(r.body, "instanceId"), ids);
}

void TestSandboxEc2::instanceStatusPaging()
{
    QList<QByteArray> seen;
    QByteArray token;
    int pages = 0;
    do {
        QList<QueryItem> p = params({{"MaxResults", "5"}, {"IncludeAllInstances", "true"}});
        if (!token.isEmpty())
            p.append({"NextToken", token, true});
        const HttpResponse r = m_s->call("DescribeInstanceStatus", p, nullptr, u"eu-west-1"_s);
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        seen += elements(r.body, "instanceId");
        token = element(r.body, "nextToken");
        QVERIFY(++pages <= 3);
    } while (!token.isEmpty());
    QCOMPARE(pages, 2);
    QCOMPARE(seen.size(), 6);
    QCOMPARE(seen.first(), idOf(10));
    QCOMPARE(seen.last(), idOf(15));
}

void TestSandboxEc2::runAndTransitions()
{
    HttpResponse r = m_s->call("RunInstances",
        params({{"ImageId", "ami-12345678"},
            {"InstanceType", "t3.nano"},
            {"MinCount", "2"},
            {"MaxCount", "2"},
            {"Placement.AvailabilityZone", "eu-west-1b"},
            {"TagSpecification.1.ResourceType", "instance"},
            {"TagSpecification.1.Tag.1.Key", "Name"},
            {"TagSpecification.1.Tag.1.Value", "made by test"}}),
        nullptr,
        u"eu-west-1"_s);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString() + QString::fromUtf8(r.body)));
    QVERIFY(r.body.contains("<RunInstancesResponse"));
    const QList<QByteArray> ids = elements(r.body, "instanceId");
    QCOMPARE(ids.size(), 2);
    QVERIFY(!element(r.body, "reservationId").isEmpty());
    QCOMPARE(element(element(r.body, "instanceState"), "name"), "pending");
    r = m_s->call("DescribeInstances",
        params({{"Filter.1.Name", "tag:Name"}, {"Filter.1.Value.1", "made by test"}}),
        nullptr,
        u"eu-west-1"_s);
    QCOMPARE(elements(r.body, "instanceId").size(), 2);
    QCOMPARE(element(r.body, "availabilityZone"), "eu-west-1b");
    QCOMPARE(element(r.body, "instanceType"), "t3.nano");
    // Not in us-east-1.
    r = m_s->call("DescribeInstances", params({{"InstanceId.1", ids[0]}}));
    QCOMPARE(r.error.serviceCode(), u"InvalidInstanceID.NotFound"_s);

    const auto state = [&](const QByteArray &id) {
        r = m_s->call("DescribeInstances", params({{"InstanceId.1", id}}), nullptr, u"eu-west-1"_s);
        return element(element(r.body, "instanceState"), "name");
    };
    QCOMPARE(state(ids[0]), "pending");
    m_s->advance(10);
    QCOMPARE(state(ids[0]), "running");
    r = m_s->call("StopInstances", params({{"InstanceId.1", ids[0]}}), nullptr, u"eu-west-1"_s);
    QCOMPARE(element(element(r.body, "currentState"), "name"), "stopping");
    QCOMPARE(element(element(r.body, "currentState"), "code"), "64");
    QCOMPARE(element(element(r.body, "previousState"), "name"), "running");
    m_s->advance(10);
    QCOMPARE(state(ids[0]), "stopped");
    r = m_s->call("StartInstances", params({{"InstanceId.1", ids[0]}}), nullptr, u"eu-west-1"_s);
    QCOMPARE(element(element(r.body, "currentState"), "name"), "pending");
    QCOMPARE(element(element(r.body, "previousState"), "name"), "stopped");
    r = m_s->call("TerminateInstances", params({{"InstanceId.1", ids[1]}}), nullptr, u"eu-west-1"_s);
    QCOMPARE(element(element(r.body, "currentState"), "name"), "shutting-down");
    m_s->advance(10);
    QCOMPARE(state(ids[0]), "running");
    QCOMPARE(state(ids[1]), "terminated");
    r = m_s->call("StartInstances", params({{"InstanceId.1", ids[1]}}), nullptr, u"eu-west-1"_s);
    QCOMPARE(r.error.serviceCode(), u"IncorrectInstanceState"_s);
}

void TestSandboxEc2::rebootCompletesInstanceRebootEvent()
{
    const HttpResponse r = m_s->call("RebootInstances", params({{"InstanceId.1", idOf(2)}}));
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(element(r.body, "return"), "true");
    QCOMPARE(stateOf(*m_s, idOf(2)), "running");
    const HttpResponse status = m_s->call("DescribeInstanceStatus", params({{"InstanceId.1", idOf(2)}}));
    QVERIFY(element(status.body, "description").startsWith("[Completed] "));
}

void TestSandboxEc2::tags()
{
    HttpResponse r = m_s->call("CreateTags",
        params({{"ResourceId.1", idOf(1)},
            {"ResourceId.2", idOf(2)},
            {"Tag.1.Key", "team"},
            {"Tag.1.Value", "ops"},
            {"Tag.2.Key", "empty"}}),
        &m_s->sigV2Sha256NoPort);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    r = m_s->call("DescribeInstances", params({{"Filter.1.Name", "tag:team"}, {"Filter.1.Value.1", "ops"}}));
    QCOMPARE(elements(r.body, "instanceId"), QList<QByteArray>({idOf(1), idOf(2)}));
    r = m_s->call("DescribeInstances", params({{"Filter.1.Name", "tag-key"}, {"Filter.1.Value.1", "empty"}}));
    QCOMPARE(elements(r.body, "instanceId").size(), 2);
    // A value that does not match keeps the tag; no value removes it.
    m_s->call(
        "DeleteTags", params({{"ResourceId.1", idOf(1)}, {"Tag.1.Key", "team"}, {"Tag.1.Value", "dev"}}));
    m_s->call("DeleteTags", params({{"ResourceId.1", idOf(2)}, {"Tag.1.Key", "team"}}));
    r = m_s->call("DescribeInstances", params({{"Filter.1.Name", "tag:team"}, {"Filter.1.Value.1", "*"}}));
    QCOMPARE(elements(r.body, "instanceId"), QList<QByteArray>({idOf(1)}));
    r = m_s->call("CreateTags", params({{"ResourceId.1", "i-0de3000000000ffff"}, {"Tag.1.Key", "a"}}));
    QCOMPARE(r.error.serviceCode(), u"InvalidInstanceID.NotFound"_s);
}

void TestSandboxEc2::rescheduleWithinDeadline()
{
    const QByteArray event = "instance-event-0de30000000000002";
    const auto modify = [&](const QByteArray &instance, const QByteArray &id, const QByteArray &notBefore) {
        return m_s->call("ModifyInstanceEventStartTime",
            params({{"InstanceId", instance}, {"InstanceEventId", id}, {"NotBefore", notBefore}}));
    };
    HttpResponse r = modify(idOf(2), event, "2026-03-10T22:00:00Z");
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(element(element(r.body, "event"), "notBefore"), "2026-03-10T22:00:00.000Z");
    QCOMPARE(element(element(r.body, "event"), "notAfter"), "2026-03-11T00:00:00.000Z"); // same 2 h window
    r = m_s->call("DescribeInstanceStatus", params({{"InstanceId.1", idOf(2)}}));
    QCOMPARE(element(r.body, "notBefore"), "2026-03-10T22:00:00.000Z");
    // After the deadline, in the past, without a deadline, or an unknown event: refused.
    r = modify(idOf(2), event, "2026-03-12T09:00:01Z");
    QCOMPARE(r.error.serviceCode(), u"InvalidParameterValue"_s);
    QCOMPARE(r.error.httpStatus(), 400);
    r = modify(idOf(2), event, "2026-03-01T09:00:00Z");
    QCOMPARE(r.error.serviceCode(), u"InvalidParameterValue"_s);
    r = modify(idOf(1), "instance-event-0de30000000000001", "2026-03-04T12:00:00Z");
    QCOMPARE(r.error.serviceCode(), u"InvalidParameterValue"_s);
    r = modify(idOf(1), event, "2026-03-04T12:00:00Z");
    QCOMPARE(r.error.serviceCode(), u"InvalidInstanceEventID.NotFound"_s);
    r = m_s->call("DescribeInstanceStatus", params({{"InstanceId.1", idOf(2)}}));
    QCOMPARE(element(r.body, "notBefore"), "2026-03-10T22:00:00.000Z");
}

QTEST_GUILESS_MAIN(TestSandboxEc2)
#include "tst_sandboxec2.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2demodata.h"

#include <QTimeZone>

#include "ec2store.h"

using namespace Qt::StringLiterals;
using State = SandboxInstance::State;

namespace {

struct DemoInstance
{
    const char *name;
    bool europe;
    char zone;
    const char *type;
    State state;
    const char *systemStatus;
    const char *instanceStatus;
};

// Name, region, zone, type, state, system and instance status checks.
constexpr DemoInstance kInstances[] = {
    {"web-1", false, 'a', "t3.micro", State::Running, "ok", "ok"},
    {"web-2", false, 'b', "t3.micro", State::Running, "ok", "ok"},
    {"web-3", false, 'c', "t3.micro", State::Stopped, "ok", "ok"},
    {"api-1", false, 'a', "m5.large", State::Running, "ok", "ok"},
    {"api-2", false, 'b', "m5.large", State::Running, "ok", "impaired"},
    {"db-primary", false, 'a', "r5.xlarge", State::Running, "ok", "ok"},
    {"db-replica", false, 'b', "r5.xlarge", State::Running, "impaired", "ok"},
    {"batch-1", false, 'c', "c5.2xlarge", State::Stopped, "ok", "ok"},
    {"old-build", false, 'a', "m1.small", State::Terminated, "ok", "ok"},
    {"eu-web-1", true, 'a', "t3.small", State::Running, "ok", "ok"},
    {"eu-web-2", true, 'b', "t3.small", State::Running, "ok", "insufficient-data"},
    {"eu-cache", true, 'a', "r5.large", State::Running, "ok", "ok"},
    {"eu-db", true, 'c', "r5.xlarge", State::Running, "ok", "ok"},
    {"eu-legacy", true, 'b', "m3.medium", State::Running, "ok", "ok"},
    {"eu-reports", true, 'c', "c5.large", State::Stopped, "ok", "ok"},
};

struct DemoEvent
{
    int instance; // index into kInstances
    const char *code;
    const char *description;
    qint64 startHours;    // from now
    qint64 lengthHours;   // 0: no notAfter
    qint64 deadlineHours; // 0: no notBeforeDeadline
    SandboxEvent::State state;
};

constexpr DemoEvent kEvents[] = {
    {0,
        "system-reboot",
        "The instance is scheduled for a reboot",
        2 * 24 + 3,
        2,
        0,
        SandboxEvent::State::Scheduled},
    {1,
        "instance-reboot",
        "The instance is scheduled for a reboot",
        4 * 24,
        2,
        10 * 24,
        SandboxEvent::State::Scheduled},
    {5,
        "system-maintenance",
        "Scheduled system maintenance",
        7 * 24 + 6,
        6,
        0,
        SandboxEvent::State::Scheduled},
    {7,
        "instance-retirement",
        "The instance is running on degraded hardware",
        14 * 24,
        0,
        0,
        SandboxEvent::State::Scheduled},
    {13,
        "instance-stop",
        "The instance is scheduled to be stopped",
        20 * 24,
        0,
        0,
        SandboxEvent::State::Scheduled},
    {12,
        "system-reboot",
        "The instance is scheduled for a reboot",
        9 * 24 + 1,
        2,
        16 * 24,
        SandboxEvent::State::Scheduled},
    {3,
        "system-reboot",
        "The instance is scheduled for a reboot",
        -3 * 24,
        2,
        0,
        SandboxEvent::State::Completed},
    {11,
        "instance-reboot",
        "The instance is scheduled for a reboot",
        5 * 24,
        2,
        0,
        SandboxEvent::State::Canceled},
};

QByteArray demoId(const char *prefix, int n)
{
    return prefix + u"0de3%1"_s.arg(n + 1, 13, 16, QChar(u'0')).toLatin1();
}

} // namespace

namespace Ec2DemoData {

void populate(Ec2Store *store, const QStringList &regions, const QDateTime &now)
{
    const QString home = regions.first();
    const QString europe = regions.contains(u"eu-west-1"_s) ? u"eu-west-1"_s : home;
    // Whole hours, so that the demo's times read well.
    const QDateTime base = QDateTime(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc());
    int n = 0;
    for (const DemoInstance &d : kInstances) {
        SandboxInstance i;
        i.id = demoId("i-", n);
        i.region = d.europe ? europe : home;
        i.zone = i.region + QLatin1Char(d.zone);
        i.imageId = d.europe ? "ami-0e0de300000000001" : "ami-0de30000000000001";
        i.instanceType = d.type;
        i.reservationId = demoId("r-", n);
        i.keyName = "demo-key";
        i.privateIp = "10.0." + QByteArray::number(d.europe ? 2 : 1) + '.' + QByteArray::number(10 + n);
        i.publicIp = d.state == State::Running ? "203.0.113." + QByteArray::number(10 + n) : QByteArray();
        i.state = d.state;
        i.launchTime = base.addDays(-(30 + 3 * n));
        i.stateChanged = d.state == State::Running ? i.launchTime : base.addDays(-(1 + n % 5));
        if (d.state != State::Running)
            i.stateReason = "Client.UserInitiatedShutdown";
        i.systemStatus = d.systemStatus;
        i.instanceStatus = d.instanceStatus;
        i.setTag(u"Name"_s, QString::fromLatin1(d.name));
        i.setTag(u"env"_s, n % 3 == 2 ? u"staging"_s : u"production"_s);
        store->putInstance(i);
        ++n;
    }
    int e = 0;
    for (const DemoEvent &d : kEvents) {
        SandboxEvent event;
        event.id = demoId("instance-event-", e++);
        event.instanceId = demoId("i-", d.instance);
        event.code = d.code;
        event.description = QString::fromLatin1(d.description);
        event.notBefore = base.addSecs(d.startHours * 3600);
        if (d.lengthHours > 0)
            event.notAfter = event.notBefore.addSecs(d.lengthHours * 3600);
        if (d.deadlineHours > 0)
            event.notBeforeDeadline = base.addSecs(d.deadlineHours * 3600);
        event.state = d.state;
        store->putEvent(event);
    }
}

} // namespace Ec2DemoData

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// The values EC2 Query API answers carry, as the parsers hand them out.

struct Ec2Region
{
    QString name;
    QString endpoint; // as returned: old and new forms differ, so it is never rebuilt
};

struct Ec2Instance
{
    QString id;
    QString reservationId;
    QString ownerId;
    QString imageId;
    QString type;
    int stateCode
        = -1; // low byte: 0 pending, 16 running, 32 shutting-down, 48 terminated, 64 stopping, 80 stopped
    QString stateName;
    QString zone;
    QString privateDnsName;
    QString publicDnsName;
    QString privateIp;
    QString publicIp;
    QString keyName;
    QString architecture;
    QString rootDeviceType; // ebs | instance-store
    QString platform;
    QString vpcId;
    QString subnetId;
    QDateTime launchTime;
    QList<QPair<QString, QString>> tags;

    QString tag(const QString &key) const;
    QString name() const { return tag(QStringLiteral("Name")); }
};

struct InstancePage
{
    QList<Ec2Instance> instances;
    QString nextToken;
};

struct StatusCheck
{
    QString status;       // ok | impaired | insufficient-data | not-applicable | initializing
    QString reachability; // details/item name=reachability: passed | failed | …
    QDateTime impairedSince;
};

struct Ec2Event
{
    enum class State
    {
        Scheduled,
        Completed, // description starts with "[Completed]"
        Canceled,  // description starts with "[Canceled]"
    };
    QString
        code; // instance-reboot | system-reboot | system-maintenance | instance-retirement | instance-stop
    QString description;
    QString id; // instanceEventId, newer API versions only
    QDateTime notBefore;
    QDateTime notAfter;
    QDateTime notBeforeDeadline;
    State state = State::Scheduled;
};

struct InstanceStatus
{
    QString instanceId;
    QString zone;
    int stateCode = -1;
    QString stateName;
    StatusCheck system;
    StatusCheck instance;
    QList<Ec2Event> events;
};

struct InstanceStatusPage
{
    QList<InstanceStatus> statuses;
    QString nextToken;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// One EC2 API version: its date (the `Version` parameter), what it brought, and the Query API
// actions that first appeared in it.
struct Ec2ApiVersion
{
    QString date; // YYYY-MM-DD
    QString summary;
    QStringList actionsAdded;
};

// Which EC2 action arrived in which API version, so a client can tell what a cloud that speaks an
// older version (Eucalyptus, a pinned endpoint) offers, and the sandbox can play such a cloud.
// The table is compiled in (ec2apiversions.cpp), each entry with its source.
class Ec2ApiVersions
{
public:
    // Response details that changed inside an action, by the version that brought them.
    enum class Feature
    {
        InstanceStatusChecks,    // systemStatus / instanceStatus in DescribeInstanceStatus
        DescribeInstancesPaging, // MaxResults / NextToken on DescribeInstances
        EventIdsAndDeadlines,    // instanceEventId, notBeforeDeadline in events
    };

    // Every version known, oldest first.
    static const QList<Ec2ApiVersion> &all();
    // The newest version in the catalogue.
    static QString latest();
    // The version that introduced `action`, or empty when the catalogue does not know it.
    static QString introducedIn(QStringView action);
    static QString introducedIn(Feature feature);
    // True when a cloud speaking `apiVersion` offers `action` (known and not newer than it).
    static bool offers(QStringView action, QStringView apiVersion);
    static bool offers(Feature feature, QStringView apiVersion);
    // Every action the catalogue knows that `apiVersion` offers, oldest first.
    static QStringList actionsUpTo(QStringView apiVersion);
    // YYYY-MM-DD with plausible digits (not necessarily a version in the catalogue).
    static bool isVersionDate(QStringView text);
};

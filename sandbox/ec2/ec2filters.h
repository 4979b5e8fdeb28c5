// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

struct Ec2Call;
struct SandboxResponse;

struct Ec2Filter
{
    QString name;
    QStringList values; // any may match; * and ? are wildcards
};

// Filter.N.Name / Filter.N.Value.M (PROTOCOLS.md §1.1), checked against the names an action knows.
class Ec2Filters
{
public:
    // nullopt with *error set (InvalidParameterValue) for an unknown filter name or one without values.
    static std::optional<QList<Ec2Filter>> parse(
        const Ec2Call &call, const QStringList &known, bool tagFilters, SandboxResponse *error);
    static bool matches(const QString &pattern, const QString &value);
    static bool anyMatches(const QStringList &patterns, const QString &value);
};

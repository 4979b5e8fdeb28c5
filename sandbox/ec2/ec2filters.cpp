// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2filters.h"

#include "ec2call.h"

namespace {

bool globMatch(QStringView pattern, QStringView value)
{
    if (pattern.isEmpty())
        return value.isEmpty();
    if (pattern.front() == u'*') {
        for (qsizetype i = 0; i <= value.size(); ++i) {
            if (globMatch(pattern.mid(1), value.mid(i)))
                return true;
        }
        return false;
    }
    if (value.isEmpty())
        return false;
    if (pattern.front() != u'?' && pattern.front() != value.front())
        return false;
    return globMatch(pattern.mid(1), value.mid(1));
}

} // namespace

std::optional<QList<Ec2Filter>> Ec2Filters::parse(
    const Ec2Call &call, const QStringList &known, bool tagFilters, SandboxResponse *error)
{
    QList<Ec2Filter> filters;
    for (const int n : call.indices("Filter")) {
        const QByteArray prefix = "Filter." + QByteArray::number(n);
        Ec2Filter filter;
        filter.name = QString::fromUtf8(call.value(prefix + ".Name"));
        for (const QByteArray &v : call.list(prefix + ".Value"))
            filter.values.append(QString::fromUtf8(v));
        const bool isTag
            = tagFilters && filter.name.startsWith(QLatin1StringView("tag:")) && filter.name.size() > 4;
        if (!isTag && !known.contains(filter.name)) {
            *error = call.invalid("The filter '" + filter.name.toUtf8() + "' is invalid");
            return std::nullopt;
        }
        if (filter.values.isEmpty()) {
            *error = call.invalid("The filter '" + filter.name.toUtf8() + "' needs at least one value");
            return std::nullopt;
        }
        filters.append(std::move(filter));
    }
    return filters;
}

bool Ec2Filters::matches(const QString &pattern, const QString &value)
{
    return globMatch(pattern, value);
}

bool Ec2Filters::anyMatches(const QStringList &patterns, const QString &value)
{
    for (const QString &p : patterns) {
        if (globMatch(p, value))
            return true;
    }
    return false;
}

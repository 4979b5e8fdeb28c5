// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2listing.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "clidriver.h"
#include "ec2/ec2apiversions.h"
#include "schedule/icalendarwriter.h"
#include "schedule/maintenanceevent.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ec2)
};

struct Collected
{
    QList<QPair<Ec2Target, Ec2Instance>> instances;
    QList<QPair<Ec2Target, InstanceStatus>> statuses;
    QList<QPair<Ec2Target, ApiError>> failures;
};

Collected refresh(HttpTransport *transport, const QList<Ec2Refresh::Source> &sources)
{
    Collected c;
    Ec2Refresh refresh(transport);
    QObject::connect(&refresh, &Ec2Refresh::instancesArrived, [&](const Ec2Target &t, const auto &list) {
        for (const Ec2Instance &i : list)
            c.instances.append({t, i});
    });
    QObject::connect(&refresh, &Ec2Refresh::eventsArrived, [&](const Ec2Target &t, const auto &list) {
        for (const InstanceStatus &s : list)
            c.statuses.append({t, s});
    });
    QObject::connect(&refresh, &Ec2Refresh::targetFailed, [&](const Ec2Target &t, const ApiError &e) {
        c.failures.append({t, e});
    });
    QEventLoop loop;
    QObject::connect(&refresh, &Ec2Refresh::allDone, &loop, &QEventLoop::quit);
    refresh.start(sources);
    loop.exec();
    return c;
}

int reportFailures(const Collected &c)
{
    for (const auto &[target, error] : c.failures)
        Ec2Cli::fail(u"%1/%2: %3"_s.arg(target.cloud, target.region, error.toString()));
    return c.failures.isEmpty() ? 0 : 1;
}

QJsonObject tagsObject(const Ec2Instance &i)
{
    QJsonObject tags;
    for (const auto &[key, value] : i.tags)
        tags.insert(key, value);
    return tags;
}

bool writeIcs(const QString &path, const QList<MaintenanceEvent> &events, const QDateTime &now)
{
    ICalendarWriter writer;
    writer.setTimestamp(now);
    writer.setCalendarName(Tr::tr("Skylight maintenance schedule"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writer.write(events)) < 0 || !file.commit()) {
        Ec2Cli::fail(Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace

namespace Ec2Cli {

void out(const QString &text)
{
    printLine(text);
}

int fail(const QString &message, int status)
{
    return printError(u"ec2"_s, message, status);
}

void printJson(const QJsonArray &array)
{
    out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

int instances(HttpTransport *transport, const QList<Ec2Refresh::Source> &sources, bool json)
{
    const Collected c = refresh(transport, sources);
    QJsonArray array;
    for (const auto &[t, i] : c.instances) {
        if (json) {
            array.append(QJsonObject {{u"cloud"_s, t.cloud},
                {u"region"_s, t.region},
                {u"zone"_s, i.zone},
                {u"id"_s, i.id},
                {u"name"_s, i.name()},
                {u"type"_s, i.type},
                {u"state"_s, i.stateName},
                {u"imageId"_s, i.imageId},
                {u"publicIp"_s, i.publicIp},
                {u"privateIp"_s, i.privateIp},
                {u"launchTime"_s, time(i.launchTime)},
                {u"tags"_s, tagsObject(i)}});
        } else {
            out(QStringList {t.region, i.zone, i.id, i.name(), i.type, i.stateName, i.publicIp, i.privateIp}
                    .join(u'\t'));
        }
    }
    if (json)
        printJson(array);
    return reportFailures(c);
}

int events(HttpTransport *transport, const QList<Ec2Refresh::Source> &sources, const EventsOptions &options)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool anyOffers = false;
    for (const Ec2Refresh::Source &source : sources) {
        const QString version = source.profile.ec2ApiVersion.isEmpty() ? Ec2ApiVersions::latest()
                                                                       : source.profile.ec2ApiVersion;
        if (Ec2ApiVersions::offers(u"DescribeInstanceStatus", version)) {
            anyOffers = true;
            continue;
        }
        // Not a failure: such a cloud has no scheduled events to tell of (Ec2Refresh skips it).
        fail(Tr::tr(
            "%1: DescribeInstanceStatus is not offered by this cloud's EC2 API version %2 (it needs %3 "
            "or later): no scheduled events to show")
                 .arg(source.profile.name, version, Ec2ApiVersions::introducedIn(u"DescribeInstanceStatus")));
    }
    const Collected c = anyOffers ? refresh(transport, sources) : Collected();
    QHash<QString, QString> names;
    for (const auto &[t, i] : c.instances)
        names.insert(t.cloud + u'\n' + t.region + u'\n' + i.id, i.name());
    QList<MaintenanceEvent> events;
    for (const auto &[t, s] : c.statuses) {
        for (const Ec2Event &e : s.events) {
            MaintenanceEvent m {t.cloud,
                t.region,
                s.instanceId,
                names.value(t.cloud + u'\n' + t.region + u'\n' + s.instanceId),
                e};
            if (!options.upcoming || m.isUpcoming(now))
                events.append(std::move(m));
        }
    }
    QJsonArray array;
    for (const MaintenanceEvent &m : std::as_const(events)) {
        const QString state = MaintenanceEvent::stateKey(m.state(now));
        if (options.json) {
            array.append(QJsonObject {{u"uid"_s, m.uid()},
                {u"cloud"_s, m.cloud},
                {u"region"_s, m.region},
                {u"instanceId"_s, m.instanceId},
                {u"name"_s, m.instanceName},
                {u"eventId"_s, m.event.id},
                {u"code"_s, m.event.code},
                {u"description"_s, m.event.description},
                {u"notBefore"_s, time(m.event.notBefore)},
                {u"notAfter"_s, time(m.event.notAfter)},
                {u"notBeforeDeadline"_s, time(m.event.notBeforeDeadline)},
                {u"state"_s, state}});
        } else {
            out(QStringList {m.region,
                m.instanceId,
                m.instanceName,
                m.event.code,
                state,
                time(m.event.notBefore),
                time(m.event.notAfter),
                m.event.id,
                m.event.description}
                    .join(u'\t'));
        }
    }
    if (options.json)
        printJson(array);
    if (!options.icsPath.isEmpty() && !writeIcs(options.icsPath, events, now))
        return 1;
    return reportFailures(c);
}

} // namespace Ec2Cli

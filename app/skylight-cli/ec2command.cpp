// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2command.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "clidriver.h"
#include "clouds/adhocprofile.h"
#include "clouds/credentialjob.h"
#include "clouds/credentialstore.h"
#include "clouds/environmentcredentials.h"
#include "clouds/profilestore.h"
#include "ec2/describeregionsjob.h"
#include "ec2/ec2apiversions.h"
#include "ec2/ec2client.h"
#include "ec2/ec2refresh.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ec2", text);
}

void out(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &message, int status = 1)
{
    std::fprintf(stderr, "skylight-cli ec2: %s\n", qPrintable(message));
    return status;
}

void printJson(const QJsonArray &array)
{
    out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString eventStateName(Ec2Event::State state)
{
    switch (state) {
    case Ec2Event::State::Scheduled:
        return u"scheduled"_s;
    case Ec2Event::State::Completed:
        return u"completed"_s;
    case Ec2Event::State::Canceled:
        return u"canceled"_s;
    }
    return {};
}

// Scheduled and not yet over: the window has not closed (or, without an end, not opened).
bool isUpcoming(const Ec2Event &e, const QDateTime &now)
{
    if (e.state != Ec2Event::State::Scheduled)
        return false;
    return e.notAfter.isValid() ? e.notAfter > now : (!e.notBefore.isValid() || e.notBefore > now);
}

struct Collected
{
    QList<QPair<Ec2Target, Ec2Instance>> instances;
    QList<QPair<Ec2Target, InstanceStatus>> statuses;
    QList<QPair<Ec2Target, ApiError>> failures;
};

Collected refresh(HttpTransport *transport, const Ec2Refresh::Source &source)
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
    refresh.start({source});
    loop.exec();
    return c;
}

int reportFailures(const Collected &c)
{
    for (const auto &[target, error] : c.failures)
        fail(u"%1/%2: %3"_s.arg(target.cloud, target.region, error.toString()));
    return c.failures.isEmpty() ? 0 : 1;
}

int instances(HttpTransport *transport, const Ec2Refresh::Source &source, bool json)
{
    const Collected c = refresh(transport, source);
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
                {u"publicIp"_s, i.publicIp},
                {u"privateIp"_s, i.privateIp},
                {u"launchTime"_s, time(i.launchTime)}});
        } else {
            out(QStringList {t.region, i.zone, i.id, i.name(), i.type, i.stateName, i.publicIp, i.privateIp}
                    .join(u'\t'));
        }
    }
    if (json)
        printJson(array);
    return reportFailures(c);
}

int events(HttpTransport *transport, const Ec2Refresh::Source &source, bool json, bool upcoming)
{
    const QString version
        = source.profile.ec2ApiVersion.isEmpty() ? Ec2ApiVersions::latest() : source.profile.ec2ApiVersion;
    if (!Ec2ApiVersions::offers(u"DescribeInstanceStatus", version))
        fail(
            tr("EC2 API version %1 has no DescribeInstanceStatus: no scheduled events to show").arg(version));
    const Collected c = refresh(transport, source);
    QHash<QString, QString> names;
    for (const auto &[t, i] : c.instances)
        names.insert(i.id, i.name());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray array;
    for (const auto &[t, s] : c.statuses) {
        for (const Ec2Event &e : s.events) {
            if (upcoming && !isUpcoming(e, now))
                continue;
            if (json) {
                array.append(QJsonObject {{u"cloud"_s, t.cloud},
                    {u"region"_s, t.region},
                    {u"instanceId"_s, s.instanceId},
                    {u"name"_s, names.value(s.instanceId)},
                    {u"code"_s, e.code},
                    {u"description"_s, e.description},
                    {u"notBefore"_s, time(e.notBefore)},
                    {u"notAfter"_s, time(e.notAfter)},
                    {u"notBeforeDeadline"_s, time(e.notBeforeDeadline)},
                    {u"state"_s, eventStateName(e.state)}});
            } else {
                out(QStringList {t.region,
                    s.instanceId,
                    names.value(s.instanceId),
                    e.code,
                    eventStateName(e.state),
                    time(e.notBefore),
                    time(e.notAfter),
                    e.description}
                        .join(u'\t'));
            }
        }
    }
    if (json)
        printJson(array);
    return reportFailures(c);
}

int regions(Ec2Client *client, const QString &region, bool json)
{
    const DescribeRegionsResult r = runToEnd(client->describeRegions(region));
    if (!r.error.isOk())
        return fail(r.error.toString());
    QJsonArray array;
    for (const Ec2Region &e : r.regions) {
        if (json)
            array.append(QJsonObject {{u"name"_s, e.name}, {u"endpoint"_s, e.endpoint}});
        else
            out(e.name + u'\t' + e.endpoint);
    }
    if (json)
        printJson(array);
    return 0;
}

int action(Ec2Client *client, InstanceActionJob::Action what, const QString &region, const QStringList &ids)
{
    const InstanceActionResult r = runToEnd(client->instanceAction(what, region, ids));
    if (!r.error.isOk())
        return fail(r.error.toString());
    for (const InstanceStateChange &change : r.changes)
        out(u"%1\t%2 -> %3"_s.arg(change.instanceId, change.previousState, change.currentState));
    if (r.changes.isEmpty())
        out(tr("%1: accepted").arg(ids.join(u' ')));
    return 0;
}

} // namespace

int runEc2Command(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Lists regions, instances and scheduled events; starts, stops, reboots and "
           "terminates instances."));
    p.addHelpOption();
    p.addPositionalArgument(u"action"_s, tr("regions, instances, events, start|stop|reboot|terminate ID…"));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    const QCommandLineOption upcoming(u"upcoming"_s, tr("events: only scheduled events not yet over."));
    const QCommandLineOption profile(u"profile"_s, tr("The cloud profile to use."), u"NAME"_s);
    const QCommandLineOption endpoint(
        u"endpoint-url"_s, tr("Use this endpoint instead of a profile."), u"URL"_s);
    const QCommandLineOption provider(u"provider"_s, tr("With --endpoint-url: the provider."), u"NAME"_s);
    const QCommandLineOption region(
        u"region"_s, tr("Only this region (default: every region of the profile)."), u"R"_s);
    const QCommandLineOption apiVersion(
        u"api-version"_s, tr("The EC2 API version to speak."), u"YYYY-MM-DD"_s);
    const QCommandLineOption timeout(
        u"keychain-timeout"_s, tr("Milliseconds to wait for the keychain."), u"MS"_s);
    p.addOptions({json, upcoming, profile, endpoint, provider, region, apiVersion, timeout});
    QStringList args = arguments;
    args.prepend(u"skylight-cli ec2"_s);
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    if (p.isSet(u"help"_s)) {
        out(p.helpText());
        return 0;
    }
    QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return fail(
            tr("an action is needed: regions, instances, events, start, stop, reboot or terminate"), 2);
    const QString verb = positional.takeFirst();

    QString error;
    const auto selected = selectCloud(p, u"aws"_s, false, &error);
    if (!selected)
        return fail(error, p.isSet(profile) ? 1 : 2);
    CloudProfile cloud = selected->profile;
    const Credentials credentials = selected->credentials;
    if (!cloud.hasEc2())
        return fail(tr("%1 has no EC2 endpoint").arg(cloud.name));
    if (p.isSet(apiVersion))
        cloud.ec2ApiVersion = p.value(apiVersion);

    HttpTransport transport;
    QStringList regionList;
    if (p.isSet(region))
        regionList << p.value(region);
    if (verb == u"instances"_s && positional.isEmpty())
        return instances(&transport, {cloud, credentials, regionList}, p.isSet(json));
    if (verb == u"events"_s && positional.isEmpty())
        return events(&transport, {cloud, credentials, regionList}, p.isSet(json), p.isSet(upcoming));
    Ec2Client client(&transport, cloud, credentials);
    if (verb == u"regions"_s && positional.isEmpty())
        return regions(&client, p.value(region), p.isSet(json));
    const QHash<QString, InstanceActionJob::Action> actions {{u"start"_s, InstanceActionJob::Action::Start},
        {u"stop"_s, InstanceActionJob::Action::Stop},
        {u"reboot"_s, InstanceActionJob::Action::Reboot},
        {u"terminate"_s, InstanceActionJob::Action::Terminate}};
    if (actions.contains(verb)) {
        if (positional.isEmpty())
            return fail(tr("%1 needs at least one instance id").arg(verb), 2);
        return action(&client, actions.value(verb), p.value(region), positional);
    }
    return fail(tr("unknown action or extra arguments: %1").arg(arguments.join(u' ')), 2);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include "clidriver.h"
#include "ec2/describeregionsjob.h"
#include "ec2/ec2client.h"
#include "ec2/ec2parsers.h"
#include "ec2/ec2refresh.h"
#include "ec2/modifyinstanceeventstarttimejob.h"
#include "ec2listing.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;
using Ec2Cli::fail;
using Ec2Cli::out;
using Ec2Cli::printJson;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ec2)
};

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
        out(Tr::tr("%1: accepted").arg(ids.join(u' ')));
    return 0;
}

int reschedule(Ec2Client *client, const QString &region, const QStringList &args, bool json)
{
    const QDateTime notBefore = parseEc2Time(args.at(2));
    if (!notBefore.isValid())
        return fail(
            Tr::tr("not a time: %1 (give an ISO 8601 time such as 2026-12-01T10:00:00Z)").arg(args.at(2)), 2);
    const ModifyInstanceEventStartTimeResult r
        = runToEnd(client->modifyInstanceEventStartTime({region, args.at(0), args.at(1), notBefore}));
    if (!r.error.isOk()) // refused before sending: the reason alone says it best
        return fail(r.error.kind() == ApiError::Kind::InvalidInput ? r.error.message() : r.error.toString());
    const Ec2Event &e = r.event;
    if (json) {
        printJson({QJsonObject {{u"instanceId"_s, args.at(0)},
            {u"eventId"_s, e.id.isEmpty() ? args.at(1) : e.id},
            {u"code"_s, e.code},
            {u"notBefore"_s, Ec2Cli::time(e.notBefore)},
            {u"notAfter"_s, Ec2Cli::time(e.notAfter)},
            {u"notBeforeDeadline"_s, Ec2Cli::time(e.notBeforeDeadline)}}});
    } else {
        out(e.notAfter.isValid()
                ? Tr::tr("%1 %2 %3 now starts %4, ends %5")
                      .arg(
                          args.at(0), args.at(1), e.code, Ec2Cli::time(e.notBefore), Ec2Cli::time(e.notAfter))
                : Tr::tr("%1 %2 %3 now starts %4")
                      .arg(args.at(0), args.at(1), e.code, Ec2Cli::time(e.notBefore)));
    }
    return 0;
}

// `instances` or `events` over `sources`.
int list(HttpTransport *transport,
    const QCommandLineParser &p,
    const QString &verb,
    const QList<Ec2Refresh::Source> &sources)
{
    if (verb == u"instances"_s)
        return Ec2Cli::instances(transport, sources, p.isSet(u"json"_s));
    return Ec2Cli::events(
        transport, sources, {p.isSet(u"json"_s), p.isSet(u"upcoming"_s), p.value(u"ics"_s)});
}

// `instances` or `events` with no cloud named: every stored cloud that has EC2, at once.
int listAllClouds(const QCommandLineParser &p, const QString &verb, const QStringList &regions)
{
    QStringList errors;
    QList<Ec2Refresh::Source> sources;
    for (const SelectedCloud &cloud : allClouds(p, &errors)) {
        if (!cloud.profile.hasEc2())
            continue;
        CloudProfile profile = cloud.profile;
        if (p.isSet(u"api-version"_s))
            profile.ec2ApiVersion = p.value(u"api-version"_s);
        sources.append({profile, cloud.credentials, regions});
    }
    for (const QString &e : std::as_const(errors))
        fail(e);
    if (sources.isEmpty() && errors.isEmpty())
        return fail(
            Tr::tr("no cloud with EC2 is configured: add one with `skylight-cli profiles add`, or say "
                   "which with --cloud NAME or --endpoint-url URL"),
            2);
    HttpTransport transport;
    const int status = list(&transport, p, verb, sources);
    return errors.isEmpty() ? status : 1;
}

} // namespace

int runEc2Command(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Lists regions, instances and scheduled events; exports the events as iCalendar; "
               "reschedules an event; starts, stops, reboots and terminates instances."));
    p.addHelpOption();
    p.addPositionalArgument(u"action"_s,
        Tr::tr("regions, instances, events, reschedule INSTANCE EVENT-ID TIME, "
               "start|stop|reboot|terminate ID…"));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print JSON."));
    const QCommandLineOption upcoming(u"upcoming"_s, Tr::tr("events: only scheduled events not yet over."));
    const QCommandLineOption ics(
        u"ics"_s, Tr::tr("events: also write them to FILE as iCalendar (RFC 5545)."), u"FILE"_s);
    const QCommandLineOption profile(
        QStringList {u"profile"_s, u"cloud"_s}, Tr::tr("The cloud (profile) to use."), u"NAME"_s);
    const QCommandLineOption endpoint(
        u"endpoint-url"_s, Tr::tr("Use this endpoint instead of a profile."), u"URL"_s);
    const QCommandLineOption provider(u"provider"_s, Tr::tr("With --endpoint-url: the provider."), u"NAME"_s);
    const QCommandLineOption region(
        u"region"_s, Tr::tr("Only this region (default: every region of the profile)."), u"R"_s);
    const QCommandLineOption apiVersion(
        u"api-version"_s, Tr::tr("The EC2 API version to speak."), u"YYYY-MM-DD"_s);
    const QCommandLineOption timeout(
        u"keychain-timeout"_s, Tr::tr("Milliseconds to wait for the keychain."), u"MS"_s);
    p.addOptions({json, upcoming, ics, profile, endpoint, provider, region, apiVersion, timeout});
    if (const auto done = parseCommandLine(p, u"ec2"_s, arguments))
        return *done;
    QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return fail(
            Tr::tr("an action is needed: regions, instances, events, reschedule, start, stop, reboot or "
                   "terminate"),
            2);
    const QString verb = positional.takeFirst();

    QStringList regionList;
    if (p.isSet(region))
        regionList << p.value(region);
    const bool listing = (verb == u"instances"_s || verb == u"events"_s) && positional.isEmpty();
    if (listing && !p.isSet(profile) && !p.isSet(endpoint))
        return listAllClouds(p, verb, regionList);

    QString error;
    const auto selected = selectCloud(p, u"aws"_s, false, &error);
    if (!selected)
        return fail(error, p.isSet(profile) ? 1 : 2);
    CloudProfile cloud = selected->profile;
    const Credentials credentials = selected->credentials;
    if (!cloud.hasEc2())
        return fail(Tr::tr("%1 has no EC2 endpoint").arg(cloud.name));
    if (p.isSet(apiVersion))
        cloud.ec2ApiVersion = p.value(apiVersion);

    HttpTransport transport;
    if (listing)
        return list(&transport, p, verb, {{cloud, credentials, regionList}});
    Ec2Client client(&transport, cloud, credentials);
    if (verb == u"regions"_s && positional.isEmpty())
        return regions(&client, p.value(region), p.isSet(json));
    if (verb == u"reschedule"_s) {
        if (positional.size() != 3)
            return fail(Tr::tr("reschedule needs INSTANCE EVENT-ID TIME"), 2);
        return reschedule(&client, p.value(region), positional, p.isSet(json));
    }
    const QHash<QString, InstanceActionJob::Action> actions {{u"start"_s, InstanceActionJob::Action::Start},
        {u"stop"_s, InstanceActionJob::Action::Stop},
        {u"reboot"_s, InstanceActionJob::Action::Reboot},
        {u"terminate"_s, InstanceActionJob::Action::Terminate}};
    if (actions.contains(verb)) {
        if (positional.isEmpty())
            return fail(Tr::tr("%1 needs at least one instance id").arg(verb), 2);
        return action(&client, actions.value(verb), p.value(region), positional);
    }
    return fail(Tr::tr("unknown action or extra arguments: %1").arg(arguments.join(u' ')), 2);
}

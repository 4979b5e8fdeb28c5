// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2router.h"

#include <QFile>
#include <QUuid>

#include "auth/signer.h"
#include "auth/uriencode.h"
#include "ec2/ec2apiversions.h"
#include "ec2call.h"
#include "ec2demodata.h"
#include "ec2store.h"
#include "ec2xml.h"
#include "sandboxconfig.h"
#include "sandboxrequest.h"
#include "transport/clock.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxFormBody = 1024 * 1024;

bool isEucalyptusPath(const QByteArray &path)
{
    for (const QByteArrayView prefix : {"/services/Eucalyptus", "/services/compute"}) {
        if (path == prefix || path.startsWith(prefix.toByteArray() + '/'))
            return true;
    }
    return false;
}

bool isFormPost(const SandboxRequest &request)
{
    return request.method == "POST"
        && request.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded");
}

QList<QueryItem> formItems(const SandboxRequest &request)
{
    QByteArray body = request.body;
    if (body.isEmpty() && !request.bodyFile.isEmpty() && request.bodySize <= kMaxFormBody) {
        QFile file(request.bodyFile);
        if (file.open(QIODevice::ReadOnly))
            body = file.readAll();
    }
    QList<QueryItem> items;
    for (const QByteArray &part : body.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            items.append({UriEncode::decodeForm(part), QByteArray(), false});
        else
            items.append(
                {UriEncode::decodeForm(part.left(eq)), UriEncode::decodeForm(part.mid(eq + 1)), true});
    }
    return items;
}

// What the sandbox serves; an action not listed here is InvalidAction whatever the version.
const QList<QByteArray> &servedActions()
{
    static const QList<QByteArray> actions = {"DescribeRegions",
        "DescribeAvailabilityZones",
        "DescribeInstances",
        "DescribeInstanceStatus",
        "RunInstances",
        "StartInstances",
        "StopInstances",
        "RebootInstances",
        "TerminateInstances",
        "CreateTags",
        "DeleteTags",
        "ModifyInstanceEventStartTime"};
    return actions;
}

} // namespace

Ec2Router::Ec2Router(const SandboxConfig &config)
    : m_store(std::make_unique<Ec2Store>(config.dataDir))
    , m_regions(config.regions)
    , m_apiMax(config.ec2ApiMax)
    , m_clock(config.clock)
    , m_verifier(config.credentials, config.regions, config.clock)
    , m_describeInstances(m_store.get())
    , m_describeInstanceStatus(m_store.get())
    , m_lifecycle(m_store.get())
    , m_tags(m_store.get())
    , m_events(m_store.get())
{}

Ec2Router::~Ec2Router() = default;

bool Ec2Router::open(QString *error)
{
    if (!m_apiMax.isEmpty() && !Ec2ApiVersions::isVersionDate(m_apiMax)) {
        *error = u"--ec2-api-max wants a date such as 2011-07-15, not %1"_s.arg(m_apiMax);
        return false;
    }
    return m_store->open(error);
}

void Ec2Router::seedDemo()
{
    if (m_store->isEmpty())
        Ec2DemoData::populate(m_store.get(), m_regions, m_clock->nowUtc());
}

bool Ec2Router::isEc2(const SandboxRequest &request)
{
    if (isEucalyptusPath(request.rawPath) || request.hasQuery("Action"))
        return true;
    if (!isFormPost(request))
        return false;
    const QList<QueryItem> form = formItems(request);
    return std::any_of(form.cbegin(), form.cend(), [](const QueryItem &i) { return i.name == "Action"; });
}

QByteArray Ec2Router::actionOf(const SandboxRequest &request)
{
    for (const QueryItem &item : request.query) {
        if (item.name == "Action")
            return item.value;
    }
    if (!isFormPost(request))
        return {};
    for (const QueryItem &item : formItems(request)) {
        if (item.name == "Action")
            return item.value;
    }
    return {};
}

SandboxResponse Ec2Router::handle(const SandboxRequest &request) const
{
    Ec2Call call;
    call.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    call.now = m_clock->nowUtc();
    call.regions = m_regions;
    call.host = request.header("Host");
    const bool form = isFormPost(request);
    const QList<QueryItem> formParams = form ? formItems(request) : QList<QueryItem>();
    call.params = request.query + formParams;
    call.action = call.value("Action");
    call.version = QString::fromLatin1(call.value("Version"));

    SandboxResponse response;
    const Ec2AuthOutcome auth = m_verifier.verify(request, form ? formParams : request.query, form);
    if (!auth.ok) {
        response = call.error(auth.status, auth.code, auth.message);
    } else {
        call.region = auth.region.isEmpty() ? m_regions.first() : auth.region;
        response = dispatch(call);
    }
    response.addHeader("x-amzn-RequestId", call.requestId);
    response.addHeader("Date", SigningTime::httpDate(call.now));
    response.addHeader("Server", "SkylightSandbox");
    return response;
}

SandboxResponse Ec2Router::dispatch(const Ec2Call &call) const
{
    if (call.action.isEmpty())
        return call.missing("Action");
    if (call.version.isEmpty())
        return call.missing("Version");
    // A Version this cloud does not speak: newer than --ec2-api-max, or not a version date at all.
    if (!Ec2ApiVersions::isVersionDate(call.version) || (!m_apiMax.isEmpty() && call.version > m_apiMax))
        return call.error(400,
            "NoSuchVersion",
            "The requested version (" + call.version.toUtf8() + ") of service AmazonEC2 does not exist");
    // An action the sandbox does not serve, or one newer than the version asked for: what an older
    // cloud (Eucalyptus) answers for an action it does not know.
    if (!servedActions().contains(call.action)
        || !Ec2ApiVersions::offers(QString::fromLatin1(call.action), call.version))
        return call.error(
            400, "InvalidAction", "The action " + call.action + " is not valid for this web service.");
    if (call.value("DryRun") == "true")
        return call.error(412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");

    const QByteArray &a = call.action;
    if (a == "DescribeRegions")
        return m_regionActions.describeRegions(call);
    if (a == "DescribeAvailabilityZones")
        return m_regionActions.describeAvailabilityZones(call);
    if (a == "DescribeInstances")
        return m_describeInstances.handle(call);
    if (a == "DescribeInstanceStatus")
        return m_describeInstanceStatus.handle(call);
    if (a == "RunInstances")
        return m_lifecycle.runInstances(call);
    if (a == "StartInstances")
        return m_lifecycle.startInstances(call);
    if (a == "StopInstances")
        return m_lifecycle.stopInstances(call);
    if (a == "RebootInstances")
        return m_lifecycle.rebootInstances(call);
    if (a == "TerminateInstances")
        return m_lifecycle.terminateInstances(call);
    if (a == "CreateTags")
        return m_tags.createTags(call);
    if (a == "DeleteTags")
        return m_tags.deleteTags(call);
    return m_events.modifyInstanceEventStartTime(call);
}

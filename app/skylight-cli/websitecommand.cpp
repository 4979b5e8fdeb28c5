// SPDX-License-Identifier: GPL-3.0-or-later
#include "websitecommand.h"

#include <cstdio>
#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include "clidriver.h"
#include "s3/getbucketlocationjob.h"
#include "s3/s3client.h"
#include "transport/httptransport.h"
#include "website/getbucketwebsitejob.h"
#include "website/makeprivatejob.h"
#include "website/makepublicjob.h"
#include "website/objectredirectjob.h"
#include "website/putbucketwebsitejob.h"
#include "website/websiteendpoint.h"
#include "website/websitepublisher.h"
#include "website/websitereachabilityjob.h"
#include "website/websitesupport.h"

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WebsiteCommand)
};

int fail(const QString &text, int status = 1)
{
    return printError(u"s3 website"_s, text, status);
}

struct Session
{
    const QCommandLineParser &p;
    QString bucket;
    std::unique_ptr<HttpTransport> transport;
    std::unique_ptr<S3Client> client;
};

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    return f.read(WebsiteConfiguration::kMaxBytes + 1);
}

QJsonValue text(const std::optional<QString> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject toJson(const WebsiteConfiguration &c)
{
    QJsonObject o {{u"index"_s, text(c.indexSuffix)}, {u"error"_s, text(c.errorKey)}};
    if (c.redirectAll)
        o.insert(u"redirectAll"_s,
            QJsonObject {
                {u"hostName"_s, c.redirectAllHostName}, {u"protocol"_s, text(c.redirectAllProtocol)}});
    QJsonArray rules;
    for (const RoutingRule &r : c.routingRules) {
        QJsonObject rule;
        if (r.condition)
            rule.insert(u"condition"_s,
                QJsonObject {{u"keyPrefixEquals"_s, text(r.condition->keyPrefixEquals)},
                    {u"httpErrorCodeReturnedEquals"_s, text(r.condition->httpErrorCodeReturnedEquals)}});
        rule.insert(u"redirect"_s,
            QJsonObject {{u"protocol"_s, text(r.redirect.protocol)},
                {u"hostName"_s, text(r.redirect.hostName)},
                {u"replaceKeyPrefixWith"_s, text(r.redirect.replaceKeyPrefixWith)},
                {u"replaceKeyWith"_s, text(r.redirect.replaceKeyWith)},
                {u"httpRedirectCode"_s, text(r.redirect.httpRedirectCode)}});
        rules.append(rule);
    }
    o.insert(u"routingRules"_s, rules);
    return o;
}

int get(Session &s)
{
    const GetBucketWebsiteResult r = runToEnd(new GetBucketWebsiteJob(s.client.get(), s.bucket));
    if (!r.error.isOk())
        return fail(r.error.toString());
    if (!r.configuration) {
        printLine(Tr::tr("s3://%1 has no website configuration (hosting is off).").arg(s.bucket));
        return 0;
    }
    const WebsiteConfiguration &c = *r.configuration;
    if (s.p.isSet(u"xml"_s))
        std::fputs(c.toXml().constData(), stdout), std::fputs("\n", stdout);
    else if (s.p.isSet(u"json"_s))
        printLine(QString::fromUtf8(QJsonDocument(toJson(c)).toJson(QJsonDocument::Indented)).trimmed());
    else {
        if (c.redirectAll) {
            const QString target = c.redirectAllProtocol
                ? *c.redirectAllProtocol + u"://"_s + c.redirectAllHostName
                : c.redirectAllHostName;
            printLine(Tr::tr("redirect all: %1").arg(target));
        }
        if (c.indexSuffix)
            printLine(Tr::tr("index: %1").arg(*c.indexSuffix));
        if (c.errorKey)
            printLine(Tr::tr("error: %1").arg(*c.errorKey));
        if (!c.routingRules.isEmpty())
            printLine(Tr::tr("routing rules: %1").arg(c.routingRules.size()));
    }
    return 0;
}

int put(Session &s)
{
    const QCommandLineParser &p = s.p;
    QString error;
    std::optional<WebsiteConfiguration> config;
    if (p.isSet(u"xml-file"_s)) {
        const auto bytes = readFile(p.value(u"xml-file"_s), &error);
        if (!bytes)
            return fail(error, 2);
        const auto dialect = WebsiteSupport::dialect(s.client->profile().provider, &error);
        if (!dialect)
            return fail(error);
        Result<WebsiteConfiguration> parsed = WebsiteConfiguration::parse(*bytes, *dialect);
        if (!parsed.isOk())
            return fail(u"%1: %2"_s.arg(p.value(u"xml-file"_s), parsed.error().message()), 2);
        config = parsed.takeValue();
    } else {
        // Edit what the bucket has, so that nothing the options do not name is lost.
        const GetBucketWebsiteResult current = runToEnd(new GetBucketWebsiteJob(s.client.get(), s.bucket));
        if (!current.error.isOk())
            return fail(current.error.toString());
        const auto dialect = WebsiteSupport::dialect(s.client->profile().provider, &error);
        if (!dialect)
            return fail(error);
        config = current.configuration.value_or(WebsiteConfiguration(*dialect));
        if (p.isSet(u"redirect-all"_s)) {
            QString target = p.value(u"redirect-all"_s);
            config->redirectAll = true;
            config->redirectAllProtocol.reset();
            for (const QString &scheme : {u"http"_s, u"https"_s}) {
                if (target.startsWith(scheme + u"://"_s)) {
                    config->redirectAllProtocol = scheme;
                    target = target.mid(scheme.size() + 3);
                }
            }
            config->redirectAllHostName = target;
            config->indexSuffix.reset();
            config->errorKey.reset();
            config->routingRules.clear();
        } else if (p.isSet(u"index"_s) || p.isSet(u"error"_s)) {
            config->redirectAll = false;
        }
        if (p.isSet(u"index"_s))
            config->indexSuffix = p.value(u"index"_s);
        if (p.isSet(u"error"_s))
            config->errorKey = p.value(u"error"_s);
        if (p.isSet(u"routing-rules"_s)) {
            const auto bytes = readFile(p.value(u"routing-rules"_s), &error);
            if (!bytes)
                return fail(error, 2);
            Result<WebsiteConfiguration> rules
                = WebsiteConfiguration::parse("<WebsiteConfiguration>" + *bytes + "</WebsiteConfiguration>");
            if (!rules.isOk())
                return fail(u"%1: %2"_s.arg(p.value(u"routing-rules"_s), rules.error().message()), 2);
            config->routingRules = rules.value().routingRules;
        }
    }
    const QStringList problems = config->problems();
    if (!problems.isEmpty())
        return fail(problems.join(u'\n'), 2);
    const BucketWebsiteResult r = runToEnd(new PutBucketWebsiteJob(s.client.get(), s.bucket, *config));
    if (!r.error.isOk())
        return fail(r.error.toString());
    printLine(Tr::tr("website: s3://%1 configured").arg(s.bucket));
    return 0;
}

int remove(Session &s)
{
    const BucketWebsiteResult r = runToEnd(PutBucketWebsiteJob::remove(s.client.get(), s.bucket));
    if (!r.error.isOk())
        return fail(r.error.toString());
    printLine(Tr::tr("website: s3://%1 hosting turned off").arg(s.bucket));
    return 0;
}

int endpoint(Session &s)
{
    QString region = s.p.value(u"region"_s);
    if (s.client->profile().provider == CloudProvider::Aws && !s.p.isSet(u"region"_s)) {
        const GetBucketLocationResult where = runToEnd(new GetBucketLocationJob(s.client.get(), s.bucket));
        if (!where.error.isOk())
            return fail(where.error.toString());
        region = where.region;
    }
    const WebsiteEndpoint e
        = WebsiteEndpoint::forBucket(s.client->profile(), s.bucket, region, s.p.value(u"website-url"_s));
    if (!e.isValid())
        return fail(e.problem, 2);
    printLine(e.url.toString());
    if (!s.p.isSet(u"check"_s))
        return 0;
    const WebsiteReachabilityResult r = runToEnd(new WebsiteReachabilityJob(s.transport.get(), e.url));
    auto show = [](const QString &what, const WebsiteProbe &probe) {
        const QString status = probe.status ? QString::number(probe.status) : probe.error.humanSentence();
        printLine(u"%1 %2 %3"_s.arg(what, status, probe.url.toString()));
    };
    show(Tr::tr("index:"), r.index);
    show(Tr::tr("error page:"), r.missing);
    return 0;
}

QString recordPath(Session &s)
{
    const QString dir = s.p.isSet(u"record-dir"_s)
        ? s.p.value(u"record-dir"_s)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return PublicRecord::fileFor(dir, s.client->profile().s3Url().toString(), s.bucket);
}

void saveRecord(Session &s, const PublicRecord &done)
{
    QString error;
    if (!done.saveMerged(recordPath(s), &error))
        fail(Tr::tr("could not record what was changed: %1").arg(error));
}

int makePublic(Session &s)
{
    MakePublicJob::Options options;
    options.allowChangeBlock = s.p.isSet(u"allow-unblock"_s);
    options.dryRun = s.p.isSet(u"dry-run"_s);
    options.publicListing = s.p.isSet(u"allow-listing"_s);
    const MakePublicResult r = runToEnd(new MakePublicJob(s.client.get(), s.bucket, options));
    for (const QString &step : r.plan.steps)
        printLine((options.dryRun ? Tr::tr("would: %1") : Tr::tr("plan: %1")).arg(step));
    if (r.plan.route == MakePublicPlan::Route::Policy && r.plan.policy.changed && options.dryRun)
        printLine(QString::fromUtf8(r.plan.policy.json).trimmed());
    // Whatever was changed is recorded, even when a later step failed, so "private" can undo it.
    saveRecord(s, r.record);
    if (!r.error.isOk()) {
        if (r.plan.blocked) {
            fail(Tr::tr("Block Public Access stops this; what must change:"));
            for (const QString &b : r.plan.blockers)
                fail(u"  "_s + b);
            fail(Tr::tr(
                "Run again with --allow-unblock to let Skylight change these settings for this bucket."));
            return 1;
        }
        return fail(r.error.toString());
    }
    if (!options.dryRun)
        printLine(Tr::tr("public: s3://%1").arg(s.bucket));
    return 0;
}

int makePrivate(Session &s)
{
    const QString path = recordPath(s);
    std::optional<PublicRecord> record = PublicRecord::load(path);
    if (!record) { // no record here: take out Skylight's statement, if any, and nothing else
        record = PublicRecord();
        record->bucket = s.bucket;
        record->addedPolicyStatement = WebsiteSupport::mayHaveBucketPolicies(s.client->profile().provider);
    }
    const MakePrivateResult r = runToEnd(new MakePrivateJob(s.client.get(), *record));
    for (const QString &step : r.steps)
        printLine(step);
    QString error;
    if (r.remaining.isEmpty())
        QFile::remove(path);
    else if (!r.remaining.save(path, &error))
        fail(error);
    if (!r.error.isOk())
        return fail(r.error.toString());
    printLine(Tr::tr("private: s3://%1").arg(s.bucket));
    return 0;
}

int publish(Session &s, const QString &folder)
{
    PublishOptions o;
    o.folder = folder;
    o.bucket = s.bucket;
    if (s.p.isSet(u"index"_s))
        o.indexDocument = s.p.value(u"index"_s);
    o.errorDocument = s.p.value(u"error"_s);
    o.cacheControl = s.p.value(u"cache-control"_s);
    o.deleteRemoved = s.p.isSet(u"delete"_s);
    o.makePublic = !s.p.isSet(u"no-public"_s);
    o.allowUnblock = s.p.isSet(u"allow-unblock"_s);
    o.region = s.p.value(u"region"_s);
    o.websiteBase = s.p.value(u"website-url"_s);
    o.dryRun = s.p.isSet(u"dry-run"_s);
    auto *publisher = new WebsitePublisher(s.client.get(), o);
    QObject::connect(
        publisher, &WebsitePublisher::step, publisher, [](const QString &what) { printLine(what); });
    const PublishResult r = runToEnd(publisher);
    for (const PublishFile &f : r.plan.upload)
        printLine((o.dryRun ? Tr::tr("would upload: %1") : Tr::tr("upload: %1")).arg(f.key));
    for (const QString &key : r.plan.remove)
        printLine((o.dryRun ? Tr::tr("would delete: %1") : Tr::tr("delete: %1")).arg(key));
    saveRecord(s, r.record);
    if (r.error.kind() == ApiError::Kind::InvalidInput || r.error.kind() == ApiError::Kind::Local)
        return fail(r.error.message());
    if (!r.error.isOk())
        return fail(r.error.toString());
    printLine(Tr::tr("uploaded %1, unchanged %2, deleted %3")
                  .arg(r.uploaded.size())
                  .arg(r.plan.unchanged.size())
                  .arg(r.deleted.size()));
    if (r.endpoint.isValid())
        printLine(Tr::tr("site: %1").arg(r.endpoint.url.toString()));
    if (r.reachability) {
        printLine(Tr::tr("index: %1").arg(r.reachability->index.status));
        printLine(Tr::tr("error page: %1").arg(r.reachability->missing.status));
    }
    return 0;
}

int redirect(Session &s, const QString &key, const QString &target)
{
    const QString problem = ObjectRedirectJob::problem(target);
    if (!problem.isEmpty())
        return fail(problem, 2);
    const ObjectRedirectResult r = runToEnd(new ObjectRedirectJob(s.client.get(), s.bucket, key, target));
    if (!r.error.isOk())
        return fail(r.error.toString());
    printLine(Tr::tr("redirect: s3://%1/%2 -> %3").arg(s.bucket, key, target));
    return 0;
}

} // namespace

int runWebsiteCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Static-website settings of a bucket: get, put, delete, endpoint, public, private."));
    p.addHelpOption();
    p.addOptions(s3CloudOptions());
    p.addOptions({
        {u"region"_s, Tr::tr("The bucket's region (endpoint: otherwise asked of AWS)."), u"REGION"_s},
        {u"keychain-timeout"_s, Tr::tr("Wait at most MS for the keychain."), u"MS"_s},
        {u"index"_s, Tr::tr("put: the index document suffix (index.html)."), u"NAME"_s},
        {u"error"_s, Tr::tr("put: the error document key (error.html)."), u"KEY"_s},
        {u"redirect-all"_s, Tr::tr("put: redirect every request to [http(s)://]HOST."), u"HOST"_s},
        {u"routing-rules"_s,
            Tr::tr("put: the routing rules, an XML file with a <RoutingRules> element."),
            u"FILE"_s},
        {u"xml"_s,
            Tr::tr("put: send this WebsiteConfiguration file as it is (checked first); get: print the XML.")},
        {u"json"_s, Tr::tr("get: print JSON.")},
        {u"website-url"_s,
            Tr::tr(
                "endpoint: the cloud's website URL where it has its own (the sandbox's website= address)."),
            u"URL"_s},
        {u"check"_s,
            Tr::tr("endpoint: fetch the index and a missing page through the endpoint and print their HTTP "
                   "status.")},
        {u"dry-run"_s, Tr::tr("public: print the plan and the policy without changing anything.")},
        {u"allow-unblock"_s,
            Tr::tr("public: relax the bucket's Block Public Access settings when they are in the way.")},
        {u"allow-listing"_s,
            Tr::tr("public: also let everyone list the keys, so missing pages answer 404 rather than 403.")},
        {u"record-dir"_s,
            Tr::tr("public, private: where the record of what was made public is kept."),
            u"DIR"_s},
        {u"delete"_s, Tr::tr("publish: delete objects the folder no longer has.")},
        {u"cache-control"_s, Tr::tr("publish: the Cache-Control header of the uploaded files."), u"VALUE"_s},
        {u"no-public"_s, Tr::tr("publish: do not make the bucket public.")},
    });
    p.addPositionalArgument(u"action"_s,
        Tr::tr("get|put|delete|endpoint|public|private s3://BUCKET, publish DIR s3://BUCKET, redirect "
               "s3://BUCKET/KEY TARGET"));
    // --xml is a flag for get and takes a FILE for put: look ahead.
    QStringList args = arguments;
    const bool putAction = !args.isEmpty() && args.first() == u"put";
    if (putAction) {
        QCommandLineOption xmlFile(
            u"xml-file"_s, Tr::tr("put: the WebsiteConfiguration file to send."), u"FILE"_s);
        xmlFile.setFlags(QCommandLineOption::HiddenFromHelp);
        p.addOption(xmlFile);
        for (QString &a : args) {
            if (a == u"--xml")
                a = u"--xml-file"_s;
            else if (a.startsWith(u"--xml="))
                a = u"--xml-file="_s + a.mid(6);
        }
    }
    if (const auto done = parseCommandLine(p, u"s3 website"_s, args))
        return *done;
    QStringList positional = p.positionalArguments();
    // publish DIR s3://BUCKET and redirect s3://BUCKET/KEY TARGET: the bucket goes second.
    QString extra;
    if (positional.size() == 3 && positional[0] == u"publish")
        extra = positional.takeAt(1);
    else if (positional.size() == 3 && positional[0] == u"redirect")
        extra = positional.takeAt(2);
    else if (positional.value(0) == u"publish" || positional.value(0) == u"redirect")
        return fail(
            Tr::tr("usage: skylight-cli s3 website publish DIR s3://BUCKET [--delete] [--index F] [--error "
                   "F] | redirect s3://BUCKET/KEY TARGET"),
            2);
    QString key;
    if (positional.value(0) == u"redirect" && positional.size() == 2 && positional[1].startsWith(u"s3://")) {
        const qsizetype slash = positional[1].indexOf(u'/', 5);
        if (slash < 0 || slash == positional[1].size() - 1)
            return fail(Tr::tr("redirect needs s3://BUCKET/KEY"), 2);
        key = positional[1].mid(slash + 1);
        positional[1] = positional[1].left(slash);
    }
    if (positional.size() != 2 || !positional[1].startsWith(u"s3://"))
        return fail(
            Tr::tr("usage: skylight-cli s3 website get|put|delete|endpoint|public|private s3://BUCKET"), 2);
    const QString action = positional[0];
    QString bucket = positional[1].mid(5);
    if (bucket.endsWith(u'/'))
        bucket.chop(1);
    if (bucket.isEmpty() || bucket.contains(u'/'))
        return fail(Tr::tr("%1 needs s3://BUCKET").arg(action), 2);
    QString error;
    const auto cloud = selectCloud(p, u"s3-compatible"_s, true, &error);
    if (!cloud)
        return fail(error, 2);
    Session s {p, bucket, std::make_unique<HttpTransport>(), nullptr};
    s.client = std::make_unique<S3Client>(s.transport.get(), cloud->profile, cloud->credentials);
    if (action == u"get")
        return get(s);
    static const QStringList kWrites {
        u"put"_s, u"delete"_s, u"public"_s, u"private"_s, u"publish"_s, u"redirect"_s};
    if (kWrites.contains(action)) {
        if (const QString why = cloud->profile.writeRefusal(cloud->credentials); !why.isEmpty())
            return fail(why);
    }
    if (action == u"put") {
        if (p.isSet(u"xml-file"_s)
            == (p.isSet(u"index"_s) || p.isSet(u"error"_s) || p.isSet(u"redirect-all"_s)
                || p.isSet(u"routing-rules"_s)))
            return fail(
                Tr::tr("put needs --xml FILE, or some of --index, --error, --redirect-all, --routing-rules"),
                2);
        return put(s);
    }
    if (action == u"delete")
        return remove(s);
    if (action == u"endpoint")
        return endpoint(s);
    if (action == u"public")
        return makePublic(s);
    if (action == u"private")
        return makePrivate(s);
    if (action == u"publish")
        return publish(s, extra);
    if (action == u"redirect")
        return redirect(s, key, extra);
    return fail(Tr::tr("unknown action %1").arg(action), 2);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3command.h"

#include <cstdio>
#include <limits>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include "clidriver.h"
#include "clouds/adhocprofile.h"
#include "clouds/credentialjob.h"
#include "clouds/credentialstore.h"
#include "clouds/environmentcredentials.h"
#include "clouds/profilestore.h"
#include "s3/createbucketjob.h"
#include "s3/deletebucketjob.h"
#include "s3/deleteobjectjob.h"
#include "s3/deleteobjectsjob.h"
#include "s3/listbucketsjob.h"
#include "s3/listingguard.h"
#include "s3/listobjectsjob.h"
#include "s3/s3client.h"
#include "s3copycommand.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

struct S3Command
{
    Q_DECLARE_TR_FUNCTIONS(S3Command)
};

// "yyyy-MM-dd HH:mm:ss" in local time, as QDateTime::toLocalTime().toString() gives it, but with
// the local offset looked up once per quarter hour of UTC (every time-zone change falls on one)
// and the text written by hand: a local-time conversion per key (a tzset() and a stat of
// /etc/localtime each) was a fifth of the CPU of listing 100,000 keys.
class LocalTimeText
{
public:
    QString operator()(const QDateTime &utc)
    {
        if (!utc.isValid())
            return utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        const qint64 secs = utc.toSecsSinceEpoch();
        const qint64 quarter = secs >= 0 ? secs / 900 : (secs - 899) / 900;
        if (quarter != m_quarter) {
            m_quarter = quarter;
            m_offset = utc.toLocalTime().offsetFromUtc();
        }
        const qint64 local = secs + m_offset;
        const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
        const int inDay = int(local - days * 86400);
        const QDate date = QDate::fromJulianDay(days + 2440588); // 2440588: 1970-01-01
        char text[32];
        const int n = std::snprintf(text,
            sizeof text,
            "%04d-%02d-%02d %02d:%02d:%02d",
            date.year(),
            date.month(),
            date.day(),
            inDay / 3600,
            inDay / 60 % 60,
            inDay % 60);
        return QString::fromLatin1(text, n);
    }

private:
    qint64 m_quarter = std::numeric_limits<qint64>::min();
    int m_offset = 0;
};

int fail(const QString &text, int status = 1)
{
    return printError(u"s3"_s, text, status);
}

struct S3Url
{
    QString bucket;
    QString key; // or prefix
};

std::optional<S3Url> parseS3Url(const QString &text)
{
    if (!text.startsWith(u"s3://"))
        return std::nullopt;
    const QString rest = text.mid(5);
    const qsizetype slash = rest.indexOf(u'/');
    S3Url url {slash < 0 ? rest : rest.left(slash), slash < 0 ? QString() : rest.mid(slash + 1)};
    if (url.bucket.isEmpty())
        return std::nullopt;
    return url;
}

struct Session
{
    std::unique_ptr<HttpTransport> transport;
    std::unique_ptr<S3Client> client;
    bool json = false;
    bool recursive = false;
    QString writeRefusal; // why nothing may be written to the cloud (read-only, no keys); "" if it may
};

// The cloud named by --profile, or an ad-hoc one from --endpoint-url and the environment's keys.
QString openSession(const QCommandLineParser &p, Session &s)
{
    QString error;
    const auto cloud = selectCloud(p, u"s3-compatible"_s, true, &error);
    if (!cloud)
        return error;
    if (!cloud->profile.problems().isEmpty())
        return cloud->profile.problems().join(u' ');
    s.transport = std::make_unique<HttpTransport>();
    s.client = std::make_unique<S3Client>(s.transport.get(), cloud->profile, cloud->credentials);
    s.writeRefusal = cloud->profile.writeRefusal(cloud->credentials);
    return {};
}

// Every page of a listing; onPage returns false to stop.
ApiError listAll(
    Session &s, ListObjectsRequest request, const std::function<void(const ObjectListing &)> &onPage)
{
    ListingGuard guard; // a server repeating itself: keys shown once, no endless loop
    do {
        ListObjectsResult r = runToEnd(s.client->listObjects(request));
        if (!r.error.isOk())
            return r.error;
        const ApiError loop = guard.admit(r.page);
        onPage(r.page);
        if (!loop.isOk())
            return loop;
        request.continuationToken = r.page.nextToken;
        request.v1 = r.usedV1;
    } while (!request.continuationToken.isEmpty());
    return ApiError::ok();
}

int ls(Session &s, const QStringList &args)
{
    QJsonArray rows;
    if (args.isEmpty()) {
        const ListBucketsResult r = runToEnd(s.client->listBuckets());
        if (!r.error.isOk())
            return fail(r.error.toString());
        for (const BucketEntry &b : r.list.buckets) {
            if (s.json)
                rows.append(
                    QJsonObject {{u"name"_s, b.name}, {u"created"_s, b.created.toString(Qt::ISODate)}});
            else
                printLine(b.created.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u' ' + b.name);
        }
    } else {
        const auto url = parseS3Url(args.first());
        if (!url)
            return fail(S3Command::tr("not an s3:// URL: %1").arg(args.first()), 2);
        ListObjectsRequest request;
        request.bucket = url->bucket;
        request.prefix = url->key;
        request.delimiter = s.recursive ? QString() : u"/"_s;
        // Text goes out one page at a time, and a time shared by neighbouring keys (a bulk upload)
        // is converted to local time once: a listing of 100,000 keys is mostly this loop.
        QDateTime lastTime;
        QString lastText;
        LocalTimeText localTime;
        const ApiError error = listAll(s, request, [&](const ObjectListing &page) {
            QString text;
            for (const QString &prefix : page.commonPrefixes) {
                if (s.json)
                    rows.append(QJsonObject {{u"prefix"_s, prefix}});
                else
                    text += u"                           PRE "_s
                        + prefix.mid(s.recursive ? 0 : url->key.size()) + u'\n';
            }
            for (const ObjectEntry &o : page.objects) {
                if (s.json) {
                    rows.append(QJsonObject {{u"key"_s, o.key},
                        {u"size"_s, o.size},
                        {u"etag"_s, QString::fromUtf8(o.etag)},
                        {u"lastModified"_s, o.lastModified.toString(Qt::ISODate)},
                        {u"storageClass"_s, o.storageClass}});
                    continue;
                }
                if (o.lastModified != lastTime) {
                    lastTime = o.lastModified;
                    lastText = localTime(o.lastModified);
                }
                text += lastText;
                text += u' ';
                text += u"%1"_s.arg(o.size, 10);
                text += u' ';
                text += QStringView(o.key).mid(s.recursive ? 0 : url->key.size());
                text += u'\n';
            }
            if (!text.isEmpty()) {
                const QByteArray bytes = text.toUtf8();
                std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
            }
        });
        std::fflush(stdout);
        if (!error.isOk())
            return fail(error.toString());
    }
    if (s.json)
        printLine(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

int rm(Session &s, const QStringList &args)
{
    const auto url = args.size() == 1 ? parseS3Url(args.first()) : std::nullopt;
    if (!url || (url->key.isEmpty() && !s.recursive))
        return fail(S3Command::tr("rm needs s3://BUCKET/KEY (or a prefix with --recursive)"), 2);
    if (!s.recursive) {
        const DeleteObjectResult r = runToEnd(s.client->deleteObject({url->bucket, url->key}));
        if (!r.error.isOk())
            return fail(r.error.toString());
        printLine(u"delete: s3://%1/%2"_s.arg(url->bucket, url->key));
        return 0;
    }
    QStringList keys;
    ListObjectsRequest request;
    request.bucket = url->bucket;
    request.prefix = url->key;
    const ApiError error = listAll(s, request, [&](const ObjectListing &page) {
        for (const ObjectEntry &o : page.objects)
            keys.append(o.key);
    });
    if (!error.isOk())
        return fail(error.toString());
    const DeleteObjectsResult r = runToEnd(s.client->deleteObjects({url->bucket, keys}));
    for (const QString &key : r.outcome.deleted)
        printLine(u"delete: s3://%1/%2"_s.arg(url->bucket, key));
    for (const DeleteOutcome::Failure &f : r.outcome.errors)
        fail(u"s3://%1/%2: %3 %4"_s.arg(url->bucket, f.key, f.code, f.message));
    if (!r.error.isOk())
        return fail(r.error.toString());
    return r.outcome.errors.isEmpty() ? 0 : 1;
}

int bucketCommand(Session &s, const QString &action, const QStringList &args, const QString &region)
{
    const auto url = args.size() == 1 ? parseS3Url(args.first()) : std::nullopt;
    if (!url || !url->key.isEmpty())
        return fail(S3Command::tr("%1 needs s3://BUCKET").arg(action), 2);
    const ApiError error = action == u"mb" ? runToEnd(s.client->createBucket({url->bucket, region})).error
                                           : runToEnd(s.client->deleteBucket({url->bucket, {}})).error;
    if (!error.isOk())
        return fail(error.toString());
    printLine(u"%1: s3://%2"_s.arg(action == u"mb" ? u"make_bucket"_s : u"remove_bucket"_s, url->bucket));
    return 0;
}

int presign(Session &s, const QStringList &args, const QString &expires)
{
    const auto url = args.size() == 1 ? parseS3Url(args.first()) : std::nullopt;
    if (!url || url->key.isEmpty())
        return fail(S3Command::tr("presign needs s3://BUCKET/KEY"), 2);
    bool ok = false;
    const qint64 seconds = expires.isEmpty() ? 3600 : expires.toLongLong(&ok);
    if (!expires.isEmpty() && (!ok || seconds < 0))
        return fail(S3Command::tr("--expires takes a number of seconds"), 2);
    QString error;
    const QUrl signedUrl = s.client->presign("GET", url->bucket, url->key, seconds, &error);
    if (signedUrl.isEmpty())
        return fail(error);
    printLine(QString::fromUtf8(signedUrl.toEncoded()));
    return 0;
}

} // namespace

int runS3Command(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(S3Command::tr("Lists, copies, removes and shares objects and buckets."));
    p.addHelpOption();
    p.addOptions(s3CloudOptions());
    p.addOptions({
        {u"region"_s, S3Command::tr("The region (mb: where the bucket is made)."), u"REGION"_s},
        {u"recursive"_s, S3Command::tr("ls: every key; cp, rm: a whole folder or prefix.")},
        {u"json"_s, S3Command::tr("ls: print JSON.")},
        {u"journal"_s,
            S3Command::tr(
                "cp: the folder of the resume journal (default: the user's data folder); a killed cp "
                "run again with the same arguments continues where it stopped."),
            u"DIR"_s},
        {u"no-journal"_s,
            S3Command::tr("cp: keep no journal (a killed cp starts again from the beginning).")},
        {u"max-files"_s, S3Command::tr("cp: files moving at once (default 8)."), u"N"_s},
        {u"max-parts"_s, S3Command::tr("cp: parts or ranges in flight over all files (default 8)."), u"N"_s},
        {u"part-size"_s,
            S3Command::tr("cp: the smallest part size in MiB (default 8; at least 5)."),
            u"MIB"_s},
        {u"expires"_s,
            S3Command::tr("presign: seconds the link stays valid (default 3600, at most 604800 for SigV4)."),
            u"S"_s},
    });
    p.addPositionalArgument(u"action"_s,
        S3Command::tr("ls [s3://B[/P]], cp SRC DST, rm s3://B/K, mb s3://B, rb s3://B, presign s3://B/K"));
    if (const auto done = parseCommandLine(p, u"s3"_s, arguments))
        return *done;
    QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return fail(S3Command::tr("an action is needed: ls, cp, rm, mb, rb or presign"), 2);
    const QString action = positional.takeFirst();
    Session s;
    s.json = p.isSet(u"json"_s);
    s.recursive = p.isSet(u"recursive"_s);
    const QString problem = openSession(p, s);
    if (!problem.isEmpty())
        return fail(problem, 2);
    if (action == u"ls")
        return ls(s, positional);
    // Refused before a request is made: a copy to s3://, rm, mb and rb all write to the cloud.
    const bool writes = action == u"rm" || action == u"mb" || action == u"rb"
        || (action == u"cp" && positional.size() == 2 && positional[1].startsWith(u"s3://"));
    if (writes && !s.writeRefusal.isEmpty())
        return fail(s.writeRefusal);
    if (action == u"cp") {
        if (positional.size() != 2)
            return fail(S3Command::tr("cp needs SOURCE and DESTINATION"), 2);
        S3CopyOptions options;
        options.recursive = s.recursive;
        if (!p.isSet(u"no-journal"_s))
            options.journal = p.isSet(u"journal"_s)
                ? p.value(u"journal"_s)
                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/transfers"_s;
        bool ok = true;
        if (p.isSet(u"max-files"_s))
            options.maxFiles = qBound(1, p.value(u"max-files"_s).toInt(&ok), 256);
        if (ok && p.isSet(u"max-parts"_s))
            options.maxParts = qBound(1, p.value(u"max-parts"_s).toInt(&ok), 256);
        if (ok && p.isSet(u"part-size"_s))
            options.partSize = qMax(5, p.value(u"part-size"_s).toInt(&ok)) * qint64(1024 * 1024);
        if (!ok)
            return fail(S3Command::tr("--max-files, --max-parts and --part-size take a number"), 2);
        return copyThroughQueue(s.client.get(), positional[0], positional[1], options);
    }
    if (action == u"rm")
        return rm(s, positional);
    if (action == u"mb" || action == u"rb")
        return bucketCommand(s, action, positional, p.value(u"region"_s));
    if (action == u"presign")
        return presign(s, positional, p.value(u"expires"_s));
    return fail(S3Command::tr("unknown action %1").arg(action), 2);
}

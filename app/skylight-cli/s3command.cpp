// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3command.h"

#include <cstdio>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "clidriver.h"
#include "clouds/adhocprofile.h"
#include "clouds/credentialjob.h"
#include "clouds/credentialstore.h"
#include "clouds/environmentcredentials.h"
#include "clouds/profilestore.h"
#include "s3/copyobjectjob.h"
#include "s3/createbucketjob.h"
#include "s3/deletebucketjob.h"
#include "s3/deleteobjectjob.h"
#include "s3/deleteobjectsjob.h"
#include "s3/listbucketsjob.h"
#include "s3/listobjectsjob.h"
#include "s3/s3client.h"
#include "transfer/download.h"
#include "transfer/localpath.h"
#include "transfer/upload.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

struct S3Command
{
    Q_DECLARE_TR_FUNCTIONS(S3Command)
};

QString tr(const char *text)
{
    return S3Command::tr(text);
}

void out(const QString &text)
{
    std::fputs((text + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

int fail(const QString &text, int status = 1)
{
    std::fputs((u"skylight-cli s3: "_s + text + u'\n').toUtf8().constData(), stderr);
    return status;
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

QString baseName(const QString &key)
{
    return key.section(u'/', -1);
}

struct Session
{
    std::unique_ptr<HttpTransport> transport;
    std::unique_ptr<S3Client> client;
    bool json = false;
    bool recursive = false;
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
    return {};
}

// Every page of a listing; onPage returns false to stop.
ApiError listAll(
    Session &s, ListObjectsRequest request, const std::function<void(const ObjectListing &)> &onPage)
{
    do {
        const ListObjectsResult r = runToEnd(s.client->listObjects(request));
        if (!r.error.isOk())
            return r.error;
        onPage(r.page);
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
                out(b.created.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u' ' + b.name);
        }
    } else {
        const auto url = parseS3Url(args.first());
        if (!url)
            return fail(tr("not an s3:// URL: %1").arg(args.first()), 2);
        ListObjectsRequest request;
        request.bucket = url->bucket;
        request.prefix = url->key;
        request.delimiter = s.recursive ? QString() : u"/"_s;
        const ApiError error = listAll(s, request, [&](const ObjectListing &page) {
            for (const QString &prefix : page.commonPrefixes) {
                if (s.json)
                    rows.append(QJsonObject {{u"prefix"_s, prefix}});
                else
                    out(u"                           PRE "_s + prefix.mid(s.recursive ? 0 : url->key.size()));
            }
            for (const ObjectEntry &o : page.objects) {
                if (s.json)
                    rows.append(QJsonObject {{u"key"_s, o.key},
                        {u"size"_s, o.size},
                        {u"etag"_s, QString::fromUtf8(o.etag)},
                        {u"lastModified"_s, o.lastModified.toString(Qt::ISODate)},
                        {u"storageClass"_s, o.storageClass}});
                else
                    out(u"%1 %2 %3"_s.arg(o.lastModified.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s))
                            .arg(o.size, 10)
                            .arg(s.recursive ? o.key : o.key.mid(url->key.size())));
            }
        });
        if (!error.isOk())
            return fail(error.toString());
    }
    if (s.json)
        out(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

int uploadOne(Session &s, const QString &path, const S3Url &to)
{
    const UploadResult r = runToEnd(new Upload(s.client.get(), path, to.bucket, to.key));
    if (!r.error.isOk())
        return fail(u"%1: %2"_s.arg(path, r.error.toString()));
    out(u"upload: %1 to s3://%2/%3"_s.arg(path, to.bucket, to.key));
    return 0;
}

int downloadOne(Session &s, const S3Url &from, const QString &target, const QString &folder)
{
    const DownloadResult r = runToEnd(new Download(s.client.get(), {from.bucket, from.key, target, folder}));
    if (!r.error.isOk())
        return fail(u"s3://%1/%2: %3"_s.arg(from.bucket, from.key, r.error.toString()));
    out(u"download: s3://%1/%2 to %3"_s.arg(from.bucket, from.key, target));
    return 0;
}

// Bucket to bucket, on the server (CopyObject: objects up to 5 GB).
int copyOne(Session &s, const S3Url &from, S3Url to)
{
    if (s.recursive)
        return fail(tr("--recursive bucket to bucket copies are not done yet"), 2);
    if (to.key.isEmpty() || to.key.endsWith(u'/'))
        to.key += baseName(from.key);
    const CopyObjectResult r
        = runToEnd(s.client->copyObject({from.bucket, from.key, to.bucket, to.key, {}, {}, false}));
    if (!r.error.isOk())
        return fail(r.error.toString());
    out(u"copy: s3://%1/%2 to s3://%3/%4"_s.arg(from.bucket, from.key, to.bucket, to.key));
    return 0;
}

int cp(Session &s, const QStringList &args)
{
    if (args.size() != 2)
        return fail(tr("cp needs SOURCE and DESTINATION"), 2);
    const auto from = parseS3Url(args[0]);
    const auto to = parseS3Url(args[1]);
    if (from && to)
        return copyOne(s, *from, *to);
    if (!from && !to)
        return fail(tr("one of SOURCE and DESTINATION must be an s3:// URL"), 2);
    if (to) { // local → bucket
        const QFileInfo source(args[0]);
        if (source.isDir()) {
            if (!s.recursive)
                return fail(tr("%1 is a folder: use --recursive").arg(args[0]), 2);
            QString prefix = to->key;
            if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
                prefix += u'/';
            QDirIterator it(
                source.absoluteFilePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            int status = 0;
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = QDir(source.absoluteFilePath()).relativeFilePath(path);
                status = qMax(status, uploadOne(s, path, {to->bucket, prefix + relative}));
            }
            return status;
        }
        S3Url target = *to;
        if (target.key.isEmpty() || target.key.endsWith(u'/'))
            target.key += source.fileName();
        return uploadOne(s, args[0], target);
    }
    // bucket → local
    if (s.recursive) {
        QString prefix = from->key;
        if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
            prefix += u'/';
        const QString folder = QDir(args[1]).absolutePath();
        if (!QDir().mkpath(folder))
            return fail(tr("cannot create %1").arg(folder));
        QStringList keys;
        ListObjectsRequest request;
        request.bucket = from->bucket;
        request.prefix = prefix;
        const ApiError error = listAll(s, request, [&](const ObjectListing &page) {
            for (const ObjectEntry &o : page.objects)
                keys.append(o.key);
        });
        if (!error.isOk())
            return fail(error.toString());
        int status = 0;
        for (const QString &key : std::as_const(keys)) {
            const LocalPath local = localPathForKey(folder, prefix, key);
            if (!local.isOk()) {
                std::fputs((tr("skipped: %1").arg(local.problem) + u'\n').toUtf8().constData(), stderr);
                continue;
            }
            status = qMax(status, downloadOne(s, {from->bucket, key}, local.path, folder));
        }
        return status;
    }
    const QFileInfo dest(args[1]);
    if (dest.isDir() || args[1].endsWith(u'/')) {
        const QString folder = dest.absoluteFilePath();
        const LocalPath local = localPathForKey(folder, {}, baseName(from->key));
        if (!local.isOk())
            return fail(local.problem);
        return downloadOne(s, *from, local.path, folder);
    }
    return downloadOne(s, *from, dest.absoluteFilePath(), {});
}

int rm(Session &s, const QStringList &args)
{
    const auto url = args.size() == 1 ? parseS3Url(args.first()) : std::nullopt;
    if (!url || (url->key.isEmpty() && !s.recursive))
        return fail(tr("rm needs s3://BUCKET/KEY (or a prefix with --recursive)"), 2);
    if (!s.recursive) {
        const DeleteObjectResult r = runToEnd(s.client->deleteObject({url->bucket, url->key}));
        if (!r.error.isOk())
            return fail(r.error.toString());
        out(u"delete: s3://%1/%2"_s.arg(url->bucket, url->key));
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
        out(u"delete: s3://%1/%2"_s.arg(url->bucket, key));
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
        return fail(tr("%1 needs s3://BUCKET").arg(action), 2);
    const ApiError error = action == u"mb" ? runToEnd(s.client->createBucket({url->bucket, region})).error
                                           : runToEnd(s.client->deleteBucket({url->bucket, {}})).error;
    if (!error.isOk())
        return fail(error.toString());
    out(u"%1: s3://%2"_s.arg(action == u"mb" ? u"make_bucket"_s : u"remove_bucket"_s, url->bucket));
    return 0;
}

int presign(Session &s, const QStringList &args, const QString &expires)
{
    const auto url = args.size() == 1 ? parseS3Url(args.first()) : std::nullopt;
    if (!url || url->key.isEmpty())
        return fail(tr("presign needs s3://BUCKET/KEY"), 2);
    bool ok = false;
    const qint64 seconds = expires.isEmpty() ? 3600 : expires.toLongLong(&ok);
    if (!expires.isEmpty() && (!ok || seconds < 0))
        return fail(tr("--expires takes a number of seconds"), 2);
    QString error;
    const QUrl signedUrl = s.client->presign("GET", url->bucket, url->key, seconds, &error);
    if (signedUrl.isEmpty())
        return fail(error);
    out(QString::fromUtf8(signedUrl.toEncoded()));
    return 0;
}

} // namespace

int runS3Command(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists, copies, removes and shares objects and buckets."));
    p.addHelpOption();
    p.addOptions({
        {u"profile"_s, tr("The cloud profile to use."), u"NAME"_s},
        {u"endpoint-url"_s,
            tr("An ad-hoc cloud at this URL (keys from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)."),
            u"URL"_s},
        {u"provider"_s,
            tr("With --endpoint-url: aws, eucalyptus, gcs, internet-archive, s3-compatible or sandbox."),
            u"NAME"_s},
        {u"region"_s, tr("The region (mb: where the bucket is made)."), u"REGION"_s},
        {u"recursive"_s, tr("ls: every key; cp, rm: a whole folder or prefix.")},
        {u"json"_s, tr("ls: print JSON.")},
        {u"expires"_s,
            tr("presign: seconds the link stays valid (default 3600, at most 604800 for SigV4)."),
            u"S"_s},
    });
    p.addPositionalArgument(
        u"action"_s, tr("ls [s3://B[/P]], cp SRC DST, rm s3://B/K, mb s3://B, rb s3://B, presign s3://B/K"));
    if (!p.parse(QStringList {u"skylight-cli s3"_s} + arguments))
        return fail(p.errorText(), 2);
    if (p.isSet(u"help"_s)) {
        out(p.helpText());
        return 0;
    }
    QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return fail(tr("an action is needed: ls, cp, rm, mb, rb or presign"), 2);
    const QString action = positional.takeFirst();
    Session s;
    s.json = p.isSet(u"json"_s);
    s.recursive = p.isSet(u"recursive"_s);
    const QString problem = openSession(p, s);
    if (!problem.isEmpty())
        return fail(problem, 2);
    if (action == u"ls")
        return ls(s, positional);
    if (action == u"cp")
        return cp(s, positional);
    if (action == u"rm")
        return rm(s, positional);
    if (action == u"mb" || action == u"rb")
        return bucketCommand(s, action, positional, p.value(u"region"_s));
    if (action == u"presign")
        return presign(s, positional, p.value(u"expires"_s));
    return fail(tr("unknown action %1").arg(action), 2);
}

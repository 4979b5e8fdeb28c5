// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/websitepublisher.h"

#include <QCoreApplication>
#include <QUuid>

#include "s3/deleteobjectsjob.h"
#include "s3/listobjectsjob.h"
#include "s3/putobjectjob.h"
#include "s3/s3client.h"
#include "transport/offthread.h"
#include "website/getbucketwebsitejob.h"
#include "website/jobsteps.h"
#include "website/makepublicjob.h"
#include "website/putbucketwebsitejob.h"
#include "website/websitesupport.h"

using namespace Qt::StringLiterals;

WebsitePublisher::WebsitePublisher(S3Client *client, PublishOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{}

void WebsitePublisher::start()
{
    Q_EMIT step(tr("Reading %1…").arg(m_options.folder));
    const QString folder = m_options.folder;
    runOffThread(
        this,
        [folder] { return PublishPlan::scan(folder); },
        [this](const Result<QList<PublishFile>> &scanned) {
            if (!scanned.isOk())
                return finish(scanned.error());
            m_local = scanned.value();
            if (m_local.isEmpty())
                return finish(
                    ApiError(ApiError::Kind::InvalidInput, tr("The folder has no files to publish.")));
            list({});
        });
}

void WebsitePublisher::cancel()
{
    m_canceled = true;
}

void WebsitePublisher::list(const QString &token)
{
    if (m_canceled)
        return finish(ApiError(ApiError::Kind::Aborted, tr("Publishing was canceled.")));
    Q_EMIT step(tr("Listing s3://%1…").arg(m_options.bucket));
    ListObjectsRequest request;
    request.bucket = m_options.bucket;
    request.continuationToken = token;
    ListObjectsJob *job = m_client->listObjects(request);
    connect(job, &ListObjectsJob::finished, this, [this](const ListObjectsResult &r) {
        if (!r.error.isOk())
            return finish(r.error);
        ObjectListing page = r.page;
        const ApiError guarded = m_guard.admit(page);
        if (!guarded.isOk())
            return finish(guarded);
        m_remote += page.objects;
        if (page.truncated && !page.nextToken.isEmpty())
            return list(page.nextToken);
        planned();
    });
    job->start();
}

void WebsitePublisher::planned()
{
    auto has = [this](const QString &key) {
        return std::any_of(
            m_local.cbegin(), m_local.cend(), [&](const PublishFile &f) { return f.key == key; });
    };
    if (!has(m_options.indexDocument))
        return finish(ApiError(ApiError::Kind::InvalidInput,
            tr("The folder has no %1 at its top, so the site would have no home page.")
                .arg(m_options.indexDocument)));
    if (m_options.errorDocument.isEmpty()) {
        for (const QString &candidate : {u"error.html"_s, u"404.html"_s}) {
            if (has(candidate)) {
                m_options.errorDocument = candidate;
                break;
            }
        }
    }
    m_result.plan = PublishPlan::compute(m_local, m_remote, m_options.deleteRemoved);
    Q_EMIT step(tr("%n file(s) to upload", nullptr, int(m_result.plan.upload.size())));
    if (m_options.dryRun)
        return finish(ApiError::ok());
    Q_EMIT progress(0, int(m_result.plan.upload.size()));
    uploadNext();
}

void WebsitePublisher::uploadNext()
{
    const QList<PublishFile> &files = m_result.plan.upload;
    if (m_canceled && m_inFlight == 0)
        return finish(ApiError(ApiError::Kind::Aborted, tr("Publishing was canceled.")));
    while (!m_canceled && m_inFlight < std::max(1, m_options.parallel) && m_nextUpload < files.size()) {
        const PublishFile &f = files.at(m_nextUpload++);
        PutObjectRequest put;
        put.bucket = m_options.bucket;
        put.key = f.key;
        put.filePath = f.localPath;
        put.contentType = f.contentType;
        put.contentMd5 = QByteArray::fromHex(f.md5Hex).toBase64();
        if (!m_options.cacheControl.isEmpty())
            put.headers.append({"Cache-Control", m_options.cacheControl.toUtf8()});
        ++m_inFlight;
        PutObjectJob *job = m_client->putObject(put);
        const QString key = f.key;
        connect(job, &PutObjectJob::finished, this, [this, key](const PutObjectResult &r) {
            --m_inFlight;
            if (m_done)
                return;
            if (!r.error.isOk())
                return finish(r.error);
            m_result.uploaded.append(key);
            Q_EMIT progress(int(m_result.uploaded.size()), int(m_result.plan.upload.size()));
            uploadNext();
        });
        job->start();
    }
    if (m_inFlight == 0 && m_nextUpload >= files.size())
        removeRemoved();
}

void WebsitePublisher::removeRemoved()
{
    if (m_result.plan.remove.isEmpty())
        return configure();
    Q_EMIT step(tr("Deleting %n removed file(s)…", nullptr, int(m_result.plan.remove.size())));
    DeleteObjectsJob *job = m_client->deleteObjects({m_options.bucket, m_result.plan.remove});
    connect(job, &DeleteObjectsJob::finished, this, [this](const DeleteObjectsResult &r) {
        if (!r.error.isOk())
            return finish(r.error);
        m_result.deleted = r.outcome.deleted;
        if (!r.outcome.errors.isEmpty())
            return finish(ApiError(ApiError::Kind::Service,
                u"%1: %2 %3"_s.arg(r.outcome.errors.first().key,
                    r.outcome.errors.first().code,
                    r.outcome.errors.first().message)));
        configure();
    });
    job->start();
}

void WebsitePublisher::configure()
{
    Q_EMIT step(tr("Setting the index and error documents…"));
    QString why;
    const auto dialect = WebsiteSupport::dialect(m_client->profile().provider, &why);
    if (!dialect)
        return finish(ApiError(ApiError::Kind::InvalidInput, why));
    auto *get = new GetBucketWebsiteJob(m_client, m_options.bucket);
    connect(get, &GetBucketWebsiteJob::finished, this, [this, dialect](const GetBucketWebsiteResult &r) {
        if (!r.error.isOk())
            return finish(r.error);
        // Edit what the bucket has: routing rules and elements Skylight does not show stay.
        WebsiteConfiguration config = r.configuration.value_or(WebsiteConfiguration(*dialect));
        config.redirectAll = false;
        config.redirectAllHostName.clear();
        config.redirectAllProtocol.reset();
        config.indexSuffix = m_options.indexDocument;
        if (!m_options.errorDocument.isEmpty())
            config.errorKey = m_options.errorDocument;
        const QStringList problems = config.problems();
        if (!problems.isEmpty())
            return finish(ApiError(ApiError::Kind::InvalidInput, problems.join(u' ')));
        auto *put = new PutBucketWebsiteJob(m_client, m_options.bucket, config);
        connect(put, &PutBucketWebsiteJob::finished, this, [this](const BucketWebsiteResult &w) {
            if (!w.error.isOk())
                return finish(w.error);
            makePublic();
        });
        put->start();
    });
    get->start();
}

void WebsitePublisher::makePublic()
{
    if (!m_options.makePublic)
        return verify();
    Q_EMIT step(tr("Making s3://%1 public…").arg(m_options.bucket));
    MakePublicJob::Options o;
    o.allowChangeBlock = m_options.allowUnblock;
    o.publicListing = m_options.publicListing;
    auto *job = new MakePublicJob(m_client, m_options.bucket, o);
    connect(job, &MakePublicJob::finished, this, [this](const MakePublicResult &r) {
        m_result.record = r.record;
        if (!r.error.isOk())
            return finish(r.error);
        verify();
    });
    job->start();
}

void WebsitePublisher::verify()
{
    m_result.endpoint = WebsiteEndpoint::forBucket(
        m_client->profile(), m_options.bucket, m_options.region, m_options.websiteBase);
    if (!m_options.verify || !m_result.endpoint.isValid())
        return finish(ApiError::ok());
    Q_EMIT step(tr("Fetching %1…").arg(m_result.endpoint.url.toString()));
    auto *job = new WebsiteReachabilityJob(m_client->transport(), m_result.endpoint.url, {}, this);
    connect(job, &WebsiteReachabilityJob::finished, this, [this](const WebsiteReachabilityResult &r) {
        m_result.reachability = r;
        finish(ApiError::ok());
    });
    job->start();
}

void WebsitePublisher::finish(const ApiError &error)
{
    JobSteps::finishOnce(this, &m_done, &m_result, error);
}

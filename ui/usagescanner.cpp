// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagescanner.h"

#include "s3/listobjectsjob.h"
#include "s3/s3client.h"

UsageScanner::UsageScanner(S3Client *client, QString bucket, QString prefix, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_bucket(std::move(bucket))
    , m_prefix(std::move(prefix))
{}

void UsageScanner::start()
{
    m_totals = Totals();
    m_token.clear();
    m_guard = ListingGuard();
    m_cancelled = false;
    m_running = true;
    next();
}

void UsageScanner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->abort(); // its finished() comes with Aborted and ends the scan
    else
        end({}, true);
}

void UsageScanner::next()
{
    ListObjectsRequest request;
    request.bucket = m_bucket;
    request.prefix = m_prefix;
    request.continuationToken = m_token;
    request.v1 = m_v1;
    ListObjectsJob *job = m_client->listObjects(request);
    m_job = job;
    connect(job, &ListObjectsJob::finished, this, &UsageScanner::onPage);
    job->start();
}

void UsageScanner::onPage(const ListObjectsResult &result)
{
    m_job = nullptr;
    if (m_cancelled)
        return end({}, true);
    if (!result.error.isOk())
        return end(result.error.humanSentence(), false);
    m_v1 = m_v1 || result.usedV1;
    ObjectListing page = result.page;
    const ApiError guarded = m_guard.admit(page);
    for (const ObjectEntry &o : page.objects) {
        const QStringView below = QStringView(o.key).mid(m_prefix.size());
        const qsizetype slash = below.indexOf(u'/');
        const QString folder = slash < 0 ? QString() : below.left(slash + 1).toString();
        const QString storageClass = o.storageClass.isEmpty() ? QStringLiteral("STANDARD") : o.storageClass;
        for (Sum *sum : {&m_totals.all, &m_totals.byFolder[folder], &m_totals.byStorageClass[storageClass]}) {
            sum->bytes += o.size;
            ++sum->objects;
        }
    }
    ++m_totals.pages;
    Q_EMIT progress(m_totals.all.objects, m_totals.all.bytes);
    if (!guarded.isOk())
        return end(guarded.humanSentence(), false);
    if (page.truncated && !page.nextToken.isEmpty()) {
        m_token = page.nextToken;
        next();
    } else {
        end({}, false);
    }
}

void UsageScanner::end(const QString &error, bool cancelled)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(error, cancelled);
}

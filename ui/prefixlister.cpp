// SPDX-License-Identifier: GPL-3.0-or-later
#include "prefixlister.h"

#include "s3/listobjectsjob.h"
#include "s3/s3client.h"

PrefixLister::PrefixLister(
    S3Client *client, QString bucket, QStringList prefixes, QStringList keys, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_bucket(std::move(bucket))
    , m_prefixes(std::move(prefixes))
{
    m_found.keys = std::move(keys);
}

void PrefixLister::start()
{
    next();
}

void PrefixLister::cancel()
{
    if (m_job)
        m_job->abort();
}

void PrefixLister::next()
{
    if (m_prefixes.isEmpty()) {
        m_done = true;
        Q_EMIT finished(m_found);
        return;
    }
    ListObjectsRequest request;
    request.bucket = m_bucket;
    request.prefix = m_prefixes.first();
    request.continuationToken = m_token;
    ListObjectsJob *job = m_client->listObjects(request);
    m_job = job;
    connect(job, &ListObjectsJob::finished, this, &PrefixLister::onPage);
    job->start();
}

void PrefixLister::onPage(const ListObjectsResult &result)
{
    m_job = nullptr;
    if (!result.error.isOk()) {
        m_found.error = result.error.humanSentence();
        m_done = true;
        Q_EMIT finished(m_found);
        return;
    }
    ObjectListing page = result.page;
    const ApiError guarded = m_guard.admit(page);
    for (const ObjectEntry &o : page.objects) {
        m_found.keys << o.key;
        m_found.bytes += o.size;
    }
    Q_EMIT progress(int(m_found.keys.size()));
    if (!guarded.isOk()) {
        m_found.error = guarded.humanSentence();
        m_done = true;
        Q_EMIT finished(m_found);
        return;
    }
    if (page.truncated && !page.nextToken.isEmpty()) {
        m_token = page.nextToken;
    } else {
        m_token.clear();
        m_guard = ListingGuard();
        m_prefixes.removeFirst();
    }
    next();
}

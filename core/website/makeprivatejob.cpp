// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/makeprivatejob.h"

#include "s3/s3client.h"
#include "website/bucketsubresourcejob.h"
#include "website/jobsteps.h"
#include "website/publicreadpolicy.h"

MakePrivateJob::MakePrivateJob(S3Client *client, PublicRecord record)
    : QObject(client)
    , m_client(client)
{
    m_result.remaining = std::move(record);
}

void MakePrivateJob::start()
{
    QMetaObject::invokeMethod(this, &MakePrivateJob::removeStatement, Qt::QueuedConnection);
}

void MakePrivateJob::removeStatement()
{
    PublicRecord &rec = m_result.remaining;
    if (!rec.addedPolicyStatement)
        return restoreBlock();
    JobSteps::run(
        this, BucketSubresourceJob::getPolicy(m_client, rec.bucket), [this](const SubresourceResult &r) {
            PublicRecord &rec = m_result.remaining;
            if (r.missing()) { // someone removed the policy meanwhile
                rec.addedPolicyStatement = false;
                return restoreBlock();
            }
            if (!r.error.isOk())
                return finish(r.error);
            const PublicReadPolicy::Merge m = PublicReadPolicy::remove(r.body);
            if (!m.problem.isEmpty())
                return finish(ApiError(ApiError::Kind::InvalidInput, m.problem));
            if (!m.changed) {
                rec.addedPolicyStatement = false;
                return restoreBlock();
            }
            BucketSubresourceJob *job = m.json.isEmpty()
                ? BucketSubresourceJob::deletePolicy(m_client, rec.bucket)
                : BucketSubresourceJob::putPolicy(m_client, rec.bucket, m.json);
            const bool deleted = m.json.isEmpty();
            JobSteps::run(this, job, [this, deleted](const SubresourceResult &put) {
                if (!put.error.isOk())
                    return finish(put.error);
                m_result.remaining.addedPolicyStatement = false;
                m_result.steps << (deleted
                        ? tr("Deleted the bucket policy (it held only Skylight's statement).")
                        : tr("Removed Skylight's statement from the bucket policy; the "
                             "other statements stay."));
                restoreBlock();
            });
        });
}

void MakePrivateJob::restoreBlock()
{
    PublicRecord &rec = m_result.remaining;
    if (!rec.changedBlock)
        return aclNext();
    JobSteps::run(this,
        BucketSubresourceJob::putPublicAccessBlock(m_client, rec.bucket, rec.previousBlockXml),
        [this](const SubresourceResult &r) {
            if (!r.error.isOk())
                return finish(r.error);
            m_result.remaining.changedBlock = false;
            m_result.remaining.previousBlockXml.clear();
            m_result.steps << tr("Put the bucket's Block Public Access settings back as they were.");
            aclNext();
        });
}

void MakePrivateJob::aclNext()
{
    PublicRecord &rec = m_result.remaining;
    if (rec.aclKeys.isEmpty() && !rec.bucketAcl)
        return finish(ApiError::ok());
    if (rec.aclKeys.isEmpty()) {
        JobSteps::run(this,
            BucketSubresourceJob::putCannedAcl(m_client, rec.bucket, {}, "private"),
            [this](const SubresourceResult &r) {
                if (r.error.isOk()) {
                    m_result.remaining.bucketAcl = false;
                    m_result.steps << tr("Made the bucket itself private again.");
                }
                finish(r.error);
            });
        return;
    }
    JobSteps::run(this,
        BucketSubresourceJob::putCannedAcl(m_client, rec.bucket, rec.aclKeys.first(), "private"),
        [this](const SubresourceResult &r) {
            if (!r.error.isOk() && r.status != 404)
                return finish(r.error);
            const QString key = m_result.remaining.aclKeys.takeFirst();
            m_result.steps << tr("Made %1 private again.").arg(key);
            aclNext();
        });
}

void MakePrivateJob::finish(const ApiError &error)
{
    JobSteps::finishOnce(this, &m_done, &m_result, error);
}

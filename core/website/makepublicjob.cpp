// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/makepublicjob.h"

#include "s3/listobjectsjob.h"
#include "s3/s3client.h"
#include "website/bucketsubresourcejob.h"
#include "website/jobsteps.h"
#include "website/websitesupport.h"

MakePublicJob::MakePublicJob(S3Client *client, QString bucket, Options options)
    : QObject(client)
    , m_client(client)
    , m_options(options)
{
    m_inputs.bucket = std::move(bucket);
    m_inputs.provider = client->profile().provider;
    m_inputs.allowChangeBlock = options.allowChangeBlock;
    m_inputs.publicListing = options.publicListing;
    m_result.record.bucket = m_inputs.bucket;
}

void MakePublicJob::start()
{
    if (!WebsiteSupport::mayHaveBucketPolicies(m_inputs.provider)) {
        m_inputs.policySupported = false;
        // Deferred so that finished() never comes before start() returns.
        QMetaObject::invokeMethod(this, &MakePublicJob::apply, Qt::QueuedConnection);
        return;
    }
    // Block Public Access is AWS's (and the sandbox's, and some S3-compatible stores'); older private
    // clouds signing with HMAC-v1 do not know the subresource.
    const bool block = m_inputs.provider == CloudProvider::Aws || m_inputs.provider == CloudProvider::Sandbox
        || m_inputs.provider == CloudProvider::S3Compatible;
    block ? readBlock() : readPolicy();
}

void MakePublicJob::readBlock()
{
    JobSteps::run(this,
        BucketSubresourceJob::getPublicAccessBlock(m_client, m_inputs.bucket),
        [this](const SubresourceResult &r) {
            if (r.error.isOk()) {
                m_inputs.block = PublicAccessBlockSettings::parse(r.body);
                if (!m_inputs.block)
                    return finish(ApiError(ApiError::Kind::Parse,
                        tr("The bucket's Block Public Access settings could not be read.")));
            } else if (r.status == 403) {
                m_inputs.blockUnreadable = true; // no s3:GetBucketPublicAccessBlock permission
            } else if (!r.missing() && !r.unsupported()) {
                return finish(r.error);
            }
            readPolicy();
        });
}

void MakePublicJob::readPolicy()
{
    JobSteps::run(
        this, BucketSubresourceJob::getPolicy(m_client, m_inputs.bucket), [this](const SubresourceResult &r) {
            if (r.error.isOk())
                m_inputs.existingPolicy = r.body;
            else if (r.unsupported())
                m_inputs.policySupported = false;
            else if (!r.missing())
                return finish(r.error);
            apply();
        });
}

void MakePublicJob::apply()
{
    m_result.plan = MakePublicPlan::compute(m_inputs);
    const MakePublicPlan &plan = m_result.plan;
    if (!plan.problem.isEmpty())
        return finish(ApiError(ApiError::Kind::InvalidInput, plan.problem));
    if (m_options.dryRun)
        return finish(ApiError::ok());
    if (plan.blocked)
        return finish(ApiError(ApiError::Kind::InvalidInput,
            tr("Block Public Access stops this bucket from being made public. %1")
                .arg(plan.blockers.join(u' '))));
    if (!plan.newBlock)
        return plan.route == MakePublicPlan::Route::Policy ? applyPolicy() : applyAcls({});
    JobSteps::run(this,
        BucketSubresourceJob::putPublicAccessBlock(m_client, m_inputs.bucket, plan.newBlock->toXml()),
        [this](const SubresourceResult &r) {
            if (!r.error.isOk())
                return finish(r.error);
            m_result.record.changedBlock = true;
            m_result.record.previousBlockXml = m_inputs.block->toXml();
            m_result.plan.route == MakePublicPlan::Route::Policy ? applyPolicy() : applyAcls({});
        });
}

void MakePublicJob::applyPolicy()
{
    if (!m_result.plan.policy.changed)
        return finish(ApiError::ok());
    JobSteps::run(this,
        BucketSubresourceJob::putPolicy(m_client, m_inputs.bucket, m_result.plan.policy.json),
        [this](const SubresourceResult &r) {
            if (r.error.isOk())
                m_result.record.addedPolicyStatement = true;
            finish(r.error);
        });
}

void MakePublicJob::applyAcls(const QString &token)
{
    ListObjectsRequest request;
    request.bucket = m_inputs.bucket;
    request.continuationToken = token;
    request.v1 = m_listV1;
    auto *job = m_client->listObjects(request);
    connect(job, &ListObjectsJob::finished, this, [this](const ListObjectsResult &page) {
        if (!page.error.isOk())
            return finish(page.error);
        ObjectListing listed = page.page;
        const ApiError guarded = m_guard.admit(listed);
        if (!guarded.isOk())
            return finish(guarded);
        for (const ObjectEntry &o : listed.objects)
            m_pendingKeys.append(o.key);
        m_listV1 = page.usedV1;
        if (!listed.nextToken.isEmpty())
            return applyAcls(listed.nextToken);
        aclNext();
    });
    job->start();
}

void MakePublicJob::aclNext()
{
    if (m_pendingKeys.isEmpty())
        return bucketAcl();
    const QString key = m_pendingKeys.takeFirst();
    JobSteps::run(this,
        BucketSubresourceJob::putCannedAcl(m_client, m_inputs.bucket, key, "public-read"),
        [this, key](const SubresourceResult &r) {
            if (!r.error.isOk())
                return finish(r.error);
            m_result.record.aclKeys.append(key);
            aclNext();
        });
}

void MakePublicJob::bucketAcl()
{
    if (!m_inputs.publicListing)
        return finish(ApiError::ok());
    JobSteps::run(this,
        BucketSubresourceJob::putCannedAcl(m_client, m_inputs.bucket, {}, "public-read"),
        [this](const SubresourceResult &r) {
            if (r.error.isOk())
                m_result.record.bucketAcl = true;
            finish(r.error);
        });
}

void MakePublicJob::finish(const ApiError &error)
{
    JobSteps::finishOnce(this, &m_done, &m_result, error);
}

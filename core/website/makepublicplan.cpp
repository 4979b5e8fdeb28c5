// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/makepublicplan.h"

#include <QCoreApplication>

#include "website/websitesupport.h"

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MakePublicPlan)
};

} // namespace

MakePublicPlan MakePublicPlan::compute(const Inputs &in)
{
    MakePublicPlan plan;
    QString why;
    if (!WebsiteSupport::dialect(in.provider, &why)) {
        plan.route = Route::Unsupported;
        plan.problem = why;
        return plan;
    }
    const bool policies = in.policySupported && WebsiteSupport::mayHaveBucketPolicies(in.provider);
    plan.route = policies ? Route::Policy : Route::Acl;
    if (in.block) {
        plan.blockers = policies ? in.block->policyBlockers() : in.block->aclBlockers();
        if (!plan.blockers.isEmpty()) {
            if (!in.allowChangeBlock) {
                plan.blocked = true;
            } else {
                PublicAccessBlockSettings relaxed = *in.block;
                if (policies) {
                    relaxed.blockPublicPolicy = false;
                    relaxed.restrictPublicBuckets = false;
                } else {
                    relaxed.blockPublicAcls = false;
                    relaxed.ignorePublicAcls = false;
                }
                plan.newBlock = relaxed;
                plan.steps << Tr::tr(
                    "Change the bucket's Block Public Access settings: %1 (the other settings "
                    "stay as they are).")
                                  .arg(policies ? u"BlockPublicPolicy=false, RestrictPublicBuckets=false"_s
                                                : u"BlockPublicAcls=false, IgnorePublicAcls=false"_s);
            }
        }
    }
    if (in.blockUnreadable)
        plan.steps << Tr::tr(
            "Skylight may not read this bucket's Block Public Access settings; if they block "
            "public access, S3 will refuse or ignore what follows.");
    if (policies) {
        plan.policy = PublicReadPolicy::add(in.existingPolicy, in.bucket, in.publicListing);
        if (!plan.policy.problem.isEmpty()) {
            plan.problem = plan.policy.problem;
            return plan;
        }
        if (!plan.policy.changed)
            plan.steps << Tr::tr("The bucket policy already lets everyone read the objects: nothing to add.");
        else if (in.existingPolicy.trimmed().isEmpty())
            plan.steps << Tr::tr("Apply a bucket policy letting everyone read the objects (s3:GetObject on "
                                 "arn:aws:s3:::%1/*).")
                              .arg(in.bucket);
        else
            plan.steps << Tr::tr("Add a statement letting everyone read the objects (s3:GetObject on "
                                 "arn:aws:s3:::%1/*) to the bucket policy; its other statements stay.")
                              .arg(in.bucket);
        if (in.publicListing)
            plan.steps << Tr::tr("Let everyone list the bucket's keys (s3:ListBucket on arn:aws:s3:::%1), so "
                                 "that a missing page answers 404 with the error document.")
                              .arg(in.bucket);
        else
            plan.steps << Tr::tr("Missing pages will answer 403 (with the error document): S3 answers 404 "
                                 "only when everyone may list the bucket.");
        if (in.provider == CloudProvider::Aws)
            plan.steps << Tr::tr("Note: an account-wide Block Public Access setting, if on, still blocks the "
                                 "policy; Skylight can only see the bucket's own settings.");
    } else {
        plan.steps << Tr::tr("This cloud has no bucket policies: give every object in the bucket the "
                             "canned ACL public-read (objects added later need it too).");
        if (in.publicListing)
            plan.steps << Tr::tr(
                "Give the bucket itself the canned ACL public-read, so that everyone may list "
                "its keys and a missing page answers 404.");
    }
    return plan;
}

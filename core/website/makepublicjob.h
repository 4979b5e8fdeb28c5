// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "s3/listingguard.h"
#include "transport/apierror.h"
#include "website/makepublicplan.h"
#include "website/publicrecord.h"

class S3Client;
struct SubresourceResult;

struct MakePublicResult
{
    ApiError error; // InvalidInput with the blockers when Block Public Access stops it
    MakePublicPlan plan;
    PublicRecord record; // what was changed (also on failure part-way: undo it with MakePrivateJob)
};

// "Make public": reads the bucket's Block Public Access settings and policy, computes the
// MakePublicPlan, and (unless dryRun) applies it, recording each change as it succeeds.
class MakePublicJob final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool allowChangeBlock = false; // relax Block Public Access when it is in the way
        bool dryRun = false;           // compute the plan only
        bool publicListing = false;    // MakePublicPlan::Inputs::publicListing
    };

    MakePublicJob(S3Client *client, QString bucket, Options options);
    void start();

Q_SIGNALS:
    void finished(const MakePublicResult &result);

private:
    void readBlock();
    void readPolicy();
    void apply();
    void applyPolicy();
    void applyAcls(const QString &token);
    void aclNext();
    void bucketAcl();
    void finish(const ApiError &error);

    S3Client *m_client;
    MakePublicPlan::Inputs m_inputs;
    Options m_options;
    MakePublicResult m_result;
    QStringList m_pendingKeys;
    ListingGuard m_guard; // a lying server: no key changed twice, no token followed twice
    bool m_listV1 = false;
    bool m_done = false;
};

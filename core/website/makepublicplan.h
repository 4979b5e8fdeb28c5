// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QStringList>

#include "clouds/cloudprofile.h"
#include "website/publicaccessblock.h"
#include "website/publicreadpolicy.h"

// What "Make public" will do to a bucket, computed before anything is sent, from what the bucket
// has now: a bucket policy granting s3:GetObject on arn:aws:s3:::BUCKET/* (merged into the existing
// policy), Block Public Access settings that stop it (explained, changed only when allowed), or
// public-read ACLs on every object where the cloud has no bucket policies.
struct MakePublicPlan
{
    enum class Route
    {
        Policy,
        Acl,
        Unsupported,
    };

    struct Inputs
    {
        QString bucket;
        CloudProvider provider = CloudProvider::Aws;
        bool policySupported = true; // false: the cloud answered that it has no bucket policies
        QByteArray existingPolicy;   // empty: none
        std::optional<PublicAccessBlockSettings> block; // nullopt: none, or the cloud has none
        bool blockUnreadable = false; // the settings exist but could not be read (403): say so
        bool allowChangeBlock = false;
        // Also let everyone list the keys, so a missing page answers 404 with the error document
        // (without it S3 answers 403, still with the error document).
        bool publicListing = false;
    };

    Route route = Route::Policy;
    PublicReadPolicy::Merge policy;                    // Route::Policy: the policy to apply
    std::optional<PublicAccessBlockSettings> newBlock; // set: PUT these settings first
    QStringList blockers;                              // what in Block Public Access stops it, in words
    bool blocked = false; // blockers, and not allowed to change them: nothing will be sent
    QString problem;      // non-empty: cannot be done at all
    QStringList steps;    // what will be done, in words, in order

    static MakePublicPlan compute(const Inputs &in);
};

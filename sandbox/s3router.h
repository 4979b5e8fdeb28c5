// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include "bucketoperations.h"
#include "listingoperations.h"
#include "objectoperations.h"
#include "sandboxresponse.h"

class AuthVerifier;
class Clock;
class SandboxStore;
struct S3Call;
struct SandboxRequest;

// Where an S3 request goes: the bucket from the Host header (BUCKET.localhost, BUCKET.s3.localhost)
// or the first path segment, the key byte-exact from the rest of the path; then the signature, the
// bucket's region, and the operation by method and subresource.
class S3Router
{
public:
    S3Router(SandboxStore *store, const AuthVerifier *verifier, QStringList regions, const Clock *clock);

    SandboxResponse handle(const SandboxRequest &request) const;

    // The bucket named by a virtual-host Host header, or empty for path-style addressing.
    static QByteArray virtualHostBucket(const QByteArray &hostHeader);

private:
    SandboxResponse route(const S3Call &call, bool signedV4, bool presigned) const;
    SandboxResponse bucketLevel(const S3Call &call) const;
    SandboxResponse objectLevel(const S3Call &call) const;

    SandboxStore *m_store;
    const AuthVerifier *m_verifier;
    QStringList m_regions;
    const Clock *m_clock;
    BucketOperations m_buckets;
    ObjectOperations m_objects;
    ListingOperations m_listing;
};

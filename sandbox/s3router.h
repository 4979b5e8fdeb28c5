// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include "acloperations.h"
#include "bucketoperations.h"
#include "bucketsettingsoperations.h"
#include "copyoperations.h"
#include "listingoperations.h"
#include "multipartoperations.h"
#include "objectoperations.h"
#include "publicaccess.h"
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
    // For fault rules: CompleteMultipartUpload's "200 with <Error>" hook.
    MultipartOperations &multipart() { return m_multipart; }

private:
    SandboxResponse route(const S3Call &call, bool signedV4, bool presigned) const;
    // Anonymous callers may GET or HEAD publicly readable objects, and nothing else.
    SandboxResponse anonymous(const S3Call &call) const;
    SandboxResponse createBucket(const S3Call &call) const;
    SandboxResponse bucketLevel(const S3Call &call) const;
    SandboxResponse objectLevel(const S3Call &call) const;

    SandboxStore *m_store;
    const AuthVerifier *m_verifier;
    QStringList m_regions;
    const Clock *m_clock;
    AclOperations m_acl;
    BucketOperations m_buckets;
    BucketSettingsOperations m_settings;
    ObjectOperations m_objects;
    CopyOperations m_copy;
    MultipartOperations m_multipart;
    ListingOperations m_listing;
    PublicAccess m_public;
};

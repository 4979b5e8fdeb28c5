// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>

#include "multipartstore.h"
#include "sandboxresponse.h"

class AclOperations;
class SandboxStore;
struct S3Call;

// CreateMultipartUpload, UploadPart (Content-MD5 and checksums verified), UploadPartCopy (with a
// source range), CompleteMultipartUpload, AbortMultipartUpload, ListParts and ListMultipartUploads.
class MultipartOperations
{
public:
    MultipartOperations(SandboxStore *store, const AclOperations *acl);

    SandboxResponse create(const S3Call &call) const;
    SandboxResponse uploadPart(const S3Call &call) const;
    SandboxResponse complete(const S3Call &call) const;
    SandboxResponse abort(const S3Call &call) const;
    SandboxResponse listParts(const S3Call &call) const;
    SandboxResponse listUploads(const S3Call &call) const;

    // A fault for CompleteMultipartUpload: given the call, an error code to answer as S3 does when
    // the completion fails after the 200 has been sent (200 with an <Error> body, nothing stored);
    // empty: no fault.
    void setCompletionFault(std::function<QByteArray(const S3Call &)> fault)
    {
        m_completionFault = std::move(fault);
    }

    static constexpr qint64 kMinPartSize = 5 * 1024 * 1024;
    static constexpr int kMaxPartNumber = 10000;
    static constexpr qint64 kMaxCompletionBytes = 4 * 1024 * 1024;

private:
    SandboxResponse uploadPartCopy(const S3Call &call, const UploadInfo &upload, int partNumber) const;
    // The upload named by ?uploadId for this bucket and key, or a NoSuchUpload answer.
    std::optional<UploadInfo> findUpload(const S3Call &call, SandboxResponse *error) const;

    SandboxStore *m_store;
    const AclOperations *m_acl;
    mutable MultipartStore m_uploads; // the operations are const, as the router calls them
    std::function<QByteArray(const S3Call &)> m_completionFault;
};

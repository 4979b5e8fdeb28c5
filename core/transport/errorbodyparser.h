// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

// What a service said in an error body. The three shapes:
//   S3:    <Error><Code/><Message/><RequestId/><Region/><Endpoint/><ServerTime/>…</Error>
//   EC2:   <Response><Errors><Error><Code/><Message/></Error>…</Errors><RequestID/></Response>
//   Query: <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>
struct ServiceErrorBody
{
    QString code;
    QString message;
    QString requestId;
    QString region;        // S3 AuthorizationHeaderMalformed / PermanentRedirect
    QString endpoint;      // S3 PermanentRedirect
    QByteArray serverTime; // S3 RequestTimeTooSkewed
};

// A pure parser: the body in, the error out, or nothing when the body is not one of the shapes above.
// Namespaces are ignored (providers differ); a DTD is refused (nothing is expanded).
std::optional<ServiceErrorBody> parseServiceError(const QByteArray &body);

// True when the body's first element is an error document: for the 200 answers that carry one
// (S3 CompleteMultipartUpload and CopyObject, EC2 in some versions).
bool looksLikeErrorDocument(const QByteArray &body);

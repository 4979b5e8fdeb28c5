// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

// The HTML error pages of an S3 website endpoint, in S3's layout: a title with the status, a list of
// Code, Message, the details and the request ids, and the custom error document's own failure when
// there was one.
namespace WebsitePage {

struct Failure
{
    int status = 404;
    QByteArray code;
    QByteArray message;
    QList<std::pair<QByteArray, QByteArray>> details; // "Key", "BucketName"…
};

QByteArray reasonPhrase(int status);
// `errorDocumentFailure`: when the configured error document could not be served, why.
QByteArray errorPage(
    const Failure &failure, const QByteArray &requestId, const Failure *errorDocumentFailure = nullptr);

} // namespace WebsitePage

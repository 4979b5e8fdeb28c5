// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QString>

#include "auth/credentials.h"

class HttpRequest;
class Signer;

// How one request is to be sent: who signs it, for which region and service, and what may be done
// again if it fails.
struct SendOptions
{
    enum class BodyKind
    {
        Document, // an API answer: a 2xx whose body is an <Error> document is an error
        Object,   // object data: the body is never interpreted
    };

    const Signer *signer = nullptr; // null: anonymous
    Credentials credentials;
    QString region;
    QString service;        // signing name: "s3", "ec2"
    QString serviceLabel;   // for messages: "S3", "EC2"
    bool idempotent = true; // GET, HEAD, PUT, DELETE and most Describe calls may be repeated
    BodyKind bodyKind = BodyKind::Document;
    QString bucket; // S3: the bucket, so a wrong-region answer is remembered for it
    // Changes the request for another region (AWS puts the region in the host name). Without it
    // only the signature's region changes, as for endpoints that serve every region.
    std::function<void(HttpRequest &, const QString &region)> retarget;
    // Connect to this address instead of the request's host, still sending and signing the request's
    // Host (curl's --connect-to): virtual-host addressing against a local server whose names do not
    // resolve. Plain HTTP only; empty: connect to the request's host.
    QByteArray connectHost;
    // No byte moving in either direction for this long: timeout. 0: the transport's (60 s unless
    // HttpTransport::setTransferTimeoutMs changed it).
    int transferTimeoutMs = 0;
    // Object bodies: where a 2xx answer's body goes as it arrives, instead of HttpResponse::body, so
    // a large body never sits whole in memory. Called on a worker thread with each piece and its
    // offset in the body, one piece at a time and in order (a retry starts again at offset 0), and
    // nothing more is read from the network until it returns. Returns an error text (the request
    // then fails, not retried), empty when the piece is stored. The function and what it captures
    // may outlive the exchange: capture values, not pointers to objects that may die first.
    std::function<QString(qint64 offset, const QByteArray &piece)> bodySink;
    int maxRedirects = 5;
};

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
    int transferTimeoutMs = 60000; // no byte moving in either direction for this long: timeout
    int maxRedirects = 5;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "auth/crypto.h"
#include "fuzzcheck.h"
#include "httprequestparser.h"
#include "sandboxconnection.h"
#include "sandboxrequest.h"

// One whole request read from `wire` by the sandbox's parser and turned into the SandboxRequest
// SandboxConnection::dispatch() hands on (target split, query decoded, body digests), or nullopt
// when the bytes are not one complete request. The head is built by the sandbox's own
// SandboxConnection::requestHead().
inline std::optional<SandboxRequest> sandboxRequestFrom(QByteArray wire)
{
    HttpRequestParser parser;
    QByteArray body;
    if (parser.feed(wire, &body) != HttpRequestParser::State::Complete)
        return std::nullopt;
    SandboxRequest request = SandboxConnection::requestHead(parser);
    request.body = body;
    request.bodySize = body.size();
    request.bodyMd5 = Crypto::md5(body);
    request.bodySha256 = Crypto::sha256(body);
    return request;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "auth/crypto.h"
#include "fuzzcheck.h"
#include "httprequestparser.h"
#include "sandboxrequest.h"
#include "transport/rawhttprequest.h"

// One whole request read from `wire` by the sandbox's parser and turned into the SandboxRequest
// SandboxConnection::dispatch() hands on (target split, query decoded, body digests), or nullopt
// when the bytes are not one complete request. The query is decoded by RawHttpRequest, which reads
// it exactly as the sandbox does (UriEncode::decode, '+' kept, bare names without a value).
inline std::optional<SandboxRequest> sandboxRequestFrom(QByteArray wire)
{
    HttpRequestParser parser;
    QByteArray body;
    if (parser.feed(wire, &body) != HttpRequestParser::State::Complete)
        return std::nullopt;
    SandboxRequest request;
    request.method = parser.method();
    request.target = parser.target();
    if (request.target.startsWith("http://") || request.target.startsWith("https://")) {
        const qsizetype slash = request.target.indexOf('/', request.target.indexOf("//") + 2);
        request.target = slash < 0 ? QByteArray("/") : request.target.mid(slash);
    }
    const qsizetype question = request.target.indexOf('?');
    request.rawPath = question < 0 ? request.target : request.target.left(question);
    request.rawQuery = question < 0 ? QByteArray() : request.target.mid(question + 1);
    if (!request.rawQuery.isEmpty()) {
        const std::optional<HttpRequest> query
            = RawHttpRequest::parse("GET /?" + request.rawQuery + " HTTP/1.1\nHost: h\n\n", "http", nullptr);
        FUZZ_CHECK(query.has_value());
        request.query = query->query;
    }
    request.headers = parser.headers();
    request.body = body;
    request.bodySize = body.size();
    request.bodyMd5 = Crypto::md5(body);
    request.bodySha256 = Crypto::sha256(body);
    return request;
}

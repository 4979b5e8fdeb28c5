// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "transport/httprequest.h"

// Reads a raw HTTP/1.1 request (request line, headers, blank line, body; a header's continuation
// line counts as one more value of that header) into an HttpRequest, and writes one back. For skylight-cli
// sign and the signer tests.
namespace RawHttpRequest {

std::optional<HttpRequest> parse(const QByteArray &raw, const QByteArray &scheme, QString *error);
// "METHOD path?query HTTP/1.1", "Name:value" lines, a blank line, the body.
QByteArray serialize(const HttpRequest &request);
// The same with CRLF line ends and a Content-Length: what goes on the wire.
QByteArray serializeForWire(const HttpRequest &request);

} // namespace RawHttpRequest

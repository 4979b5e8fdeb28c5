// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>

class HttpRequest;

// The only way request data reaches a log, an error message or a crash report: secrets masked.
namespace Redact {

inline constexpr QByteArrayView kMask = "<redacted>";

bool isSecretHeader(QByteArrayView name);
bool isSecretQueryParameter(QByteArrayView name);
QByteArray headerValue(QByteArrayView name, QByteArrayView value);
QUrl url(const QUrl &url); // presigned URLs included
// Method, redacted URL and headers; never the body.
QString describeForLog(const HttpRequest &request);

} // namespace Redact

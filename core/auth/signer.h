// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class Credentials;
class HttpRequest;

// What a signature depends on besides the request and the key.
struct SigningParams
{
    QDateTime time; // UTC, already corrected for the endpoint's measured clock skew
    QString region;
    QString service;
    qint64 expiresSeconds = 3600; // presigned (query) forms only
};

// The intermediate values of one signature. Filled only when a caller asks for it
// (skylight-cli sign and the tests); never logged.
struct SigningTrace
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;
};

// A signature scheme: a pure transformation of a request (plus key, time, region) into a signed
// request. No I/O, no logging of anything it computes.
class Signer
{
public:
    virtual ~Signer() = default;
    // Signs `request` in place. Returns an empty string on success, else one sentence saying why it
    // cannot be signed (never containing key material).
    virtual QString sign(HttpRequest &request,
        const Credentials &credentials,
        const SigningParams &params,
        SigningTrace *trace = nullptr) const = 0;
    virtual QString name() const = 0;
};

namespace SigningTime {
QByteArray amzDate(const QDateTime &utc);    // 20150830T123600Z
QByteArray isoSeconds(const QDateTime &utc); // 2015-08-30T12:36:00Z
QByteArray httpDate(const QDateTime &utc);   // Sun, 30 Aug 2015 12:36:00 GMT
} // namespace SigningTime

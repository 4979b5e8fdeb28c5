// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QUrl>

class QIODevice;

// One query parameter or form field, decoded. hasValue=false is a bare name on the wire ("?uploads");
// SigV4 canonicalises both forms as "uploads=".
struct QueryItem
{
    QByteArray name;
    QByteArray value;
    bool hasValue = true;
};

struct HttpHeader
{
    QByteArray name;
    QByteArray value;
};

// An unsigned (then signed) HTTP request, kept in the exact form the signers need: the path as it
// goes on the wire, decoded query items, headers in order with repeats. Jobs build it, signers add
// to it, HttpTransport sends it.
class HttpRequest
{
public:
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray scheme = QByteArrayLiteral("https");
    QByteArray host;
    int port = -1;                            // -1: the scheme's default
    QByteArray path = QByteArrayLiteral("/"); // percent-encoded, as sent
    QList<QueryItem> query;
    QList<HttpHeader> headers;
    QByteArray body;
    // A form body (EC2 Query API POST): when isForm, the body is formBody() and SigV2 adds its
    // parameters here.
    QList<QueryItem> form;
    bool isForm = false;
    // HMAC-v1's CanonicalizedResource path when it is not the wire path (virtual-host addressing
    // puts the bucket in the host; a service path prefix such as /services/Walrus belongs here too).
    QByteArray resourcePath;
    // Hex SHA-256 of a streamed body, computed off the GUI thread, or "UNSIGNED-PAYLOAD". Empty: the
    // signer hashes `body`.
    QByteArray payloadHash;
    // A streamed body: a fresh device for each attempt, and its size.
    std::function<std::unique_ptr<QIODevice>()> bodyDevice;
    qint64 bodySize = -1;

    int effectivePort() const;
    // host, plus ":port" when the port is not the scheme's default; lower-cased.
    QByteArray hostHeader() const;
    QByteArray header(QByteArrayView name) const; // first value, name compared case-insensitively
    QList<QByteArray> headerValues(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    void addHeader(QByteArray name, QByteArray value);     // adds, keeping any of the same name
    void setHeader(QByteArrayView name, QByteArray value); // replaces every header of that name
    void removeHeader(QByteArrayView name);
    void addQuery(QByteArray name, QByteArray value);
    void addBareQuery(QByteArray name);
    void addForm(QByteArray name, QByteArray value);

    QByteArray encodedQuery() const; // RFC 3986 encoding, in order
    QByteArray formBody() const;     // application/x-www-form-urlencoded, in order
    QByteArray effectiveBody() const { return isForm ? formBody() : body; }
    QByteArray pathAndQuery() const;
    QUrl url() const;
};

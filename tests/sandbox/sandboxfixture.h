// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include "auth/credentials.h"
#include "auth/hmacv1signer.h"
#include "auth/sigv4signer.h"
#include "fixedclock.h"
#include "transport/endpoint.h"
#include "transport/httprequest.h"
#include "transport/httpresponse.h"

class Exchange;
class HttpTransport;
class SandboxServer;

// An in-process sandbox on 127.0.0.1:0 with its own data folder, and the real client side to talk
// to it: HttpTransport, SigV4 (S3 rules, header and presigned) and HMAC-v1 signers, the default
// sandbox credentials. Also sends raw, signed HTTP for what Qt's network stack will not carry.
class SandboxFixture
{
public:
    enum class Addressing
    {
        PathStyle,
        VirtualHost
    };

    explicit SandboxFixture(QStringList regions = {});
    ~SandboxFixture();

    bool start(); // QVERIFY(fixture.start()) — prints why on failure
    void stop();
    bool restart(); // same data folder
    quint16 port() const;
    SandboxServer &server() { return *m_server; }
    QString dataDir() const { return m_dir.path(); }

    static Credentials credentials();
    // What S3Target (tests/s3suites) shares with this fixture: the signers' options (S3 rules), a
    // request to 127.0.0.1:port (path-style, or Host BUCKET.localhost), SendOptions with these keys,
    // and waiting for one exchange with the event loop turning (60 s at most; a warning names `server`).
    static SigV4Signer::Options sigV4Options(SigV4Signer::Mode mode);
    static HmacV1Signer::Options hmacV1Options(HmacV1Signer::Mode mode);
    static HttpRequest requestTo(quint16 port,
        const QByteArray &method,
        const QString &bucket,
        const QString &key,
        Addressing addressing);
    static SendOptions optionsFor(
        const Signer *signer, const Credentials &credentials, const QString &region);
    static HttpResponse waitFor(Exchange *exchange, const char *server);
    HttpRequest request(const QByteArray &method,
        const QString &bucket,
        const QString &key = {},
        Addressing addressing = Addressing::PathStyle) const;
    SendOptions options(const Signer *signer, const QString &region = QStringLiteral("us-east-1")) const;
    // Sends through HttpTransport and waits for its one finished().
    HttpResponse send(HttpRequest request, SendOptions options);
    HttpResponse send(HttpRequest request) { return send(std::move(request), options(&sigV4)); }
    // Signs `request` (time: now + clientOffsetSeconds) and sends it over a plain socket.
    HttpResponse sendRaw(
        HttpRequest request, const Signer *signer, const QString &region = QStringLiteral("us-east-1"));
    HttpResponse sendRawBytes(const QByteArray &raw);
    // Writes `raw` to 127.0.0.1:port and reads until the server closes; the event loop turns meanwhile.
    static QByteArray exchangeRaw(quint16 port, const QByteArray &raw);
    static HttpResponse parseRaw(const QByteArray &received);
    struct ToolRun
    {
        int exitCode = -1; // -1: crashed, failed to start or killed after the timeout
        QByteArray out;
        QByteArray err;
    };
    // Runs a client program (s3cmd, rclone…) to its end with the event loop turning, so that the
    // in-process sandbox answers it meanwhile; killed after timeoutMs.
    static ToolRun runTool(const QString &program,
        const QStringList &arguments,
        const QProcessEnvironment &environment,
        int timeoutMs = 120000);
    // Anonymous GET/HEAD… on the website endpoint over HttpTransport, redirects not followed. With a
    // `host` ("site.s3-website.us-east-1.localhost") the request carries it, port added, while
    // connecting to 127.0.0.1; without one it is path-style to 127.0.0.1.
    HttpResponse website(const QByteArray &method, const QByteArray &path, const QByteArray &host = {});
    QByteArray websiteHost(const QByteArray &bucket) const; // BUCKET.s3-website.us-east-1.localhost:PORT
    // Sends a PUT of `body` to BUCKET?SUBRESOURCE (website, policy, acl…), signed.
    HttpResponse putSubresource(const QString &bucket,
        const QByteArray &subresource,
        const QByteArray &body,
        const QString &key = {});
    HttpResponse sendSubresource(const QByteArray &method,
        const QString &bucket,
        const QByteArray &subresource,
        const QString &key = {});
    // Creates `count` objects key-000000… under `prefix` straight in the store (no HTTP).
    void createObjects(const QString &bucket, int count, const QString &prefix = {});

    HttpTransport &transport() { return *m_transport; }
    FixedClock clientClock;
    SigV4Signer sigV4;
    SigV4Signer sigV4Presigned;
    HmacV1Signer hmacV1;
    HmacV1Signer hmacV1Presigned;

private:
    QStringList m_regions;
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpTransport> m_transport;
};

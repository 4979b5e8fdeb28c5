// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "auth/sigv2querysigner.h"
#include "auth/sigv4signer.h"
#include "fixedclock.h"
#include "transport/httprequest.h"
#include "transport/httpresponse.h"

class HttpTransport;
class SandboxServer;

// An in-process sandbox for EC2 tests: its own data folder, a fixed server clock that the test moves
// (state transitions, event windows), the client stack (HttpTransport on a client clock that moves
// with it) and every signer an EC2 client uses: Query SigV2 (HmacSHA256 and HmacSHA1, host with
// and without the port) and SigV4 with the generic rules.
class Ec2Fixture
{
public:
    struct Options
    {
        bool demo = true;
        bool demoObjects = false; // the S3 half of --demo (10,000 photos) costs seconds per fixture
        QString ec2ApiMax;
        QStringList regions;
        QDateTime start; // both clocks; invalid: 2026-03-02 09:00 UTC
    };

    Ec2Fixture();
    explicit Ec2Fixture(Options options);
    ~Ec2Fixture();

    bool start(); // QVERIFY(fixture.start())
    bool restart();
    quint16 port() const;
    SandboxServer &server() { return *m_server; }
    void advance(qint64 seconds); // both clocks
    HttpTransport &transport() { return *m_transport; }

    // One EC2 call: Action, Version and params, POST form body (or GET query) to `path`, signed by
    // `signer` (null: sigV4) for `region`, sent through HttpTransport.
    HttpResponse call(const QByteArray &action,
        const QList<QueryItem> &params = {},
        const Signer *signer = nullptr,
        const QString &region = QStringLiteral("us-east-1"),
        const QString &version = QStringLiteral("2016-11-15"),
        bool post = true,
        const QByteArray &path = "/");
    // The same, signed with `credentials` and sent over a plain socket: what the server answered to
    // the first attempt, with no retry or skew correction in between.
    HttpResponse callRaw(const QByteArray &action,
        const QList<QueryItem> &params,
        const Signer *signer,
        const QByteArray &accessKey,
        const QByteArray &secret);

    FixedClock serverClock;
    FixedClock clientClock;
    SigV2QuerySigner sigV2Sha256;       // host:port
    SigV2QuerySigner sigV2Sha256NoPort; // bare host, as boto 2 signs
    SigV2QuerySigner sigV2Sha1;
    SigV2QuerySigner sigV2Sha1NoPort;
    SigV4Signer sigV4;

private:
    HttpRequest build(const QByteArray &action,
        const QList<QueryItem> &params,
        const QString &version,
        bool post,
        const QByteArray &path) const;

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpTransport> m_transport;
};

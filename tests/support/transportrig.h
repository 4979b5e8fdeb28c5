// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rig the transport tests share: a scripted loopback server, a fixed clock, no jitter, the real
// HttpTransport and an S3 SigV4 signer.
#include <QTest>
#include <QTimeZone>

#include "auth/credentials.h"
#include "auth/sigv4signer.h"
#include "fixedclock.h"
#include "scriptedhttpserver.h"
#include "scriptedrandom.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"

namespace TransportRig {
using namespace Qt::StringLiterals;
using Reply = ScriptedHttpServer::Reply;

inline const QByteArray kSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

inline SigV4Signer::Options s3Options()
{
    SigV4Signer::Options o;
    o.rules = SigV4Signer::Rules::S3;
    return o;
}

struct Rig
{
    Rig()
        : clock(QDateTime::currentDateTimeUtc())
        , transport(nullptr, nullptr, &clock, &random)
        , signer(s3Options())
    {
        QVERIFY(server.listen());
    }

    HttpRequest request(const QByteArray &path = "/bucket/key", quint16 port = 0)
    {
        HttpRequest r;
        r.scheme = "http";
        r.host = "127.0.0.1";
        r.port = port ? port : server.port();
        r.path = path;
        return r;
    }

    SendOptions options()
    {
        SendOptions o;
        o.signer = &signer;
        o.credentials = Credentials("AKIDEXAMPLE", kSecret);
        o.region = u"us-east-1"_s;
        o.service = u"s3"_s;
        o.serviceLabel = u"S3"_s;
        o.transferTimeoutMs = 5000;
        return o;
    }

    HttpResponse run(HttpRequest r, SendOptions o, int *finishedCount = nullptr)
    {
        HttpResponse result;
        int count = 0;
        Exchange *exchange = transport.send(std::move(r), std::move(o));
        QObject::connect(exchange, &Exchange::finished, [&](const HttpResponse &response) {
            result = response;
            ++count;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(count > 0, 20000);
        }();
        QTest::qWait(20); // a second finished() would arrive here
        if (finishedCount)
            *finishedCount = count;
        return result;
    }

    ScriptedHttpServer server;
    FixedClock clock;
    ScriptedRandom random {0.0};
    HttpTransport transport;
    SigV4Signer signer;
};

// Counts calls and answers from a list, the last answer repeating.
inline ScriptedHttpServer::Handler sequence(QList<Reply> replies)
{
    auto index = std::make_shared<int>(0);
    return [replies, index](const ScriptedHttpServer::Request &) {
        const Reply r = replies.at(std::min(*index, int(replies.size()) - 1));
        ++*index;
        return r;
    };
}

inline QByteArray scopeRegion(const QByteArray &authorization)
{
    const qsizetype start = authorization.indexOf("Credential=");
    const QList<QByteArray> parts
        = authorization.mid(start, authorization.indexOf(',', start) - start).split('/');
    return parts.value(2);
}

} // namespace TransportRig

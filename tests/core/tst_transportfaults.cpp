// SPDX-License-Identifier: GPL-3.0-or-later
// HttpTransport against what networks do: resets before and during an answer, bodies cut short,
// stalls, refused connections, unknown hosts, redirects, aborts, streamed bodies sent again, and
// paths only the direct sender can carry.
#include <QBuffer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimeZone>

#include "auth/credentials.h"
#include "auth/sigv4signer.h"
#include "auth/uriencode.h"
#include "fixedclock.h"
#include "hostilekeys.h"
#include "scriptedhttpserver.h"
#include "scriptedrandom.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"
#include "transportrig.h"

using namespace Qt::StringLiterals;

using namespace Qt::StringLiterals;
using namespace TransportRig;

class TestTransportFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resetBeforeAnswerIsRetried();
    void resetMidBodyIsRetried();
    void shortBodyIsDetected();
    void stallTimesOut();
    void connectionRefusedFailsAfterBoundedAttempts();
    void unknownHostFailsFast();
    void redirectToAnotherHostIsResigned();
    void redirectNeverDowngradesToHttp();
    void abortFinishesOnceWithAborted();
    void streamedBodyIsReopenedPerAttempt();
    void connectHostKeepsTheVirtualHost();
    void dotSegmentPathsGoDirectWithRetries();
};

void TestTransportFaults::resetBeforeAnswerIsRetried()
{
    Rig rig;
    rig.server.setHandler(
        sequence({Reply {Reply::Action::Reset, 0, {}, {}, 0}, ScriptedHttpServer::respond(200, "ok")}));
    const HttpResponse response = rig.run(rig.request(), rig.options());
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
    QCOMPARE(response.body, QByteArray("ok"));
    // Qt itself resends once on a connection closed before any answer; either way the server saw
    // the request again and the caller got the answer.
    QCOMPARE(rig.server.requests().size(), 2);
}

void TestTransportFaults::resetMidBodyIsRetried()
{
    const QByteArray body(64 * 1024, 'x');
    for (const int cut : {0, 32 * 1024, 64 * 1024 - 1}) {
        Rig rig;
        rig.server.setHandler(sequence({Reply {Reply::Action::ResetMidBody, 200, {}, body, cut},
            ScriptedHttpServer::respond(200, body)}));
        SendOptions o = rig.options();
        o.bodyKind = SendOptions::BodyKind::Object;
        const HttpResponse response = rig.run(rig.request(), o);
        QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
        QCOMPARE(response.body, body);
        QCOMPARE(response.attempts, 2);
    }
}

void TestTransportFaults::shortBodyIsDetected()
{
    const QByteArray body(10000, 'y');
    Rig rig;
    rig.server.setHandler([body](const auto &) {
        return Reply {Reply::Action::ShortBody, 200, {}, body, 5000};
    });
    SendOptions o = rig.options();
    o.bodyKind = SendOptions::BodyKind::Object;
    const HttpResponse response = rig.run(rig.request(), o);
    QCOMPARE(response.error.kind(), ApiError::Kind::Network);
    QVERIFY(response.error.message().contains(u"cut short"_s));
    QCOMPARE(response.attempts, 3);
}

void TestTransportFaults::stallTimesOut()
{
    Rig rig;
    rig.server.setHandler(
        sequence({Reply {Reply::Action::Stall, 0, {}, {}, 0}, ScriptedHttpServer::respond(200, "late")}));
    SendOptions o = rig.options();
    o.transferTimeoutMs = 300;
    const QString endpoint = HttpTransport::endpointKey(rig.request());
    const HttpResponse response = rig.run(rig.request(), o);
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
    QCOMPARE(response.attempts, 2);

    Rig dead;
    dead.server.setHandler([](const auto &) { return Reply {Reply::Action::Stall, 0, {}, {}, 0}; });
    o = dead.options();
    o.transferTimeoutMs = 200;
    const HttpResponse timedOut = dead.run(dead.request(), o);
    QCOMPARE(timedOut.error.kind(), ApiError::Kind::Timeout);
    QCOMPARE(timedOut.attempts, 3);
    // Timeouts cost more of the retry quota than other failures.
    QCOMPARE(dead.transport.retryQuota().available(HttpTransport::endpointKey(dead.request())),
        RetryQuota::kCapacity - 2 * RetryQuota::kTimeoutCost);
    Q_UNUSED(endpoint)
}

void TestTransportFaults::connectionRefusedFailsAfterBoundedAttempts()
{
    Rig rig;
    quint16 closedPort = 0;
    {
        ScriptedHttpServer gone;
        QVERIFY(gone.listen());
        closedPort = gone.port();
    }
    const HttpResponse response = rig.run(rig.request("/b/k", closedPort), rig.options());
    QCOMPARE(response.error.kind(), ApiError::Kind::Network);
    QCOMPARE(response.attempts, 3);
    QVERIFY(response.error.toString().contains(u"GET /b/k"_s));
}

void TestTransportFaults::unknownHostFailsFast()
{
    Rig rig;
    HttpRequest r = rig.request();
    r.host = "no-such-host.invalid";
    const HttpResponse response = rig.run(r, rig.options());
    QCOMPARE(response.error.kind(), ApiError::Kind::Network);
    QCOMPARE(response.attempts, 1);
}

void TestTransportFaults::redirectToAnotherHostIsResigned()
{
    Rig rig;
    ScriptedHttpServer other;
    QVERIFY(other.listen());
    const QByteArray location
        = "http://localhost:" + QByteArray::number(other.port()) + "/moved/key?versionId=v1";
    rig.server.setHandler([location](const auto &) {
        return ScriptedHttpServer::respond(307, {}, {{"Location", location}});
    });
    other.setHandler([](const auto &) { return ScriptedHttpServer::respond(200, "moved here"); });
    const HttpResponse response = rig.run(rig.request(), rig.options());
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
    QCOMPARE(response.body, QByteArray("moved here"));
    QCOMPARE(other.requests().size(), 1);
    const auto &got = other.requests().first();
    QCOMPARE(got.target, QByteArray("/moved/key?versionId=v1"));
    // Signed again, for the new host: recompute what the signature must be for what arrived.
    HttpRequest check;
    check.scheme = "http";
    check.host = "localhost";
    check.port = other.port();
    check.path = "/moved/key";
    check.addQuery("versionId", "v1");
    for (const auto &[name, value] : got.headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) != 0
            && name.compare("host", Qt::CaseInsensitive) != 0
            && (name.startsWith("x-amz-") || name.startsWith("X-Amz-") || name == "Accept-Encoding"))
            check.addHeader(name, value);
    }
    QByteArray block;
    QByteArray signedHeaders;
    SigV4Signer::canonicalHeaders(check, &block, &signedHeaders);
    QVERIFY(block.startsWith(
        "accept-encoding:identity\nhost:localhost:" + QByteArray::number(other.port()) + '\n'));
    QVERIFY(got.header("Authorization").contains("SignedHeaders=" + signedHeaders));
    QVERIFY(got.header("Authorization") != rig.server.requests().first().header("Authorization"));
}

void TestTransportFaults::redirectNeverDowngradesToHttp()
{
    const auto url = [](const char *u) {
        return QUrl(QString::fromLatin1(u));
    };
    QVERIFY(!Exchange::mayFollowRedirect("https", url("http://h/x"), true));
    QVERIFY(Exchange::mayFollowRedirect("https", url("http://h/x"), false)); // anonymous: nothing to leak
    QVERIFY(Exchange::mayFollowRedirect("https", url("https://other/x"), true));
    QVERIFY(Exchange::mayFollowRedirect("http", url("https://other/x"), true));
    QVERIFY(!Exchange::mayFollowRedirect("http", url("ftp://h/x"), true));
    QVERIFY(!Exchange::mayFollowRedirect("http", url("file:///etc/passwd"), false));

    // On the wire: a redirect that may not be followed ends the exchange with the 3xx itself.
    Rig rig;
    rig.server.setHandler([](const auto &) {
        return ScriptedHttpServer::respond(302, {}, {{"Location", "ftp://127.0.0.1/elsewhere"}});
    });
    const HttpResponse response = rig.run(rig.request(), rig.options());
    QCOMPARE(response.error.httpStatus(), 302);
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestTransportFaults::abortFinishesOnceWithAborted()
{
    Rig rig;
    rig.server.setHandler([](const auto &) { return Reply {Reply::Action::Stall, 0, {}, {}, 0}; });
    int count = 0;
    HttpResponse result;
    Exchange *exchange = rig.transport.send(rig.request(), rig.options());
    connect(exchange, &Exchange::finished, this, [&](const HttpResponse &r) {
        result = r;
        ++count;
    });
    QTRY_COMPARE(rig.server.requests().size(), 1);
    exchange->abort();
    QTRY_COMPARE(count, 1);
    QTest::qWait(50);
    QCOMPARE(count, 1);
    QCOMPARE(result.error.kind(), ApiError::Kind::Aborted);
}

void TestTransportFaults::streamedBodyIsReopenedPerAttempt()
{
    Rig rig;
    rig.server.setHandler(
        sequence({ScriptedHttpServer::respond(500), ScriptedHttpServer::respond(200, "stored")}));
    const QByteArray payload(300 * 1024, 'p');
    int devicesMade = 0;
    HttpRequest r = rig.request();
    r.method = "PUT";
    r.bodySize = payload.size();
    r.payloadHash = "UNSIGNED-PAYLOAD";
    r.bodyDevice = [&payload, &devicesMade]() -> std::unique_ptr<QIODevice> {
        ++devicesMade;
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(payload);
        return buffer;
    };
    const HttpResponse response = rig.run(r, rig.options());
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
    QCOMPARE(devicesMade, 2);
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(rig.server.requests().at(1).body, payload);
    QCOMPARE(rig.server.requests().at(1).header("x-amz-content-sha256"), QByteArray("UNSIGNED-PAYLOAD"));
}

void TestTransportFaults::connectHostKeepsTheVirtualHost()
{
    Rig rig;
    HttpRequest r = rig.request("/key");
    r.host = "bucket.s3.sandbox.invalid"; // does not resolve: only the connection goes elsewhere
    SendOptions o = rig.options();
    o.connectHost = "127.0.0.1";
    const HttpResponse response = rig.run(r, o);
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
    const auto &got = rig.server.requests().first();
    QCOMPARE(got.header("Host"), "bucket.s3.sandbox.invalid:" + QByteArray::number(rig.server.port()));
    QCOMPARE(got.target, QByteArray("/key"));
    QVERIFY(got.header("Authorization").contains("SignedHeaders=accept-encoding;host;"));
}

void TestTransportFaults::dotSegmentPathsGoDirectWithRetries()
{
    // The direct sender keeps the exchange's promises: retries, bodies, cut-short detection.
    Rig rig;
    const QByteArray body(100000, 'z');
    rig.server.setHandler(sequence({Reply {Reply::Action::ResetMidBody, 200, {}, body, 5000},
        ScriptedHttpServer::respond(503),
        ScriptedHttpServer::respond(200, body, {{"Transfer-Encoding", "chunked"}})}));
    // The scripted server writes a chunked header but a plain body: keep to Content-Length instead.
    rig.server.setHandler(sequence({Reply {Reply::Action::ResetMidBody, 200, {}, body, 5000},
        ScriptedHttpServer::respond(503),
        ScriptedHttpServer::respond(200, body)}));
    HttpRequest r = rig.request("/bucket/a/../b");
    r.method = "PUT";
    r.body = "payload";
    SendOptions o = rig.options();
    o.bodyKind = SendOptions::BodyKind::Object;
    const HttpResponse response = rig.run(r, o);
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
    QCOMPARE(response.body, body);
    QCOMPARE(response.attempts, 3);
    QCOMPARE(rig.server.requests().size(), 3);
    for (const auto &got : rig.server.requests()) {
        QCOMPARE(got.target, QByteArray("/bucket/a/../b"));
        QCOMPARE(got.body, QByteArray("payload"));
        QVERIFY(got.header("Authorization").startsWith("AWS4-HMAC-SHA256"));
    }

    // A stall times out there too.
    Rig dead;
    dead.server.setHandler([](const auto &) { return Reply {Reply::Action::Stall, 0, {}, {}, 0}; });
    SendOptions d = dead.options();
    d.transferTimeoutMs = 200;
    const HttpResponse timedOut = dead.run(dead.request("/b/./k"), d);
    QCOMPARE(timedOut.error.kind(), ApiError::Kind::Timeout);
}

QTEST_GUILESS_MAIN(TestTransportFaults)
#include "tst_transportfaults.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// HttpTransport over real loopback sockets: signing on the wire, retries and their bounds, the retry
// quota, clock-skew correction, wrong-region answers, error bodies and presigned URLs.
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
using namespace TransportRig;

class TestHttpTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signsAndSendsTheExactPath();
    void finishesOnceAndNeverBeforeSendReturns();
    void retriesTransientErrorsThenSucceeds_data();
    void retriesTransientErrorsThenSucceeds();
    void boundedAttempts();
    void nonIdempotentIsNotRetried();
    void clientErrorsAreNotRetried();
    void backoffIsBoundedAndJittered();
    void quotaStopsRetriesWhenEmpty();
    void retryAfterIsHonouredAndCapped();
    void clockSkewIsCorrectedOncePerEndpoint();
    void wrongRegionIsResignedOnceAndRemembered_data();
    void wrongRegionIsResignedOnceAndRemembered();
    void errorBodiesBecomeTypedErrors_data();
    void errorBodiesBecomeTypedErrors();
    void errorInside200();
    void errorsNeverCarryTheSecret();
    void presignUsesTheCorrectedClock();
};

void TestHttpTransport::signsAndSendsTheExactPath()
{
    Rig rig;
    for (const QString &key : hostileKeys()) {
        rig.server.clearRequests();
        const QByteArray path = "/bucket" + UriEncode::s3KeyPath(key);
        HttpRequest r = rig.request(path);
        r.addQuery("prefix", "a b+c");
        const HttpResponse response = rig.run(r, rig.options());
        QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
        QCOMPARE(rig.server.requests().size(), 1);
        const auto &got = rig.server.requests().first();
        // Nothing may re-encode or normalise what the signer signed ("." and ".." segments go
        // through the direct sender, since Qt's own stack would rewrite them).
        QCOMPARE(got.target, path + "?prefix=a%20b%2Bc");
        QVERIFY(got.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"));
        QCOMPARE(got.header("x-amz-content-sha256"),
            QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(got.header("Host"), "127.0.0.1:" + QByteArray::number(rig.server.port()));
        QCOMPARE(got.header("Accept-Encoding"), QByteArray("identity"));
    }
}

void TestHttpTransport::finishesOnceAndNeverBeforeSendReturns()
{
    Rig rig;
    int emitted = 0;
    Exchange *exchange = rig.transport.send(rig.request(), rig.options());
    connect(exchange, &Exchange::finished, this, [&] { ++emitted; });
    QCOMPARE(emitted, 0);
    QTRY_COMPARE(emitted, 1);
    QTest::qWait(50);
    QCOMPARE(emitted, 1);
}

void TestHttpTransport::retriesTransientErrorsThenSucceeds_data()
{
    QTest::addColumn<Reply>("failure");
    QTest::newRow("500") << ScriptedHttpServer::xmlError(500, "InternalError");
    QTest::newRow("502") << ScriptedHttpServer::respond(502, "bad gateway");
    QTest::newRow("503 SlowDown") << ScriptedHttpServer::xmlError(503, "SlowDown");
    QTest::newRow("504") << ScriptedHttpServer::respond(504);
    QTest::newRow("429") << ScriptedHttpServer::respond(429, "slow");
    QTest::newRow("400 RequestTimeout") << ScriptedHttpServer::xmlError(400, "RequestTimeout");
    QTest::newRow("EC2 RequestLimitExceeded") << ScriptedHttpServer::respond(503,
        "<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>m</Message></Error></Errors>"
        "<RequestID>r</RequestID></Response>");
    QTest::newRow("400 BadDigest") << ScriptedHttpServer::xmlError(400, "BadDigest");
}

void TestHttpTransport::retriesTransientErrorsThenSucceeds()
{
    QFETCH(Reply, failure);
    Rig rig;
    rig.server.setHandler(sequence({failure, ScriptedHttpServer::respond(200, "done")}));
    const HttpResponse response = rig.run(rig.request(), rig.options());
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
    QCOMPARE(response.body, QByteArray("done"));
    QCOMPARE(response.attempts, 2);
    QCOMPARE(rig.server.requests().size(), 2);
    // Each attempt is signed afresh.
    QVERIFY(!rig.server.requests().at(1).header("Authorization").isEmpty());
    // The retry's cost went back into the bucket with the success.
    QCOMPARE(rig.transport.retryQuota().available(HttpTransport::endpointKey(rig.request())),
        RetryQuota::kCapacity);
}

void TestHttpTransport::boundedAttempts()
{
    Rig rig;
    rig.server.setHandler(
        [](const auto &) { return ScriptedHttpServer::xmlError(500, "InternalError", "boom"); });
    const HttpResponse response = rig.run(rig.request(), rig.options());
    QCOMPARE(response.error.kind(), ApiError::Kind::Service);
    QCOMPARE(response.error.httpStatus(), 500);
    QCOMPARE(response.error.serviceCode(), u"InternalError"_s);
    QCOMPARE(response.error.requestId(), u"REQ123"_s);
    QCOMPARE(response.attempts, rig.transport.retryPolicy().maxAttempts);
    QCOMPARE(rig.server.requests().size(), rig.transport.retryPolicy().maxAttempts);
    QVERIFY(response.error.toString().contains(u"S3 replied 500 InternalError to GET /bucket/key"_s));
}

void TestHttpTransport::nonIdempotentIsNotRetried()
{
    Rig rig;
    rig.server.setHandler([](const auto &) { return ScriptedHttpServer::respond(503); });
    SendOptions o = rig.options();
    o.idempotent = false;
    HttpRequest r = rig.request();
    r.method = "POST";
    const HttpResponse response = rig.run(r, o);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.error.httpStatus(), 503);
}

void TestHttpTransport::clientErrorsAreNotRetried()
{
    Rig rig;
    rig.server.setHandler(
        [](const auto &) { return ScriptedHttpServer::xmlError(404, "NoSuchKey", "gone"); });
    const HttpResponse response = rig.run(rig.request(), rig.options());
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.error.serviceCode(), u"NoSuchKey"_s);
    QCOMPARE(response.error.message(), u"gone"_s);
    QCOMPARE(response.error.humanSentence(), u"The object does not exist."_s);
}

void TestHttpTransport::backoffIsBoundedAndJittered()
{
    const RetryPolicy policy;
    for (int attempt = 1; attempt <= 40; ++attempt) {
        for (const double r : {0.0, 0.25, 0.5, 0.999999}) {
            for (const bool throttled : {false, true}) {
                const int d = policy.backoffDelayMs(attempt, r, throttled);
                QVERIFY(d >= 0);
                QVERIFY(d <= policy.maxDelayMs);
                const double base = throttled ? policy.throttleBaseDelayMs : policy.baseDelayMs;
                QVERIFY(d <= std::min(base * std::pow(2.0, attempt - 1), double(policy.maxDelayMs)));
            }
        }
    }
    // Full jitter: the delay spans the whole range, from zero to the ceiling.
    QCOMPARE(policy.backoffDelayMs(3, 0.0, false), 0);
    QVERIFY(policy.backoffDelayMs(3, 0.999, false) > 3900);
    QVERIFY(policy.backoffDelayMs(2, 0.5, true) > policy.backoffDelayMs(2, 0.5, false));
}

void TestHttpTransport::quotaStopsRetriesWhenEmpty()
{
    Rig rig;
    const QString endpoint = HttpTransport::endpointKey(rig.request());
    while (rig.transport.retryQuota().acquire(endpoint, false)) {}
    QVERIFY(rig.transport.retryQuota().available(endpoint) < RetryQuota::kRetryCost);
    rig.server.setHandler([](const auto &) { return ScriptedHttpServer::respond(500); });
    const HttpResponse response = rig.run(rig.request(), rig.options());
    QCOMPARE(response.attempts, 1); // failed at once, no retry
    // Successes refill the bucket, one token each.
    rig.server.setHandler([](const auto &) { return ScriptedHttpServer::respond(200); });
    const int before = rig.transport.retryQuota().available(endpoint);
    QVERIFY(rig.run(rig.request(), rig.options()).error.isOk());
    QCOMPARE(rig.transport.retryQuota().available(endpoint), before + RetryQuota::kSuccessRefill);
}

void TestHttpTransport::retryAfterIsHonouredAndCapped()
{
    Rig rig;
    RetryPolicy policy;
    policy.maxRetryAfterMs = 200;
    rig.transport.setRetryPolicy(policy);
    rig.server.setHandler(sequence({ScriptedHttpServer::respond(429, {}, {{"Retry-After", "3600"}}),
        ScriptedHttpServer::respond(200, "ok")}));
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = rig.run(rig.request(), rig.options());
    QVERIFY(response.error.isOk());
    QVERIFY(timer.elapsed() >= 150);  // waited as asked…
    QVERIFY(timer.elapsed() < 10000); // …but never an hour
}

void TestHttpTransport::clockSkewIsCorrectedOncePerEndpoint()
{
    Rig rig;
    const QDateTime serverNow = QDateTime(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc());
    rig.clock.set(serverNow.addSecs(-20 * 60)); // our clock is 20 minutes slow
    rig.server.setHandler([serverNow](const ScriptedHttpServer::Request &request) {
        const QByteArray sent = request.header("X-Amz-Date");
        const QDateTime t = QDateTime::fromString(QString::fromLatin1(sent), u"yyyyMMdd'T'HHmmss'Z'"_s);
        QDateTime tu = t;
        tu.setTimeZone(QTimeZone::utc());
        if (qAbs(tu.secsTo(serverNow)) > 15 * 60)
            return ScriptedHttpServer::xmlError(403,
                "RequestTimeTooSkewed",
                "The difference between the request time and the current time is too large.",
                "<ServerTime>2026-11-24T12:00:00Z</ServerTime>");
        return ScriptedHttpServer::respond(200, "ok");
    });
    const HttpResponse response = rig.run(rig.request(), rig.options());
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(rig.server.requests().at(1).header("X-Amz-Date"), QByteArray("20261124T120000Z"));
    const QString endpoint = HttpTransport::endpointKey(rig.request());
    QCOMPARE(rig.transport.clockSkew().offsetMs(endpoint), qint64(20 * 60 * 1000));
    // The next request is right the first time.
    rig.server.clearRequests();
    QVERIFY(rig.run(rig.request(), rig.options()).error.isOk());
    QCOMPARE(rig.server.requests().size(), 1);
    // A clock that stays wrong after the correction fails with the clock message, not a loop.
    rig.server.setHandler([](const auto &) {
        return ScriptedHttpServer::xmlError(
            403, "RequestTimeTooSkewed", "skewed", "<ServerTime>2030-01-01T00:00:00Z</ServerTime>");
    });
    rig.server.clearRequests();
    const HttpResponse stuck = rig.run(rig.request(), rig.options());
    QCOMPARE(stuck.error.serviceCode(), u"RequestTimeTooSkewed"_s);
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(stuck.error.humanSentence(), u"This computer's clock is too far from the server's."_s);
}

void TestHttpTransport::wrongRegionIsResignedOnceAndRemembered_data()
{
    QTest::addColumn<Reply>("redirect");
    QTest::newRow("400 AuthorizationHeaderMalformed") << ScriptedHttpServer::xmlError(
        400, "AuthorizationHeaderMalformed", "wrong region", "<Region>eu-west-1</Region>");
    QTest::newRow("301 PermanentRedirect + header") << Reply {Reply::Action::Respond,
        301,
        {{"x-amz-bucket-region", "eu-west-1"}},
        "<Error><Code>PermanentRedirect</Code><Message>m</Message><Endpoint>b.s3.eu-west-1.amazonaws.com</"
        "Endpoint></Error>",
        0};
    QTest::newRow("HEAD 400 with header only")
        << Reply {Reply::Action::Respond, 400, {{"x-amz-bucket-region", "eu-west-1"}}, {}, 0};
}

void TestHttpTransport::wrongRegionIsResignedOnceAndRemembered()
{
    QFETCH(Reply, redirect);
    Rig rig;
    rig.server.setHandler([redirect](const ScriptedHttpServer::Request &request) {
        if (scopeRegion(request.header("Authorization")) != "eu-west-1")
            return redirect;
        return ScriptedHttpServer::respond(200, "here");
    });
    SendOptions o = rig.options();
    o.bucket = u"bucket"_s;
    QStringList retargeted;
    o.retarget = [&retargeted](HttpRequest &, const QString &region) {
        retargeted.append(region);
    };
    HttpRequest r = rig.request();
    if (QTest::currentDataTag() == QByteArray("HEAD 400 with header only"))
        r.method = "HEAD";
    const HttpResponse response = rig.run(r, o);
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(retargeted, QStringList {u"eu-west-1"_s});
    QCOMPARE(rig.transport.regionCache().region(HttpTransport::endpointKey(r), u"bucket"_s), u"eu-west-1"_s);
    // The next request for that bucket goes to the right region at once.
    rig.server.clearRequests();
    QVERIFY(rig.run(r, o).error.isOk());
    QCOMPARE(rig.server.requests().size(), 1);

    // A server that keeps redirecting is followed once, never in a loop.
    Rig loop;
    loop.server.setHandler([redirect](const auto &) { return redirect; });
    HttpRequest lr = loop.request();
    lr.method = r.method;
    const HttpResponse looped = loop.run(lr, loop.options());
    QVERIFY(!looped.error.isOk());
    QCOMPARE(loop.server.requests().size(), 2);
}

void TestHttpTransport::errorBodiesBecomeTypedErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");
    QTest::newRow("S3") << QByteArray(
        "<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message>"
        "<RequestId>4442587FB7D0A2F9</RequestId></Error>")
                        << 403 << u"AccessDenied"_s << u"Access Denied"_s << u"4442587FB7D0A2F9"_s;
    QTest::newRow("EC2") << QByteArray(
        "<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>The instance "
        "ID 'i-1' does not exist</Message></Error><Error><Code>Second</Code></Error></Errors>"
        "<RequestID>ea966190-f9aa-478e-9ede-example</RequestID></Response>")
                         << 400 << u"InvalidInstanceID.NotFound"_s
                         << u"The instance ID 'i-1' does not exist"_s << u"ea966190-f9aa-478e-9ede-example"_s;
    QTest::newRow("Query") << QByteArray(
        "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender"
        "</Type><Code>InvalidClientTokenId</Code><Message>bad token</Message></Error>"
        "<RequestId>42</RequestId></ErrorResponse>")
                           << 403 << u"InvalidClientTokenId"_s << u"bad token"_s << u"42"_s;
    QTest::newRow("not XML") << QByteArray("<html>Bad Gateway</html>") << 403 << QString() << u"Scripted"_s
                             << QString();
    QTest::newRow("DTD refused") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY x \"boom\">]>"
        "<Error><Code>&x;</Code></Error>")
                                 << 403 << QString() << u"Scripted"_s << QString();
}

void TestHttpTransport::errorBodiesBecomeTypedErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    Rig rig;
    rig.server.setHandler([&](const auto &) { return ScriptedHttpServer::respond(status, body); });
    const HttpResponse response = rig.run(rig.request(), rig.options());
    QCOMPARE(response.error.httpStatus(), status);
    QCOMPARE(response.error.kind(), code.isEmpty() ? ApiError::Kind::Http : ApiError::Kind::Service);
    QCOMPARE(response.error.serviceCode(), code);
    QCOMPARE(response.error.message(), message);
    QCOMPARE(response.error.requestId(), requestId);
    QCOMPARE(response.body, body); // the raw body stays available
}

void TestHttpTransport::errorInside200()
{
    const Reply errorIn200 = ScriptedHttpServer::respond(200,
        "\n\n  <?xml version=\"1.0\"?>\n<Error><Code>InternalError</Code><Message>We encountered an internal "
        "error.</Message></Error>");
    Rig rig;
    rig.server.setHandler(
        sequence({errorIn200, ScriptedHttpServer::respond(200, "<CompleteMultipartUploadResult/>")}));
    HttpRequest r = rig.request();
    r.method = "POST";
    r.addQuery("uploadId", "u1");
    const HttpResponse response = rig.run(r, rig.options());
    QVERIFY(response.error.isOk());
    QCOMPARE(response.attempts, 2); // the 200 was a failure, and retried

    Rig always;
    always.server.setHandler([errorIn200](const auto &) { return errorIn200; });
    HttpRequest complete = always.request();
    complete.method = "POST";
    complete.addQuery("uploadId", "u1");
    const HttpResponse failed = always.run(complete, always.options());
    QCOMPARE(failed.error.kind(), ApiError::Kind::Service);
    QCOMPARE(failed.error.httpStatus(), 200);
    QCOMPARE(failed.error.serviceCode(), u"InternalError"_s);

    // Object data is never read as an error, whatever it contains.
    SendOptions o = always.options();
    o.bodyKind = SendOptions::BodyKind::Object;
    QVERIFY(always.run(always.request(), o).error.isOk());
}

void TestHttpTransport::errorsNeverCarryTheSecret()
{
    Rig rig;
    rig.server.setHandler([](const auto &) {
        return ScriptedHttpServer::xmlError(
            403, "SignatureDoesNotMatch", "The request signature we calculated does not match");
    });
    HttpRequest r = rig.request();
    r.addQuery("X-Amz-Signature", "deadbeef");
    const HttpResponse response = rig.run(r, rig.options());
    const QString text
        = response.error.toString() + response.error.humanSentence() + response.error.resource();
    QVERIFY(!text.contains(QString::fromLatin1(kSecret)));
    QVERIFY(!text.contains(u"deadbeef"_s));
    QVERIFY(!text.contains(u"Signature="_s
        + QString::fromLatin1(rig.server.requests().first().header("Authorization").split('=').last())));
}

void TestHttpTransport::presignUsesTheCorrectedClock()
{
    Rig rig;
    const QDateTime serverNow(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc());
    rig.clock.set(serverNow.addSecs(-3600)); // an hour slow
    const HttpRequest r = rig.request();
    rig.transport.clockSkew().observe(HttpTransport::endpointKey(r), serverNow, rig.clock.nowUtc());
    SigV4Signer::Options o = s3Options();
    o.mode = SigV4Signer::Mode::Query;
    const SigV4Signer presigner(o);
    SendOptions options = rig.options();
    options.signer = &presigner;
    QString error;
    const QUrl url = rig.transport.presign(r, options, 3600, &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    QVERIFY(url.query().contains(u"X-Amz-Date=20261124T120000Z"_s));
    QVERIFY(url.query().contains(u"X-Amz-Expires=3600"_s));
    QVERIFY(!rig.transport.presign(r, options, 604801, &error).isValid());
    QVERIFY(error.contains(u"604800"_s));
    // The URL works as it is, with no header of ours.
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(rig.server.requests().last().target.contains("X-Amz-Signature="));
    delete reply;
}

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"

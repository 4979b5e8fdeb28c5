// SPDX-License-Identifier: GPL-3.0-or-later
// HttpTransport's ConnectionPool over real loopback sockets: more than Qt's 6 connections per host
// and manager reach one endpoint at once, no more than the cap, and the in-flight counts go back to
// zero whatever ends a request (success, error answer, reset, timeout, abort, deletion).
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "transportrig.h"

using namespace Qt::StringLiterals;
using namespace TransportRig;

class TestConnectionPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void moreThanSixRequestsAreInFlightAtOnce_data();
    void moreThanSixRequestsAreInFlightAtOnce();
    void countsReturnToZero_data();
    void countsReturnToZero();
    void deletedExchangesLeaveNoCount();
    void theInjectedManagerStaysFirst();

private:
    static QString connection(const Rig &rig) { return u"http://127.0.0.1:%1"_s.arg(rig.server.port()); }
};

void TestConnectionPool::moreThanSixRequestsAreInFlightAtOnce_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("expectedAtServer");
    QTest::addColumn<int>("expectedManagers");
    QTest::newRow("default cap 24: 20 at once, 4 managers") << 0 << 20 << 20 << 4;
    QTest::newRow("cap 24: 30 sent, 24 at once") << 24 << 30 << 24 << 4;
    QTest::newRow("cap 12: 20 sent, 12 at once") << 12 << 20 << 12 << 2;
    QTest::newRow("cap 6 (one manager, Qt's own limit)") << 6 << 12 << 6 << 1;
}

void TestConnectionPool::moreThanSixRequestsAreInFlightAtOnce()
{
    QFETCH(int, cap);
    QFETCH(int, requests);
    QFETCH(int, expectedAtServer);
    QFETCH(int, expectedManagers);
    Rig rig;
    if (cap > 0)
        rig.transport.setMaxConnectionsPerEndpoint(cap);
    // Every request is held: none is answered before all that may be sent at once have arrived.
    rig.server.setHandler([](const ScriptedHttpServer::Request &) {
        ScriptedHttpServer::Reply r;
        r.action = ScriptedHttpServer::Reply::Action::Stall;
        return r;
    });
    QList<Exchange *> exchanges;
    int finished = 0;
    int aborted = 0;
    for (int i = 0; i < requests; ++i) {
        SendOptions o = rig.options();
        o.transferTimeoutMs = 30000;
        Exchange *e = rig.transport.send(rig.request("/bucket/key" + QByteArray::number(i)), o);
        connect(e, &Exchange::finished, this, [&](const HttpResponse &response) {
            ++finished;
            aborted += int(response.error.kind() == ApiError::Kind::Aborted);
        });
        exchanges.append(e);
    }
    QTRY_COMPARE_WITH_TIMEOUT(int(rig.server.requests().size()), expectedAtServer, 10000);
    QTest::qWait(300); // and no more than that arrive
    QCOMPARE(int(rig.server.requests().size()), expectedAtServer);
    QCOMPARE(finished, 0);
    QCOMPARE(rig.transport.requestsInFlight(connection(rig)), requests); // the rest wait inside Qt
    QCOMPARE(rig.transport.requestsInFlight(), requests);
    QCOMPARE(rig.transport.managerCount(), expectedManagers);

    for (Exchange *e : std::as_const(exchanges))
        e->abort();
    QTRY_COMPARE_WITH_TIMEOUT(finished, requests, 10000);
    QCOMPARE(aborted, requests);
    QTRY_COMPARE(rig.transport.requestsInFlight(), 0);
}

void TestConnectionPool::countsReturnToZero_data()
{
    QTest::addColumn<int>("action"); // ScriptedHttpServer::Reply::Action
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedKind"); // ApiError::Kind
    QTest::newRow("success") << int(Reply::Action::Respond) << 200 << int(ApiError::Kind::None);
    QTest::newRow("error answer") << int(Reply::Action::Respond) << 403 << int(ApiError::Kind::Http);
    QTest::newRow("connection reset") << int(Reply::Action::Reset) << 0 << int(ApiError::Kind::Network);
    QTest::newRow("body cut short") << int(Reply::Action::ResetMidBody) << 200
                                    << int(ApiError::Kind::Network);
    QTest::newRow("timeout") << int(Reply::Action::Stall) << 0 << int(ApiError::Kind::Timeout);
}

void TestConnectionPool::countsReturnToZero()
{
    QFETCH(int, action);
    QFETCH(int, status);
    QFETCH(int, expectedKind);
    constexpr int kRequests = 14; // three managers
    Rig rig;
    RetryPolicy once;
    once.maxAttempts = 1;
    rig.transport.setRetryPolicy(once);
    rig.server.setHandler([action, status](const ScriptedHttpServer::Request &) {
        Reply r = ScriptedHttpServer::respond(status, QByteArray(64, 'x'));
        r.action = Reply::Action(action);
        r.cutAfter = 10;
        return r;
    });
    int finished = 0;
    QList<int> kinds;
    for (int i = 0; i < kRequests; ++i) {
        SendOptions o = rig.options();
        o.transferTimeoutMs = 700;
        Exchange *e = rig.transport.send(rig.request(), o);
        connect(e, &Exchange::finished, this, [&](const HttpResponse &response) {
            ++finished;
            kinds.append(int(response.error.kind()));
        });
    }
    QCOMPARE(rig.transport.requestsInFlight(), 0); // sent from the event loop, after send() returns
    QTRY_COMPARE_WITH_TIMEOUT(finished, kRequests, 15000);
    QCOMPARE(kinds, QList<int>(kRequests, expectedKind));
    QCOMPARE(rig.transport.managerCount(), 3);
    QTRY_COMPARE(rig.transport.requestsInFlight(), 0);
    QCOMPARE(rig.transport.requestsInFlight(connection(rig)), 0);
}

void TestConnectionPool::deletedExchangesLeaveNoCount()
{
    Rig rig;
    rig.server.setHandler([](const ScriptedHttpServer::Request &) {
        Reply r;
        r.action = Reply::Action::Stall;
        return r;
    });
    QList<Exchange *> exchanges;
    for (int i = 0; i < 9; ++i)
        exchanges.append(rig.transport.send(rig.request(), rig.options()));
    QTRY_COMPARE_WITH_TIMEOUT(int(rig.server.requests().size()), 9, 10000);
    QCOMPARE(rig.transport.requestsInFlight(), 9);
    qDeleteAll(exchanges); // their replies are aborted and deleted, finished() or not
    QTRY_COMPARE(rig.transport.requestsInFlight(), 0);
}

void TestConnectionPool::theInjectedManagerStaysFirst()
{
    QNetworkAccessManager nam;
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    HttpTransport transport(nullptr, &nam);
    QCOMPARE(transport.networkAccessManager(), &nam);
    QCOMPARE(nam.redirectPolicy(), QNetworkRequest::ManualRedirectPolicy);
    QSignalSpy sent(&nam, &QNetworkAccessManager::finished);
    // One request at a time always goes through the first manager; no other is made.
    for (int i = 0; i < 3; ++i) {
        HttpRequest r;
        r.scheme = "http";
        r.host = "127.0.0.1";
        r.port = server.port();
        r.path = "/bucket/key";
        SendOptions o;
        o.transferTimeoutMs = 5000;
        int count = 0;
        connect(transport.send(r, o), &Exchange::finished, this, [&] { ++count; });
        QTRY_COMPARE(count, 1);
    }
    QCOMPARE(sent.count(), 3);
    QCOMPARE(transport.managerCount(), 1);
}

QTEST_GUILESS_MAIN(TestConnectionPool)
#include "tst_connectionpool.moc"

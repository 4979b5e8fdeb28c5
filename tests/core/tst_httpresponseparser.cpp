// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "transport/httpresponseparser.h"

class TestHttpResponseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framings_data();
    void framings();
    void malformed_data();
    void malformed();
    void incompleteUntilTheEnd();
};

void TestHttpResponseParser::framings_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("head");
    QTest::addColumn<bool>("needsClose");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false
                            << false << 200 << QByteArray("hello");
    QTest::newRow("chunked with extension and trailer") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\nA\r\n0123456789\r\n0\r\n"
        "X-Trailer: t\r\n\r\n") << false << false << 200 << QByteArray("abc0123456789");
    QTest::newRow("until close") << QByteArray("HTTP/1.0 200 OK\r\n\r\nto the end") << false << true << 200
                                 << QByteArray("to the end");
    QTest::newRow("HEAD has no body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 999\r\n\r\n") << true
                                      << false << 200 << QByteArray();
    QTest::newRow("204") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << false << 204
                         << QByteArray();
    QTest::newRow("100 then 200") << QByteArray(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok")
                                  << false << false << 201 << QByteArray("ok");
}

void TestHttpResponseParser::framings()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, head);
    QFETCH(bool, needsClose);
    // Every split of the bytes gives the same answer.
    for (const int step : {1, 2, 7, 1000}) {
        HttpResponseParser parser(head);
        for (int i = 0; i < wire.size(); i += step)
            parser.feed(QByteArrayView(wire).sliced(i, qMin<qsizetype>(step, wire.size() - i)));
        if (needsClose) {
            QCOMPARE(parser.state(), HttpResponseParser::State::Body);
            parser.closed();
        }
        QCOMPARE(parser.state(), HttpResponseParser::State::Complete);
        QTEST(parser.status(), "status");
        QTEST(parser.body(), "body");
    }
}

void TestHttpResponseParser::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n");
    QTest::newRow("bad status") << QByteArray("HTTP/1.1 abc OK\r\n\r\n");
    QTest::newRow("bad header") << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n");
    QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n");
    QTest::newRow("bad chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("chunk without CRLF")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY");
    QTest::newRow("huge head") << QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(70000, 'a');
}

void TestHttpResponseParser::malformed()
{
    QFETCH(QByteArray, wire);
    HttpResponseParser parser;
    parser.feed(wire);
    QCOMPARE(parser.state(), HttpResponseParser::State::Failed);
    QVERIFY(!parser.failure().isEmpty());
}

void TestHttpResponseParser::incompleteUntilTheEnd()
{
    HttpResponseParser parser;
    parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort");
    parser.closed(); // a length-framed body cut short stays incomplete
    QCOMPARE(parser.state(), HttpResponseParser::State::Body);
    QCOMPARE(parser.body(), QByteArray("short"));
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's incremental HTTP/1.1 request reader: any split of the bytes gives the same request.
#include <QTest>

#include "httprequestparser.h"

using State = HttpRequestParser::State;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsWhateverTheSplit_data();
    void readsWhateverTheSplit();
    void stopsAtTheEndOfOneRequest();
    void refusesMalformedInput_data();
    void refusesMalformedInput();
};

void TestHttpRequestParser::readsWhateverTheSplit_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no body") << QByteArray("GET /b/k?list-type=2 HTTP/1.1\r\nHost: h\r\n\r\n")
                             << QByteArray();
    QTest::newRow("content-length") << QByteArray(
        "PUT /b/a%2Bb HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello")
                                    << QByteArray("hello");
    QTest::newRow("chunked with extension and trailer")
        << QByteArray("PUT /b/k HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "3;ext=1\r\nabc\r\n0000a\r\n0123456789\r\n0\r\nx-trailer: t\r\n\r\n")
        << QByteArray("abc0123456789");
    QTest::newRow("empty chunked") << QByteArray(
        "PUT /b/k HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                   << QByteArray();
}

void TestHttpRequestParser::readsWhateverTheSplit()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, body);
    for (const int step : {1, 2, 7, 1000}) {
        HttpRequestParser parser;
        QByteArray input;
        QByteArray received;
        State state = State::Head;
        for (qsizetype at = 0; at < raw.size(); at += step) {
            input.append(raw.mid(at, step));
            state = parser.feed(input, &received);
            QVERIFY(state != State::Error);
        }
        QCOMPARE(state, State::Complete);
        QCOMPARE(received, body);
        QVERIFY(input.isEmpty());
        QCOMPARE(parser.method().isEmpty(), false);
        QVERIFY(parser.target().startsWith("/b/"));
        QVERIFY(parser.keepAlive());
    }
}

void TestHttpRequestParser::stopsAtTheEndOfOneRequest()
{
    HttpRequestParser parser;
    QByteArray input
        = "PUT /x HTTP/1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nabGET /y HTTP/1.1\r\n\r\n";
    QByteArray body;
    QCOMPARE(parser.feed(input, &body), State::Complete);
    QCOMPARE(body, "ab");
    QVERIFY(!parser.keepAlive());
    QCOMPARE(input, "GET /y HTTP/1.1\r\n\r\n");
    parser.reset();
    body.clear();
    QCOMPARE(parser.feed(input, &body), State::Complete);
    QCOMPARE(parser.target(), "/y");
}

void TestHttpRequestParser::refusesMalformedInput_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::newRow("request line") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nbroken\r\n\r\n") << 400;
    QTest::newRow("negative length") << QByteArray("PUT / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("two lengths") << QByteArray(
        "PUT / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
                                 << 400;
    QTest::newRow("gzip coding") << QByteArray("PUT / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
    QTest::newRow("bad chunk size") << QByteArray(
        "PUT / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << 400;
    QTest::newRow("huge head") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(70000, 'a')) << 431;
    // Not HTTP at all, refused on the first bytes rather than waited on for a head that never ends:
    // a TLS ClientHello (record type 0x16, TLS 1.0 record version, as OpenSSL sends) is closed
    // without an answer (0); text and binary garbage get a 400.
    QTest::newRow("TLS ClientHello") << QByteArray::fromHex("160301020001000001fc0303") << 0;
    QTest::newRow("TLS record type and version only") << QByteArray("\x16\x03", 2) << 0;
    QTest::newRow("0x16 then not a TLS version") << QByteArray("\x16\x00GE", 4) << 400;
    QTest::newRow("SSH banner") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << 400;
    QTest::newRow("text line without a version") << QByteArray("hello there\r\n") << 400;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << 400;
    QTest::newRow("control byte in the request line") << QByteArray("GET /\x01 HTTP/1.1") << 400;
}

void TestHttpRequestParser::refusesMalformedInput()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    HttpRequestParser parser;
    QByteArray body;
    QCOMPARE(parser.feed(raw, &body), State::Error);
    QCOMPARE(parser.errorStatus(), status);
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include "transport/httprequest.h"

// An incremental HTTP/1.1 request reader: bytes in as they arrive, the head once it is complete,
// the body (Content-Length or chunked, de-chunked) handed out piece by piece so a big PUT never sits
// whole in memory. Pure: no sockets, no files.
class HttpRequestParser
{
public:
    enum class State
    {
        Head,     // reading the request line and headers
        Body,     // the head is complete; body bytes follow
        Complete, // one whole request; call reset() before the next
        Error,    // malformed; errorStatus() says what to answer (0: nothing), then close
    };

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;

    // Consumes what it can from `input` (removing it) and appends body bytes to `body`. Stops at the
    // end of one request, leaving any pipelined bytes in `input`.
    State feed(QByteArray &input, QByteArray *body);
    State state() const { return m_state; }
    void reset();

    const QByteArray &method() const { return m_method; }
    const QByteArray &target() const { return m_target; } // as received: path and query, encoded
    const QByteArray &version() const { return m_version; }
    const QList<HttpHeader> &headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const;
    bool isChunked() const { return m_chunked; }
    qint64 contentLength() const { return m_contentLength; } // -1 when chunked
    bool keepAlive() const;
    bool expectsContinue() const;
    int errorStatus() const { return m_errorStatus; }
    const QByteArray &errorMessage() const { return m_errorMessage; }

private:
    enum class ChunkStep
    {
        Size,
        Data,
        DataEnd,
        Trailer
    };

    State fail(int status, QByteArray message);
    State parseHead(QByteArrayView head);
    // A TLS handshake or bytes no HTTP request line holds, seen as soon as they arrive (a client
    // would otherwise wait for an answer to a head that never ends).
    State rejectNonHttp(QByteArrayView input);
    State feedChunked(QByteArray &input, QByteArray *body);

    State m_state = State::Head;
    QByteArray m_method;
    QByteArray m_target;
    QByteArray m_version;
    QList<HttpHeader> m_headers;
    bool m_chunked = false;
    qint64 m_contentLength = 0;
    qint64 m_remaining = 0; // of the body, or of the current chunk
    ChunkStep m_chunkStep = ChunkStep::Size;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include "transport/httprequest.h"

// Reads an HTTP/1.1 response as its bytes arrive: status line, headers, then a body delimited by
// Content-Length, chunked encoding or the end of the connection. Pure: bytes in, state out.
class HttpResponseParser
{
public:
    enum class State
    {
        Head,
        Body,
        Complete,
        Failed
    };
    static constexpr qsizetype kMaxHead = 64 * 1024;

    explicit HttpResponseParser(bool headRequest = false);

    void feed(QByteArrayView bytes);
    // The connection closed: completes a body that runs to the end of the connection.
    void closed();

    State state() const { return m_state; }
    int status() const { return m_status; }
    const QByteArray &reason() const { return m_reason; }
    const QList<HttpHeader> &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }
    const QByteArray &failure() const { return m_failure; } // why the answer could not be read

private:
    void parseHead();
    void parseBody();
    void fail(const char *why);
    QByteArray header(QByteArrayView name) const;

    bool m_headRequest;
    State m_state = State::Head;
    QByteArray m_buffer;
    int m_status = 0;
    QByteArray m_reason;
    QList<HttpHeader> m_headers;
    QByteArray m_body;
    QByteArray m_failure;
    enum class Framing
    {
        Length,
        Chunked,
        UntilClose
    } m_framing
        = Framing::UntilClose;
    qint64 m_remaining = 0;   // Length: bytes left; Chunked: bytes left in the current chunk
    bool m_inTrailer = false; // Chunked: after the last chunk
};

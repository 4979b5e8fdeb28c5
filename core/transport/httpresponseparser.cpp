// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/httpresponseparser.h"

HttpResponseParser::HttpResponseParser(bool headRequest)
    : m_headRequest(headRequest)
{}

void HttpResponseParser::fail(const char *why)
{
    m_state = State::Failed;
    m_failure = why;
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const HttpHeader &h : m_headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

void HttpResponseParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Complete || m_state == State::Failed)
        return;
    m_buffer.append(bytes);
    if (m_state == State::Head)
        parseHead();
    if (m_state == State::Body)
        parseBody();
}

void HttpResponseParser::parseHead()
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > kMaxHead)
                fail("the answer's header is too large");
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QByteArray statusLine = lines.first().trimmed();
        if (!statusLine.startsWith("HTTP/1.")) {
            fail("the answer is not HTTP/1.x");
            return;
        }
        const QList<QByteArray> parts = statusLine.split(' ');
        bool ok = false;
        m_status = parts.value(1).toInt(&ok);
        if (!ok || m_status < 100 || m_status > 999) {
            fail("the answer's status line cannot be read");
            return;
        }
        m_reason = statusLine.mid(statusLine.indexOf(' ', statusLine.indexOf(' ') + 1) + 1);
        if (parts.size() < 3)
            m_reason.clear();
        m_headers.clear();
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                fail("the answer has a malformed header");
                return;
            }
            m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        if (m_status >= 100 && m_status < 200)
            continue; // 100 Continue and friends: the real answer follows
        break;
    }
    const bool noBody = m_headRequest || m_status == 204 || m_status == 304;
    if (noBody) {
        m_state = State::Complete;
        return;
    }
    if (header("Transfer-Encoding").toLower().contains("chunked")) {
        m_framing = Framing::Chunked;
        m_remaining = -1; // expecting a chunk size line
    } else if (!header("Content-Length").isEmpty()) {
        bool ok = false;
        m_remaining = header("Content-Length").toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            fail("the answer's Content-Length cannot be read");
            return;
        }
        m_framing = Framing::Length;
    } else {
        m_framing = Framing::UntilClose;
    }
    m_state = State::Body;
}

void HttpResponseParser::parseBody()
{
    if (m_framing == Framing::UntilClose) {
        m_body.append(m_buffer);
        m_buffer.clear();
        return;
    }
    if (m_framing == Framing::Length) {
        const qsizetype take = qMin<qsizetype>(m_remaining, m_buffer.size());
        m_body.append(m_buffer.left(take));
        m_buffer.remove(0, take);
        m_remaining -= take;
        if (m_remaining == 0)
            m_state = State::Complete;
        return;
    }
    for (;;) { // chunked
        if (m_inTrailer) {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return;
            const bool last = end == 0;
            m_buffer.remove(0, end + 2);
            if (last) {
                m_state = State::Complete;
                return;
            }
            continue; // a trailer header line
        }
        if (m_remaining < 0) {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return;
            QByteArray sizeText = m_buffer.left(end);
            const qsizetype semicolon = sizeText.indexOf(';');
            if (semicolon >= 0)
                sizeText.truncate(semicolon);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail("the answer's chunk size cannot be read");
                return;
            }
            m_buffer.remove(0, end + 2);
            if (size == 0) {
                m_inTrailer = true;
                continue;
            }
            m_remaining = size;
        }
        if (m_buffer.size() < m_remaining + 2)
            return; // the chunk and its CRLF are not all here yet
        m_body.append(m_buffer.left(m_remaining));
        if (m_buffer.mid(m_remaining, 2) != "\r\n") {
            fail("the answer's chunk is malformed");
            return;
        }
        m_buffer.remove(0, m_remaining + 2);
        m_remaining = -1;
    }
}

void HttpResponseParser::closed()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Complete;
}

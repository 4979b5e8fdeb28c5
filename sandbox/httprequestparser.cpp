// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequestparser.h"

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

} // namespace

void HttpRequestParser::reset()
{
    *this = HttpRequestParser();
}

HttpRequestParser::State HttpRequestParser::fail(int status, QByteArray message)
{
    m_errorStatus = status;
    m_errorMessage = std::move(message);
    m_state = State::Error;
    return m_state;
}

QByteArray HttpRequestParser::header(QByteArrayView name) const
{
    for (const HttpHeader &h : m_headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

bool HttpRequestParser::keepAlive() const
{
    const QByteArray connection = header("Connection").toLower();
    if (m_version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

bool HttpRequestParser::expectsContinue() const
{
    return header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;
}

HttpRequestParser::State HttpRequestParser::parseHead(QByteArrayView head)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < head.size()) {
        qsizetype end = head.indexOf('\n', start);
        if (end < 0)
            end = head.size();
        QByteArrayView line = head.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        start = end + 1;
    }
    if (lines.isEmpty())
        return fail(400, "empty request");
    const QList<QByteArray> parts = lines.first().toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1."))
        return fail(400, "malformed request line");
    m_method = parts[0];
    m_target = parts[1];
    m_version = parts[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
            if (m_headers.isEmpty())
                return fail(400, "continuation line before any header");
            m_headers.last().value.append(' ').append(line.trimmed());
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, "malformed header line");
        m_headers.append({line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    const QByteArray encoding = header("Transfer-Encoding").toLower();
    if (!encoding.isEmpty()) {
        if (encoding != "chunked")
            return fail(501, "only chunked transfer coding is supported");
        m_chunked = true;
        m_contentLength = -1;
        m_chunkStep = ChunkStep::Size;
    } else {
        const QList<QByteArray> lengths = [this] {
            QList<QByteArray> values;
            for (const HttpHeader &h : std::as_const(m_headers)) {
                if (h.name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    values.append(h.value);
            }
            return values;
        }();
        if (!lengths.isEmpty()) {
            bool ok = false;
            m_contentLength = lengths.first().toLongLong(&ok);
            if (!ok || m_contentLength < 0 || lengths.count(lengths.first()) != lengths.size())
                return fail(400, "bad Content-Length");
            for (const char c : lengths.first()) {
                if (c < '0' || c > '9')
                    return fail(400, "bad Content-Length");
            }
        }
        m_remaining = m_contentLength;
    }
    m_state = (m_chunked || m_remaining > 0) ? State::Body : State::Complete;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::feedChunked(QByteArray &input, QByteArray *body)
{
    while (m_state == State::Body) {
        if (m_chunkStep == ChunkStep::Data) {
            const qint64 take = std::min<qint64>(m_remaining, input.size());
            if (take == 0)
                return m_state;
            body->append(input.constData(), take);
            input.remove(0, take);
            m_remaining -= take;
            if (m_remaining == 0)
                m_chunkStep = ChunkStep::DataEnd;
            continue;
        }
        const qsizetype eol = input.indexOf("\r\n");
        if (eol < 0) {
            if (input.size() > 4096)
                return fail(400, "chunk line too long");
            return m_state;
        }
        const QByteArray line = input.left(eol);
        input.remove(0, eol + 2);
        switch (m_chunkStep) {
        case ChunkStep::Size: {
            const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
            bool ok = false;
            const QByteArray hex = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            m_remaining = hex.toLongLong(&ok, 16);
            if (!ok || hex.isEmpty() || m_remaining < 0)
                return fail(400, "bad chunk size");
            m_chunkStep = m_remaining == 0 ? ChunkStep::Trailer : ChunkStep::Data;
            break;
        }
        case ChunkStep::DataEnd:
            if (!line.isEmpty())
                return fail(400, "chunk not followed by CRLF");
            m_chunkStep = ChunkStep::Size;
            break;
        case ChunkStep::Trailer:
            if (line.isEmpty())
                m_state = State::Complete; // trailer fields are read and dropped
            break;
        case ChunkStep::Data:
            break;
        }
    }
    return m_state;
}

HttpRequestParser::State HttpRequestParser::rejectNonHttp(QByteArrayView input)
{
    // A TLS record (handshake 0x16, version 0x03 0x0X): a client speaking https to this plain port.
    // It waits for a ServerHello that never comes, so the connection is closed at once.
    // One byte 0x16 alone waits for the next, so that the outcome does not depend on how the
    // bytes were split into reads.
    if (input.size() == 1 && input.front() == '\x16')
        return m_state;
    if (input.size() >= 2 && input.front() == '\x16' && input.at(1) == '\x03')
        return fail(0, "a TLS handshake on a plain HTTP port");
    // Otherwise the request line so far: a token method, then no control bytes.
    const qsizetype lineEnd = input.indexOf('\n');
    const QByteArrayView line = lineEnd < 0 ? input : input.first(lineEnd);
    const qsizetype space = line.indexOf(' ');
    QByteArrayView method = space < 0 ? line : line.first(space);
    if (space < 0 && method.endsWith('\r'))
        method.chop(1); // the line's end, judged below
    if (!method.isEmpty() && !isToken(method))
        return fail(400, "not an HTTP request");
    if (lineEnd >= 0) { // a whole request line: it must end in the HTTP version
        const QByteArrayView version = line.sliced(line.lastIndexOf(' ') + 1);
        if (space < 0 || !version.startsWith("HTTP/"))
            return fail(400, "not an HTTP request");
    }
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto u = static_cast<unsigned char>(line.at(i));
        if ((u < 32 && !(u == '\r' && i + 1 == line.size())) || u == 127)
            return fail(400, "not an HTTP request");
    }
    return m_state;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArray &input, QByteArray *body)
{
    if (m_state == State::Head) {
        // Tolerate blank lines between pipelined requests (RFC 9112 §2.2).
        while (input.startsWith("\r\n"))
            input.remove(0, 2);
        if (rejectNonHttp(input) == State::Error)
            return m_state;
        const qsizetype end = input.indexOf("\r\n\r\n");
        if (end < 0) {
            if (input.size() > kMaxHeadBytes)
                return fail(431, "request head too large");
            return m_state;
        }
        if (end > kMaxHeadBytes)
            return fail(431, "request head too large");
        const QByteArray head = input.left(end);
        input.remove(0, end + 4);
        if (parseHead(head) != State::Body)
            return m_state;
    }
    if (m_state != State::Body)
        return m_state;
    if (m_chunked)
        return feedChunked(input, body);
    const qint64 take = std::min<qint64>(m_remaining, input.size());
    body->append(input.constData(), take);
    input.remove(0, take);
    m_remaining -= take;
    if (m_remaining == 0)
        m_state = State::Complete;
    return m_state;
}

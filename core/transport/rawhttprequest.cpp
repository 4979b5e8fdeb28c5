// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/rawhttprequest.h"

#include <QList>

#include "auth/uriencode.h"

using namespace Qt::StringLiterals;

namespace RawHttpRequest {

namespace {

QList<QByteArray> splitLines(QByteArrayView head)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < head.size()) {
        qsizetype end = head.indexOf('\n', start);
        if (end < 0)
            end = head.size();
        QByteArray line = head.sliced(start, end - start).toByteArray();
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        start = end + 1;
    }
    return lines;
}

void parseQuery(QByteArrayView query, HttpRequest &request)
{
    for (const QByteArrayView pair : QByteArray(query.toByteArray()).split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            request.addBareQuery(UriEncode::decode(pair));
        else
            request.addQuery(UriEncode::decode(pair.first(eq)), UriEncode::decode(pair.sliced(eq + 1)));
    }
}

} // namespace

std::optional<HttpRequest> parse(const QByteArray &raw, const QByteArray &scheme, QString *error)
{
    // The head ends at the first empty line; "\r\n\r\n" or "\n\n".
    qsizetype headEnd = -1;
    qsizetype bodyStart = raw.size();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\n')
            continue;
        qsizetype j = i + 1;
        if (j < raw.size() && raw[j] == '\r')
            ++j;
        if (j < raw.size() && raw[j] == '\n') {
            headEnd = i;
            bodyStart = j + 1;
            break;
        }
    }
    const QByteArrayView head = headEnd < 0 ? QByteArrayView(raw) : QByteArrayView(raw).first(headEnd);
    const QList<QByteArray> lines = splitLines(head);
    if (lines.isEmpty() || lines.first().trimmed().isEmpty()) {
        if (error)
            *error = u"the request is empty"_s;
        return std::nullopt;
    }
    const QByteArray requestLine = lines.first();
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = requestLine.lastIndexOf(' ');
    if (sp1 <= 0 || sp2 <= sp1 || !requestLine.sliced(sp2 + 1).startsWith("HTTP/")) {
        if (error)
            *error = u"line 1 is not a request line (METHOD target HTTP/1.1)"_s;
        return std::nullopt;
    }
    HttpRequest request;
    request.scheme = scheme;
    request.method = requestLine.first(sp1);
    const QByteArray target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const qsizetype q = target.indexOf('?');
    request.path = q < 0 ? target : target.first(q);
    if (q >= 0)
        parseQuery(QByteArrayView(target).sliced(q + 1), request);

    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if ((line.startsWith(' ') || line.startsWith('\t')) && !request.headers.isEmpty()) {
            // A continuation line is one more value of the same header, as the AWS SigV4 test
            // suite reads it (get-header-value-multiline: "value1,value2,value3").
            request.headers.append({request.headers.last().name, line.trimmed()});
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            if (error)
                *error = u"line %1 is not a header (Name:value)"_s.arg(i + 1);
            return std::nullopt;
        }
        request.headers.append({line.first(colon), line.sliced(colon + 1)});
    }
    // Header values keep their inner spaces; only the separator's leading blanks go.
    for (HttpHeader &h : request.headers) {
        qsizetype k = 0;
        while (k < h.value.size() && (h.value[k] == ' ' || h.value[k] == '\t'))
            ++k;
        h.value.remove(0, k);
    }
    const QByteArray host = request.header("Host").trimmed();
    if (host.isEmpty()) {
        if (error)
            *error = u"the request has no Host header"_s;
        return std::nullopt;
    }
    const qsizetype colon = host.lastIndexOf(':');
    if (colon > 0 && !host.endsWith(']')) {
        request.host = host.first(colon);
        request.port = host.sliced(colon + 1).toInt();
    } else {
        request.host = host;
    }
    if (request.host.startsWith('[') && request.host.endsWith(']'))
        request.host = request.host.sliced(1, request.host.size() - 2);
    request.body = raw.mid(bodyStart);
    return request;
}

QByteArray serialize(const HttpRequest &request)
{
    QByteArray out = request.method + ' ' + request.pathAndQuery() + " HTTP/1.1\n";
    if (!request.hasHeader("Host"))
        out += "Host:" + request.hostHeader() + '\n';
    for (const HttpHeader &h : request.headers)
        out += h.name + ':' + h.value + '\n';
    out += '\n';
    out += request.effectiveBody();
    return out;
}

QByteArray serializeForWire(const HttpRequest &request)
{
    const QByteArray body = request.effectiveBody();
    QByteArray out = request.method + ' ' + request.pathAndQuery() + " HTTP/1.1\r\n";
    if (!request.hasHeader("Host"))
        out += "Host: " + request.hostHeader() + "\r\n";
    for (const HttpHeader &h : request.headers)
        out += h.name + ": " + h.value + "\r\n";
    if (!request.hasHeader("Content-Length") && (!body.isEmpty() || request.method != "GET"))
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace RawHttpRequest

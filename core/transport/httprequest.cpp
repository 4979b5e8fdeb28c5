// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/httprequest.h"

#include "auth/uriencode.h"

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray encodeItems(const QList<QueryItem> &items, bool form)
{
    QByteArray out;
    for (const QueryItem &item : items) {
        if (!out.isEmpty())
            out.append('&');
        out.append(form ? UriEncode::encodeForm(item.name) : UriEncode::encode(item.name));
        if (item.hasValue || form) {
            out.append('=');
            out.append(form ? UriEncode::encodeForm(item.value) : UriEncode::encode(item.value));
        }
    }
    return out;
}

} // namespace

int HttpRequest::effectivePort() const
{
    if (port > 0)
        return port;
    return scheme == "http" ? 80 : 443;
}

QByteArray HttpRequest::hostHeader() const
{
    QByteArray value = host.toLower();
    if (value.contains(':') && !value.startsWith('['))
        value = '[' + value + ']'; // IPv6 literal
    const bool defaultPort
        = port <= 0 || (scheme == "http" && port == 80) || (scheme == "https" && port == 443);
    if (!defaultPort)
        value += ':' + QByteArray::number(port);
    return value;
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const HttpHeader &h : headers) {
        if (sameName(h.name, name))
            return h.value;
    }
    return {};
}

QList<QByteArray> HttpRequest::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const HttpHeader &h : headers) {
        if (sameName(h.name, name))
            values.append(h.value);
    }
    return values;
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const HttpHeader &h : headers) {
        if (sameName(h.name, name))
            return true;
    }
    return false;
}

void HttpRequest::addHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
}

void HttpRequest::setHeader(QByteArrayView name, QByteArray value)
{
    removeHeader(name);
    headers.append({name.toByteArray(), std::move(value)});
}

void HttpRequest::removeHeader(QByteArrayView name)
{
    headers.removeIf([name](const HttpHeader &h) { return sameName(h.name, name); });
}

void HttpRequest::addQuery(QByteArray name, QByteArray value)
{
    query.append({std::move(name), std::move(value), true});
}

void HttpRequest::addBareQuery(QByteArray name)
{
    query.append({std::move(name), {}, false});
}

void HttpRequest::addForm(QByteArray name, QByteArray value)
{
    isForm = true;
    form.append({std::move(name), std::move(value), true});
}

QByteArray HttpRequest::encodedQuery() const
{
    return encodeItems(query, false);
}

QByteArray HttpRequest::formBody() const
{
    return encodeItems(form, true);
}

QByteArray HttpRequest::pathAndQuery() const
{
    QByteArray out = path.isEmpty() ? QByteArrayLiteral("/") : path;
    const QByteArray q = encodedQuery();
    if (!q.isEmpty())
        out += '?' + q;
    return out;
}

QUrl HttpRequest::url() const
{
    QByteArray authority = host;
    if (host.contains(':') && !host.startsWith('['))
        authority = '[' + host + ']';
    if (port > 0)
        authority += ':' + QByteArray::number(port);
    return QUrl::fromEncoded(scheme + "://" + authority + pathAndQuery(), QUrl::StrictMode);
}

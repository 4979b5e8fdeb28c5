// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2call.h"

#include <algorithm>

#include "ec2xml.h"

QByteArray Ec2Call::value(QByteArrayView name) const
{
    for (const QueryItem &item : params) {
        if (item.name == name)
            return item.value;
    }
    return {};
}

bool Ec2Call::has(QByteArrayView name) const
{
    return std::any_of(params.cbegin(), params.cend(), [name](const QueryItem &i) { return i.name == name; });
}

QList<QByteArray> Ec2Call::list(QByteArrayView name) const
{
    QList<std::pair<int, QByteArray>> found;
    const QByteArray prefix = name.toByteArray() + '.';
    for (const QueryItem &item : params) {
        if (!item.name.startsWith(prefix))
            continue;
        bool ok = false;
        const int n = item.name.mid(prefix.size()).toInt(&ok);
        if (ok)
            found.append({n, item.value});
    }
    std::stable_sort(
        found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QByteArray> values;
    for (const auto &[n, v] : found)
        values.append(v);
    return values;
}

QList<int> Ec2Call::indices(QByteArrayView name) const
{
    QList<int> found;
    const QByteArray prefix = name.toByteArray() + '.';
    for (const QueryItem &item : params) {
        if (!item.name.startsWith(prefix))
            continue;
        const QByteArray rest = item.name.mid(prefix.size());
        bool ok = false;
        const int n = rest.left(rest.indexOf('.')).toInt(&ok);
        if (ok && rest.contains('.') && !found.contains(n))
            found.append(n);
    }
    std::sort(found.begin(), found.end());
    return found;
}

bool Ec2Call::offers(Ec2ApiVersions::Feature feature) const
{
    return Ec2ApiVersions::offers(feature, version);
}

SandboxResponse Ec2Call::ok(const QByteArray &inner) const
{
    return Ec2Xml::document(action, version, requestId, inner);
}

SandboxResponse Ec2Call::error(int status, const QByteArray &code, const QByteArray &message) const
{
    return Ec2Xml::error(status, code, message, requestId);
}

SandboxResponse Ec2Call::missing(const QByteArray &parameter) const
{
    return error(400, "MissingParameter", "The request must contain the parameter " + parameter);
}

SandboxResponse Ec2Call::invalid(const QByteArray &message) const
{
    return error(400, "InvalidParameterValue", message);
}

std::optional<Ec2Call::Page> Ec2Call::page(int minResults, int maxResults, SandboxResponse *error) const
{
    Page page;
    if (has("MaxResults")) {
        bool ok = false;
        page.maxResults = value("MaxResults").toInt(&ok);
        if (!ok || page.maxResults < minResults || page.maxResults > maxResults) {
            *error = invalid("Value ( " + value("MaxResults") + " ) for parameter maxResults is invalid. "
                + "Expecting a value between " + QByteArray::number(minResults) + " and "
                + QByteArray::number(maxResults) + '.');
            return std::nullopt;
        }
    }
    const QByteArray token = value("NextToken");
    if (!token.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(token, QByteArray::Base64UrlEncoding);
        if (!decoded || !decoded.decoded.startsWith("after:")) {
            *error = this->error(
                400, "InvalidNextToken", "The provided token is malformed or otherwise invalid.");
            return std::nullopt;
        }
        page.after = decoded.decoded.mid(6);
    }
    return page;
}

QByteArray Ec2Call::nextToken(const QByteArray &lastId)
{
    return ("after:" + lastId).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

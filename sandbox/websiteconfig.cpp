// SPDX-License-Identifier: GPL-3.0-or-later
#include "websiteconfig.h"

#include <QStringList>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

std::optional<WebsiteConfig> refuse(WebsiteConfig::Problem *problem, QByteArray code, QByteArray message)
{
    problem->code = std::move(code);
    problem->message = std::move(message);
    return std::nullopt;
}

constexpr QByteArrayView kMalformed
    = "The XML you provided was not well-formed or did not validate against our published schema";

} // namespace

std::optional<WebsiteConfig> WebsiteConfig::parse(const QByteArray &xml, Problem *problem)
{
    WebsiteConfig config;
    QXmlStreamReader reader(xml);
    QStringList path; // element names from the root down
    bool hasIndex = false;
    bool hasRedirectAll = false;
    bool hasOthers = false;
    WebsiteRoutingRule rule;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::DTD)
            return refuse(problem, "MalformedXML", kMalformed.toByteArray());
        if (reader.isEndElement()) {
            if (path.size() == 3 && path.last() == "RoutingRule"_L1) {
                if (rule.replaceKeyPrefixWith && rule.replaceKeyWith)
                    return refuse(problem,
                        "InvalidArgument",
                        "You can only define ReplaceKeyPrefix or ReplaceKey but not both.");
                config.rules.append(rule);
            }
            path.removeLast();
            continue;
        }
        if (!reader.isStartElement())
            continue;
        path.append(reader.name().toString());
        const QString where = path.size() <= 3 ? path.join(u'/') : QString(); // deep: none of ours
        if (path.size() == 1 && path.first() != "WebsiteConfiguration"_L1)
            return refuse(problem, "MalformedXML", kMalformed.toByteArray());
        if (path.size() == 2) {
            hasRedirectAll = hasRedirectAll || path.last() == "RedirectAllRequestsTo"_L1;
            hasIndex = hasIndex || path.last() == "IndexDocument"_L1;
            hasOthers = hasOthers || path.last() != "RedirectAllRequestsTo"_L1;
        }
        if (path.size() == 3 && path.last() == "RoutingRule"_L1)
            rule = WebsiteRoutingRule();
        const auto text = [&reader, &path] {
            path.removeLast(); // readElementText consumes the end element
            return reader.readElementText().trimmed().toUtf8();
        };
        if (where == "WebsiteConfiguration/IndexDocument/Suffix"_L1)
            config.indexSuffix = text();
        else if (where == "WebsiteConfiguration/ErrorDocument/Key"_L1)
            config.errorKey = text();
        else if (where == "WebsiteConfiguration/RedirectAllRequestsTo/HostName"_L1)
            config.redirectAllHostName = text();
        else if (where == "WebsiteConfiguration/RedirectAllRequestsTo/Protocol"_L1)
            config.redirectAllProtocol = text();
        else if (path.size() == 5 && path[3] == "Condition"_L1) {
            const QString name = path.last();
            const QByteArray value = text();
            if (name == "KeyPrefixEquals"_L1)
                rule.keyPrefixEquals = value;
            else if (name == "HttpErrorCodeReturnedEquals"_L1)
                rule.httpErrorCodeReturnedEquals = value.toInt();
        } else if (path.size() == 5 && path[3] == "Redirect"_L1) {
            const QString name = path.last();
            const QByteArray value = text();
            if (name == "Protocol"_L1)
                rule.protocol = value;
            else if (name == "HostName"_L1)
                rule.hostName = value;
            else if (name == "ReplaceKeyPrefixWith"_L1)
                rule.replaceKeyPrefixWith = value;
            else if (name == "ReplaceKeyWith"_L1)
                rule.replaceKeyWith = value;
            else if (name == "HttpRedirectCode"_L1) {
                bool ok = false;
                rule.httpRedirectCode = value.toInt(&ok);
                if (!ok || rule.httpRedirectCode < 301 || rule.httpRedirectCode > 399)
                    return refuse(problem,
                        "InvalidArgument",
                        "The provided HTTP redirect code (" + value
                            + ") is not valid. Valid codes are 3XX except 300.");
            }
        }
    }
    if (reader.hasError())
        return refuse(problem, "MalformedXML", kMalformed.toByteArray());
    if (hasRedirectAll && hasOthers)
        return refuse(problem,
            "InvalidArgument",
            "RedirectAllRequestsTo cannot be provided in conjunction with other Routing Rules.");
    if (hasRedirectAll && config.redirectAllHostName.isEmpty())
        return refuse(problem, "InvalidArgument", "RedirectAllRequestsTo needs a HostName.");
    if (!hasRedirectAll && !hasIndex)
        return refuse(problem,
            "InvalidArgument",
            "A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty");
    if (hasIndex && (config.indexSuffix.isEmpty() || config.indexSuffix.contains('/')))
        return refuse(problem, "InvalidArgument", "The IndexDocument Suffix is not well formed");
    for (const QByteArray &protocol : {config.redirectAllProtocol}) {
        if (!protocol.isEmpty() && protocol != "http" && protocol != "https")
            return refuse(problem, "InvalidArgument", "Invalid protocol, protocol can be http or https.");
    }
    if (config.rules.size() > kMaxRules)
        return refuse(problem, "InvalidArgument", "The number of routing rules must not exceed 50.");
    return config;
}

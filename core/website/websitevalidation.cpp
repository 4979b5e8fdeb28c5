// SPDX-License-Identifier: GPL-3.0-or-later
// WebsiteConfiguration::problems(): what S3 (or Google Cloud Storage) would refuse, found before any
// request and named in words.
#include <QCoreApplication>
#include <QRegularExpression>

#include "website/websiteconfiguration.h"

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WebsiteConfiguration)
};

// XML 1.0 cannot carry most control characters, so S3 could never store them.
bool xmlCarries(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            return false;
        if (u == 0xFFFE || u == 0xFFFF)
            return false;
    }
    return true;
}

std::optional<int> code(const std::optional<QString> &text)
{
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int value = text->trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::optional<int>(-1);
}

bool isProtocol(const std::optional<QString> &p)
{
    return !p || *p == u"http" || *p == u"https";
}

void checkRule(const RoutingRule &rule, int number, QStringList *problems)
{
    auto add = [&](const QString &text) {
        problems->append(Tr::tr("Routing rule %1: %2").arg(number).arg(text));
    };
    if (rule.condition) {
        const RoutingCondition &c = *rule.condition;
        if (!c.keyPrefixEquals && !c.httpErrorCodeReturnedEquals)
            add(Tr::tr("the condition needs a key prefix or an HTTP error code (or no condition at all)."));
        const std::optional<int> error = code(c.httpErrorCodeReturnedEquals);
        if (error && (*error < 400 || *error > 599))
            add(Tr::tr("the error code to match must be a 4xx or 5xx HTTP status, not \"%1\".")
                    .arg(*c.httpErrorCodeReturnedEquals));
        if (c.keyPrefixEquals && !xmlCarries(*c.keyPrefixEquals))
            add(Tr::tr("the key prefix holds a control character S3 cannot store."));
    }
    const RoutingRedirect &d = rule.redirect;
    if (!d.protocol && !d.hostName && !d.replaceKeyPrefixWith && !d.replaceKeyWith && !d.httpRedirectCode)
        add(Tr::tr(
            "the redirect needs at least one of protocol, host name, key replacement or redirect code."));
    if (d.replaceKeyPrefixWith && d.replaceKeyWith)
        add(Tr::tr("replace the key prefix or the whole key, not both."));
    if (!isProtocol(d.protocol))
        add(Tr::tr("the protocol must be http or https, not \"%1\".").arg(*d.protocol));
    if (d.hostName && !WebsiteConfiguration::isValidHostName(*d.hostName))
        add(Tr::tr("\"%1\" is not a valid host name.").arg(*d.hostName));
    const std::optional<int> redirect = code(d.httpRedirectCode);
    if (redirect && (*redirect < 300 || *redirect > 399))
        add(Tr::tr("the redirect code must be a 3xx HTTP status, not \"%1\".").arg(*d.httpRedirectCode));
    for (const std::optional<QString> *text : {&d.replaceKeyPrefixWith, &d.replaceKeyWith}) {
        if (*text && !xmlCarries(**text))
            add(Tr::tr("the replacement key holds a control character S3 cannot store."));
    }
}

} // namespace

bool WebsiteConfiguration::isValidHostName(const QString &host)
{
    static const QRegularExpression label(u"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"_s);
    QString name = host;
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon >= 0) {
        bool ok = false;
        const int port = name.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return false;
        name.truncate(colon);
    }
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(u'.');
    return std::all_of(
        labels.cbegin(), labels.cend(), [](const QString &l) { return label.match(l).hasMatch(); });
}

QStringList WebsiteConfiguration::problems() const
{
    QStringList out;
    if (m_dialect == Dialect::Gcs) {
        if (redirectAll || !routingRules.isEmpty() || emptyRoutingRules)
            out << Tr::tr("Google Cloud Storage websites have a main page and a not-found page only: no "
                          "redirects or routing rules.");
        if (indexSuffix && indexSuffix->contains(u'/'))
            out << Tr::tr("The main page suffix must not contain \"/\".");
    } else if (redirectAll) {
        if (indexSuffix || errorKey || !routingRules.isEmpty() || emptyRoutingRules)
            out << Tr::tr("Redirecting all requests excludes everything else: remove the index document, "
                          "the error document and the routing rules, or stop redirecting all requests.");
        if (redirectAllHostName.isEmpty())
            out << Tr::tr("Redirecting all requests needs a host name.");
        else if (!isValidHostName(redirectAllHostName))
            out << Tr::tr("\"%1\" is not a valid host name to redirect to.").arg(redirectAllHostName);
        if (!isProtocol(redirectAllProtocol))
            out << Tr::tr("The protocol to redirect to must be http or https, not \"%1\".")
                       .arg(*redirectAllProtocol);
    } else if (!indexSuffix) {
        out << Tr::tr("A website needs an index document (such as index.html), unless it redirects all "
                      "requests.");
    }
    if (m_dialect == Dialect::S3 && indexSuffix) {
        if (indexSuffix->isEmpty())
            out << Tr::tr("The index document suffix must not be empty.");
        else if (indexSuffix->contains(u'/'))
            out << Tr::tr("The index document suffix must not contain \"/\" (it is a name such as "
                          "index.html, looked up in every folder).");
    }
    if (indexSuffix && !xmlCarries(*indexSuffix))
        out << Tr::tr("The index document suffix holds a control character S3 cannot store.");
    if (errorKey && errorKey->isEmpty())
        out << Tr::tr("The error document key must not be empty.");
    if (errorKey && !xmlCarries(*errorKey))
        out << Tr::tr("The error document key holds a control character S3 cannot store.");
    if (emptyRoutingRules && routingRules.isEmpty())
        out << Tr::tr("The routing rules are empty: add a rule or remove the routing rules.");
    if (routingRules.size() > kMaxRoutingRules)
        out << Tr::tr("A website has at most %1 routing rules; this one has %2.")
                   .arg(kMaxRoutingRules)
                   .arg(routingRules.size());
    for (qsizetype i = 0; i < routingRules.size(); ++i)
        checkRule(routingRules[i], int(i + 1), &out);
    if (out.isEmpty() && toXml().size() > kMaxBytes)
        out << Tr::tr("The configuration is larger than S3's limit of %1 KB.").arg(kMaxBytes / 1024);
    return out;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/websiteconfiguration.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WebsiteConfiguration)
};

constexpr auto kS3Namespace = u"http://s3.amazonaws.com/doc/2006-03-01/";
const QString kRoot = u"WebsiteConfiguration"_s;

// The schema's order (S3 WebsiteConfiguration; GCS's two elements).
const QStringList kRootS3
    = {u"RedirectAllRequestsTo"_s, u"IndexDocument"_s, u"ErrorDocument"_s, u"RoutingRules"_s};
const QStringList kRootGcs = {u"MainPageSuffix"_s, u"NotFoundPage"_s};
const QStringList kRedirectAll = {u"HostName"_s, u"Protocol"_s};
const QStringList kRule = {u"Condition"_s, u"Redirect"_s};
const QStringList kCondition = {u"KeyPrefixEquals"_s, u"HttpErrorCodeReturnedEquals"_s};
const QStringList kRedirect
    = {u"Protocol"_s, u"HostName"_s, u"ReplaceKeyPrefixWith"_s, u"ReplaceKeyWith"_s, u"HttpRedirectCode"_s};

bool readLeaves(KeptXmlReader &r,
    const QStringList &names,
    KeptChildren *kept,
    const QList<std::optional<QString> *> &fields)
{
    return r.readChildren(names, kept, [&](const QString &name) {
        *fields[names.indexOf(name)] = r.readText();
        return true;
    });
}

bool readRule(KeptXmlReader &r, RoutingRule *rule)
{
    return r.readChildren(kRule, &rule->kept, [&](const QString &name) {
        if (name == u"Condition") {
            RoutingCondition c;
            const bool ok
                = readLeaves(r, kCondition, &c.kept, {&c.keyPrefixEquals, &c.httpErrorCodeReturnedEquals});
            rule->condition = std::move(c);
            return ok;
        }
        RoutingRedirect &d = rule->redirect;
        return readLeaves(r,
            kRedirect,
            &d.kept,
            {&d.protocol, &d.hostName, &d.replaceKeyPrefixWith, &d.replaceKeyWith, &d.httpRedirectCode});
    });
}

int has(const std::optional<QString> &value)
{
    return value.has_value() ? 1 : 0;
}

void writeLeaves(KeptXmlWriter &w,
    const QStringList &names,
    const KeptChildren &kept,
    const QList<const std::optional<QString> *> &fields)
{
    w.children(
        kept,
        names,
        [&](const QString &name) { return has(*fields[names.indexOf(name)]); },
        [&](const QString &name, int) { w.leaf(name, **fields[names.indexOf(name)]); });
}

void writeRule(KeptXmlWriter &w, const RoutingRule &rule)
{
    w.open(u"RoutingRule"_s);
    w.children(
        rule.kept,
        kRule,
        [&](const QString &name) { return name == u"Condition" ? (rule.condition ? 1 : 0) : 1; },
        [&](const QString &name, int) {
            w.open(name);
            if (name == u"Condition") {
                const RoutingCondition &c = *rule.condition;
                writeLeaves(w, kCondition, c.kept, {&c.keyPrefixEquals, &c.httpErrorCodeReturnedEquals});
            } else {
                const RoutingRedirect &d = rule.redirect;
                writeLeaves(w,
                    kRedirect,
                    d.kept,
                    {&d.protocol,
                        &d.hostName,
                        &d.replaceKeyPrefixWith,
                        &d.replaceKeyWith,
                        &d.httpRedirectCode});
            }
            w.close(name);
        });
    w.close(u"RoutingRule"_s);
}

} // namespace

Result<WebsiteConfiguration> WebsiteConfiguration::parse(const QByteArray &xml, Dialect dialect)
{
    auto fail = [](const QString &why) {
        return Result<WebsiteConfiguration>::failure(ApiError(ApiError::Kind::Parse, why));
    };
    if (xml.size() > kMaxBytes)
        return fail(Tr::tr("the website configuration is larger than %1 KB").arg(kMaxBytes / 1024));
    if (xml.trimmed().isEmpty())
        return fail(Tr::tr("the website configuration is empty"));
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString source = utf8(xml);
    if (utf8.hasError())
        return fail(Tr::tr("the website configuration is not valid UTF-8"));
    if (source.startsWith(QChar(0xFEFF)))
        source.remove(0, 1);   // a byte-order mark
    source = source.trimmed(); // the XML declaration must come first; white space before it is harmless
    KeptXmlReader r(source);
    QString root;
    if (!r.readRoot(&root))
        return fail(r.error());
    if (root != kRoot)
        return fail(Tr::tr("expected <%1>, the document has <%2>").arg(kRoot, root));
    WebsiteConfiguration c(dialect);
    c.m_namespace = r.rootNamespace();
    bool ok = false;
    if (dialect == Dialect::Gcs) {
        ok = r.readChildren(kRootGcs, &c.keptRoot, [&](const QString &name) {
            (name == u"MainPageSuffix" ? c.indexSuffix : c.errorKey) = r.readText();
            return true;
        });
    } else {
        ok = r.readChildren(kRootS3, &c.keptRoot, [&](const QString &name) {
            if (name == u"IndexDocument")
                return readLeaves(r, {u"Suffix"_s}, &c.keptIndex, {&c.indexSuffix});
            if (name == u"ErrorDocument")
                return readLeaves(r, {u"Key"_s}, &c.keptError, {&c.errorKey});
            if (name == u"RedirectAllRequestsTo") {
                c.redirectAll = true;
                std::optional<QString> host;
                const bool read
                    = readLeaves(r, kRedirectAll, &c.keptRedirectAll, {&host, &c.redirectAllProtocol});
                c.redirectAllHostName = host.value_or(QString());
                return read;
            }
            c.emptyRoutingRules = true;
            return r.readChildren({u"RoutingRule"_s}, &c.keptRules, [&](const QString &) {
                RoutingRule rule;
                const bool read = readRule(r, &rule);
                c.routingRules.append(std::move(rule));
                c.emptyRoutingRules = false;
                return read;
            });
        });
    }
    if (!ok || !r.readToEnd())
        return fail(r.error());
    c.m_prefixes = r.prefixes();
    return Result<WebsiteConfiguration>::success(std::move(c));
}

QByteArray WebsiteConfiguration::toXml() const
{
    KeptXmlWriter w;
    w.raw(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"_s);
    QString attributes;
    if (m_dialect == Dialect::S3 || !m_namespace.isEmpty())
        attributes = u"xmlns=\"%1\""_s.arg(
            KeptXmlWriter::escape(m_namespace.isEmpty() ? QString::fromUtf16(kS3Namespace) : m_namespace));
    for (auto it = m_prefixes.cbegin(); it != m_prefixes.cend(); ++it)
        attributes += u" xmlns:%1=\"%2\""_s.arg(it.key(), KeptXmlWriter::escape(it.value()));
    w.open(kRoot, attributes.trimmed());
    if (m_dialect == Dialect::Gcs) {
        writeLeaves(w, kRootGcs, keptRoot, {&indexSuffix, &errorKey});
    } else {
        w.children(
            keptRoot,
            kRootS3,
            [&](const QString &name) {
                if (name == u"IndexDocument")
                    return has(indexSuffix);
                if (name == u"ErrorDocument")
                    return has(errorKey);
                if (name == u"RedirectAllRequestsTo")
                    return redirectAll ? 1 : 0;
                return routingRules.isEmpty() && !emptyRoutingRules ? 0 : 1;
            },
            [&](const QString &name, int) {
                w.open(name);
                if (name == u"IndexDocument") {
                    writeLeaves(w, {u"Suffix"_s}, keptIndex, {&indexSuffix});
                } else if (name == u"ErrorDocument") {
                    writeLeaves(w, {u"Key"_s}, keptError, {&errorKey});
                } else if (name == u"RedirectAllRequestsTo") {
                    const std::optional<QString> host = redirectAllHostName;
                    writeLeaves(w, kRedirectAll, keptRedirectAll, {&host, &redirectAllProtocol});
                } else {
                    w.children(
                        keptRules,
                        {u"RoutingRule"_s},
                        [&](const QString &) { return int(routingRules.size()); },
                        [&](const QString &, int i) { writeRule(w, routingRules[i]); });
                }
                w.close(name);
            });
    }
    w.close(kRoot);
    return w.text().toUtf8();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "transport/result.h"
#include "website/keptxml.h"

// A RoutingRule's Condition: both parts optional, as read (codes stay text so a save writes back
// exactly what was read).
struct RoutingCondition
{
    std::optional<QString> keyPrefixEquals;
    std::optional<QString> httpErrorCodeReturnedEquals;
    KeptChildren kept;
};

struct RoutingRedirect
{
    std::optional<QString> protocol; // http or https
    std::optional<QString> hostName;
    std::optional<QString> replaceKeyPrefixWith; // at most one of the two Replace forms
    std::optional<QString> replaceKeyWith;
    std::optional<QString> httpRedirectCode; // 3xx
    KeptChildren kept;
};

struct RoutingRule
{
    std::optional<RoutingCondition> condition;
    RoutingRedirect redirect;
    KeptChildren kept;
};

// A bucket's static-website settings: S3's `?website` WebsiteConfiguration, or Google Cloud
// Storage's `?websiteConfig` (MainPageSuffix, NotFoundPage) behind the same fields. Read and
// written with a full round trip: every element Skylight does not edit is kept verbatim, in its
// place, so a save never drops what it did not show (one well-known SDK dropped existing routing
// rules when only the index document was updated).
class WebsiteConfiguration
{
public:
    enum class Dialect
    {
        S3,  // ?website
        Gcs, // ?websiteConfig
    };
    static constexpr int kMaxRoutingRules = 50;
    static constexpr int kMaxBytes = 128 * 1024;

    explicit WebsiteConfiguration(Dialect dialect = Dialect::S3)
        : m_dialect(dialect)
    {}

    // Reads a GET answer (or a user's file). Refuses a DTD, a foreign root and bad XML.
    static Result<WebsiteConfiguration> parse(const QByteArray &xml, Dialect dialect = Dialect::S3);
    // The document to PUT: known fields from the model, unknown elements as they were read.
    QByteArray toXml() const;
    // What S3 (or GCS) would refuse, one sentence each; empty when the configuration can be sent.
    QStringList problems() const;

    Dialect dialect() const { return m_dialect; }

    // IndexDocument/Suffix (GCS: MainPageSuffix). Empty optional: no such element.
    std::optional<QString> indexSuffix;
    // ErrorDocument/Key (GCS: NotFoundPage).
    std::optional<QString> errorKey;
    // RedirectAllRequestsTo, present when hostName is set (or the element was read).
    bool redirectAll = false;
    QString redirectAllHostName;
    std::optional<QString> redirectAllProtocol;
    QList<RoutingRule> routingRules;
    // A RoutingRules element with no rule in it is kept as read (S3 refuses it; we do not hide it).
    bool emptyRoutingRules = false;

    // The children of each known container as read, unknown ones verbatim.
    KeptChildren keptRoot;
    KeptChildren keptIndex;
    KeptChildren keptError;
    KeptChildren keptRedirectAll;
    KeptChildren keptRules;

    // True when the name can be a host in a redirect: DNS labels of letters, digits and '-', an
    // optional :port.
    static bool isValidHostName(const QString &host);

private:
    Dialect m_dialect;
    QString m_namespace;                // the root's namespace as read; empty: S3's
    QHash<QString, QString> m_prefixes; // prefixes unknown elements may use, declared on the root
};

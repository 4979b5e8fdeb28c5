// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzcheck.h"
#include "website/websiteconfiguration.h"

// The website fuzz targets' property: whatever parses, written back and read again, gives the same
// configuration, and writing that gives the same document (a save never drops or changes anything).
inline void checkWebsiteRoundTrip(const QByteArray &xml, WebsiteConfiguration::Dialect dialect)
{
    const Result<WebsiteConfiguration> first = WebsiteConfiguration::parse(xml, dialect);
    if (!first.isOk()) {
        FUZZ_CHECK(!first.error().message().isEmpty());
        return;
    }
    const WebsiteConfiguration &a = first.value();
    (void)a.problems();
    const QByteArray written = a.toXml();
    if (written.size() > WebsiteConfiguration::kMaxBytes)
        return; // escaping grew it past what parse() takes
    const Result<WebsiteConfiguration> second = WebsiteConfiguration::parse(written, dialect);
    if (!second.isOk())
        std::fprintf(
            stderr, "re-reading failed: %s\n%s\n", qPrintable(second.error().message()), written.constData());
    FUZZ_CHECK(second.isOk());
    const WebsiteConfiguration &b = second.value();
    FUZZ_CHECK(a.indexSuffix == b.indexSuffix);
    FUZZ_CHECK(a.errorKey == b.errorKey);
    FUZZ_CHECK(a.redirectAll == b.redirectAll);
    FUZZ_CHECK(a.redirectAllHostName == b.redirectAllHostName);
    FUZZ_CHECK(a.redirectAllProtocol == b.redirectAllProtocol);
    FUZZ_CHECK(a.routingRules.size() == b.routingRules.size());
    for (qsizetype i = 0; i < a.routingRules.size(); ++i) {
        const RoutingRule &ra = a.routingRules[i];
        const RoutingRule &rb = b.routingRules[i];
        FUZZ_CHECK(ra.condition.has_value() == rb.condition.has_value());
        if (ra.condition) {
            FUZZ_CHECK(ra.condition->keyPrefixEquals == rb.condition->keyPrefixEquals);
            FUZZ_CHECK(
                ra.condition->httpErrorCodeReturnedEquals == rb.condition->httpErrorCodeReturnedEquals);
        }
        FUZZ_CHECK(ra.redirect.protocol == rb.redirect.protocol);
        FUZZ_CHECK(ra.redirect.hostName == rb.redirect.hostName);
        FUZZ_CHECK(ra.redirect.replaceKeyPrefixWith == rb.redirect.replaceKeyPrefixWith);
        FUZZ_CHECK(ra.redirect.replaceKeyWith == rb.redirect.replaceKeyWith);
        FUZZ_CHECK(ra.redirect.httpRedirectCode == rb.redirect.httpRedirectCode);
    }
    FUZZ_CHECK(a.emptyRoutingRules == b.emptyRoutingRules);
    if (b.toXml() != written)
        std::fprintf(
            stderr, "first write:\n%s\nsecond write:\n%s\n", written.constData(), b.toXml().constData());
    FUZZ_CHECK(b.toXml() == written);
}

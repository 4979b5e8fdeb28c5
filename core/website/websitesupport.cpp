// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/websitesupport.h"

#include <QCoreApplication>

std::optional<WebsiteConfiguration::Dialect> WebsiteSupport::dialect(CloudProvider provider, QString *why)
{
    switch (provider) {
    case CloudProvider::Gcs:
        return WebsiteConfiguration::Dialect::Gcs;
    case CloudProvider::InternetArchive:
        if (why)
            *why = QCoreApplication::translate(
                "WebsiteSupport", "The Internet Archive does not host static websites.");
        return std::nullopt;
    case CloudProvider::Aws:
    case CloudProvider::Eucalyptus:
    case CloudProvider::S3Compatible:
    case CloudProvider::Sandbox:
        break;
    }
    return WebsiteConfiguration::Dialect::S3;
}

QByteArray WebsiteSupport::subresource(WebsiteConfiguration::Dialect dialect)
{
    return dialect == WebsiteConfiguration::Dialect::Gcs ? QByteArrayLiteral("websiteConfig")
                                                         : QByteArrayLiteral("website");
}

bool WebsiteSupport::mayHaveBucketPolicies(CloudProvider provider)
{
    return provider == CloudProvider::Aws || provider == CloudProvider::Sandbox
        || provider == CloudProvider::S3Compatible || provider == CloudProvider::Eucalyptus;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/adhocprofile.h"

#include <QUrl>

#include "clouds/profilepresets.h"

using namespace Qt::StringLiterals;

std::optional<CloudProfile> AdHocProfile::make(
    CloudProvider provider, const QString &endpointUrl, const QString &region, QString *error)
{
    const QUrl url(endpointUrl);
    const bool hasUrl = !endpointUrl.isEmpty();
    if (hasUrl
        && (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))) {
        *error = tr("'%1' is not an http:// or https:// URL").arg(endpointUrl);
        return std::nullopt;
    }
    CloudProfile profile;
    switch (provider) {
    case CloudProvider::Aws:
        profile = ProfilePresets::aws(region);
        if (hasUrl) {
            profile.s3Endpoint = endpointUrl;
            profile.ec2Endpoint = endpointUrl;
        }
        break;
    case CloudProvider::Eucalyptus:
        if (!hasUrl) {
            *error = tr("Eucalyptus needs the cloud's URL, such as http://HOST:8773");
            return std::nullopt;
        }
        // A bare host gets the 4.x service paths; a URL with a service path is taken as the EC2 one
        // (eucarc's EC2_URL).
        profile = ProfilePresets::eucalyptus(url.host(), 4, url.port(8773), url.scheme() == u"https"_s);
        if (url.path().startsWith(u"/services/Eucalyptus"_s)) {
            profile = ProfilePresets::eucalyptus(url.host(), 3, url.port(8773), url.scheme() == u"https"_s);
        }
        break;
    case CloudProvider::Gcs:
        profile = ProfilePresets::gcs();
        if (hasUrl)
            profile.s3Endpoint = endpointUrl;
        break;
    case CloudProvider::InternetArchive:
        profile = ProfilePresets::internetArchive();
        if (hasUrl)
            profile.s3Endpoint = endpointUrl;
        break;
    case CloudProvider::S3Compatible:
        if (!hasUrl) {
            *error = tr("an S3-compatible store needs its URL");
            return std::nullopt;
        }
        profile = ProfilePresets::s3Compatible(endpointUrl, region);
        break;
    case CloudProvider::Sandbox:
        if (!hasUrl) {
            *error = tr("the sandbox needs its URL, such as http://127.0.0.1:PORT");
            return std::nullopt;
        }
        profile = ProfilePresets::sandbox(url.port(80));
        profile.ec2Endpoint = endpointUrl; // one URL serves both
        profile.s3Endpoint = endpointUrl;
        break;
    }
    if (!region.isEmpty()) {
        profile.defaultRegion = region;
        if (!profile.regions.contains(region))
            profile.regions.append(region);
    }
    return profile;
}

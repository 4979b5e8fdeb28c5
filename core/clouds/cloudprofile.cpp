// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/cloudprofile.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

struct ProviderName
{
    const char16_t *name;
    CloudProvider provider;
};

constexpr ProviderName kProviders[] = {
    {u"aws", CloudProvider::Aws},
    {u"eucalyptus", CloudProvider::Eucalyptus},
    {u"gcs", CloudProvider::Gcs},
    {u"internet-archive", CloudProvider::InternetArchive},
    {u"s3-compatible", CloudProvider::S3Compatible},
    {u"sandbox", CloudProvider::Sandbox},
};

struct AddressingName
{
    const char16_t *name;
    BucketAddressing addressing;
};

constexpr AddressingName kAddressing[] = {
    {u"virtual-host", BucketAddressing::VirtualHost},
    {u"path", BucketAddressing::Path},
    {u"auto", BucketAddressing::Auto},
};

QJsonObject signingToJson(const SignerChoice &choice)
{
    QJsonObject o;
    o.insert(u"algorithm"_s, signingAlgorithmName(choice.algorithm));
    if (!choice.normalizePath)
        o.insert(u"normalizePath"_s, false);
    if (choice.signBody)
        o.insert(u"signBody"_s, true);
    if (choice.unsignedPayload)
        o.insert(u"unsignedPayload"_s, true);
    if (!choice.v2HostWithPort)
        o.insert(u"v2HostWithPort"_s, false);
    return o;
}

std::optional<SignerChoice> signingFromJson(const QJsonValue &value)
{
    SignerChoice choice;
    if (value.isUndefined())
        return choice;
    const QJsonObject o = value.toObject();
    const auto algorithm = signingAlgorithmFromName(o.value(u"algorithm"_s).toString());
    if (!algorithm)
        return std::nullopt;
    choice.algorithm = *algorithm;
    choice.normalizePath = o.value(u"normalizePath"_s).toBool(true);
    choice.signBody = o.value(u"signBody"_s).toBool(false);
    choice.unsignedPayload = o.value(u"unsignedPayload"_s).toBool(false);
    choice.v2HostWithPort = o.value(u"v2HostWithPort"_s).toBool(true);
    return choice;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CloudProfile)
};

} // namespace

QString cloudProviderName(CloudProvider provider)
{
    for (const ProviderName &entry : kProviders) {
        if (entry.provider == provider)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<CloudProvider> cloudProviderFromName(const QString &name)
{
    for (const ProviderName &entry : kProviders) {
        if (name == QStringView(entry.name))
            return entry.provider;
    }
    return std::nullopt;
}

QString bucketAddressingName(BucketAddressing addressing)
{
    for (const AddressingName &entry : kAddressing) {
        if (entry.addressing == addressing)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<BucketAddressing> bucketAddressingFromName(const QString &name)
{
    for (const AddressingName &entry : kAddressing) {
        if (name == QStringView(entry.name))
            return entry.addressing;
    }
    return std::nullopt;
}

QString CloudProfile::regionOrDefault(const QString &region) const
{
    if (!region.isEmpty())
        return region;
    if (!defaultRegion.isEmpty())
        return defaultRegion;
    return regions.value(0);
}

QString CloudProfile::expandEndpoint(const QString &endpoint, const QString &region)
{
    QString out = endpoint;
    out.replace(u"{region}"_s, region);
    out.replace(u"{dnsSuffix}"_s, region.startsWith(u"cn-"_s) ? u"amazonaws.com.cn"_s : u"amazonaws.com"_s);
    return out;
}

QUrl CloudProfile::ec2Url(const QString &region) const
{
    return QUrl(expandEndpoint(ec2Endpoint, regionOrDefault(region)));
}

QUrl CloudProfile::s3Url(const QString &region) const
{
    return QUrl(expandEndpoint(s3Endpoint, regionOrDefault(region)));
}

QStringList CloudProfile::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << Tr::tr("The profile has no name.");
    if (!hasEc2() && !hasS3())
        out << Tr::tr("The profile has neither an EC2 nor an S3 endpoint.");
    const auto checkUrl = [&out, this](const QString &endpoint, const QString &label) {
        if (endpoint.isEmpty())
            return;
        const QUrl url = QUrl(expandEndpoint(endpoint, regionOrDefault({})));
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
            out << Tr::tr("The %1 endpoint '%2' is not an http:// or https:// URL.").arg(label, endpoint);
    };
    checkUrl(ec2Endpoint, u"EC2"_s);
    checkUrl(s3Endpoint, u"S3"_s);
    if (hasS3() && s3Signing.algorithm == SigningAlgorithm::Low && s3Url().scheme() != u"https"_s)
        out << Tr::tr("LOW authentication sends the secret itself and is allowed over https only.");
    if (!defaultRegion.isEmpty() && !regions.contains(defaultRegion))
        out << Tr::tr("The default region %1 is not in the list of regions.").arg(defaultRegion);
    if (!tls.pinnedSha256.isEmpty() && TlsSettings::normaliseFingerprint(tls.pinnedSha256).size() != 64)
        out << Tr::tr("The pinned certificate fingerprint is not a SHA-256 fingerprint.");
    return out;
}

QString CloudProfile::writeRefusal(const Credentials &keys) const
{
    if (readOnly)
        return Tr::tr("Cloud “%1” is set to read-only; change that in the cloud's settings to write to it.")
            .arg(name);
    if (!keys.isValid())
        return Tr::tr("Cloud “%1” has no access keys, and anonymous access can only read; add keys in "
                      "the cloud's settings to write to it.")
            .arg(name);
    return {};
}

QJsonObject CloudProfile::toJson() const
{
    QJsonObject o;
    o.insert(u"name"_s, name);
    o.insert(u"provider"_s, cloudProviderName(provider));
    if (!ec2Endpoint.isEmpty())
        o.insert(u"ec2Endpoint"_s, ec2Endpoint);
    if (!s3Endpoint.isEmpty())
        o.insert(u"s3Endpoint"_s, s3Endpoint);
    o.insert(u"regions"_s, QJsonArray::fromStringList(regions));
    o.insert(u"defaultRegion"_s, defaultRegion);
    o.insert(u"ec2Signing"_s, signingToJson(ec2Signing));
    o.insert(u"s3Signing"_s, signingToJson(s3Signing));
    o.insert(u"addressing"_s, bucketAddressingName(addressing));
    if (!ec2ApiVersion.isEmpty())
        o.insert(u"ec2ApiVersion"_s, ec2ApiVersion);
    QJsonObject t;
    if (!tls.caFile.isEmpty())
        t.insert(u"caFile"_s, tls.caFile);
    if (!tls.pinnedSha256.isEmpty())
        t.insert(u"pinnedSha256"_s, tls.pinnedSha256);
    o.insert(u"tls"_s, t);
    o.insert(u"credentialId"_s, credentialId);
    if (!source.isEmpty())
        o.insert(u"source"_s, source);
    if (!websiteEndpoint.isEmpty())
        o.insert(u"websiteEndpoint"_s, websiteEndpoint);
    if (readOnly)
        o.insert(u"readOnly"_s, true);
    return o;
}

std::optional<CloudProfile> CloudProfile::fromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    CloudProfile p;
    p.name = o.value(u"name"_s).toString();
    if (p.name.isEmpty())
        return fail(Tr::tr("a profile has no name"));
    const auto provider = cloudProviderFromName(o.value(u"provider"_s).toString());
    if (!provider)
        return fail(
            Tr::tr("profile %1: unknown provider '%2'").arg(p.name, o.value(u"provider"_s).toString()));
    p.provider = *provider;
    p.ec2Endpoint = o.value(u"ec2Endpoint"_s).toString();
    p.s3Endpoint = o.value(u"s3Endpoint"_s).toString();
    for (const QJsonValue &region : o.value(u"regions"_s).toArray())
        p.regions.append(region.toString());
    p.defaultRegion = o.value(u"defaultRegion"_s).toString();
    const auto ec2 = signingFromJson(o.value(u"ec2Signing"_s));
    const auto s3 = signingFromJson(o.value(u"s3Signing"_s));
    if (!ec2 || !s3)
        return fail(Tr::tr("profile %1: unknown signing algorithm").arg(p.name));
    p.ec2Signing = *ec2;
    p.s3Signing = *s3;
    const auto addressing = bucketAddressingFromName(o.value(u"addressing"_s).toString(u"path"_s));
    if (!addressing)
        return fail(Tr::tr("profile %1: unknown addressing style").arg(p.name));
    p.addressing = *addressing;
    p.ec2ApiVersion = o.value(u"ec2ApiVersion"_s).toString();
    const QJsonObject t = o.value(u"tls"_s).toObject();
    // "verify": false from earlier files is ignored: certificate checks are never turned off.
    p.tls.caFile = t.value(u"caFile"_s).toString();
    p.tls.pinnedSha256 = t.value(u"pinnedSha256"_s).toString();
    p.credentialId = o.value(u"credentialId"_s).toString();
    p.source = o.value(u"source"_s).toString();
    p.websiteEndpoint = o.value(u"websiteEndpoint"_s).toString();
    p.readOnly = o.value(u"readOnly"_s).toBool(false); // files from before the setting: writable
    return p;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/s3cfgimporter.h"

#include <QFileInfo>

#include "clouds/importsupport.h"
#include "clouds/inifile.h"
#include "clouds/profilepresets.h"

using namespace Qt::StringLiterals;

namespace {

// s3cmd strips one pair of double quotes around a value.
QByteArray unquoted(const IniFile::Section &section, const QString &key, const QByteArray &fallback = {})
{
    const IniFile::Entry *e = section.entry(key);
    if (!e)
        return fallback;
    QByteArray v = e->value;
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    return v;
}

QString awsRegionOf(const QByteArray &hostBase, const QByteArray &bucketLocation)
{
    if (!bucketLocation.isEmpty() && bucketLocation != "US")
        return QString::fromUtf8(bucketLocation == "EU" ? QByteArray("eu-west-1") : bucketLocation);
    const QList<QByteArray> labels = hostBase.split('.');
    if (labels.size() == 4 && labels.at(0) == "s3") // s3.REGION.amazonaws.com
        return QString::fromUtf8(labels.at(1));
    return u"us-east-1"_s;
}

} // namespace

QString S3cfgImporter::locate(const QProcessEnvironment &env)
{
    if (env.contains(u"S3CMD_CONFIG"_s))
        return ImportSupport::expandHome(env.value(u"S3CMD_CONFIG"_s), env);
    return ImportSupport::homeDir(env) + u"/.s3cfg"_s;
}

ImportResult S3cfgImporter::importFile(const QString &path)
{
    QString error;
    const auto bytes = ImportSupport::readFile(path, &error);
    if (!bytes)
        return ImportResult::failure(path, 0, error);
    return parse(*bytes, path);
}

ImportResult S3cfgImporter::parse(QByteArrayView text, const QString &path)
{
    QString error;
    int line = 0;
    const auto ini = IniFile::parse(text, path, false, &error, &line);
    if (!ini)
        return ImportResult::failure(path, line, error);
    ImportResult result;
    for (const IniFile::Section &s : ini->sections()) {
        if (!s.has(u"access_key"_s) && !s.has(u"host_base"_s))
            continue;
        const QByteArray keyId = unquoted(s, u"access_key"_s);
        const QByteArray secret = unquoted(s, u"secret_key"_s);
        if (keyId.isEmpty() != secret.isEmpty()) {
            const IniFile::Entry *e = s.entry(keyId.isEmpty() ? u"secret_key"_s : u"access_key"_s);
            return ImportResult::failure(
                path, e ? e->line : s.line, tr("access_key and secret_key must be given together"));
        }
        const QByteArray hostBase = unquoted(s, u"host_base"_s, "s3.amazonaws.com").toLower();
        const QByteArray hostBucket = unquoted(s, u"host_bucket"_s, "%(bucket)s.s3.amazonaws.com");
        bool https = true;
        if (const IniFile::Entry *e = s.entry(u"use_https"_s)) {
            const auto value = ImportSupport::parseBool(e->value);
            if (!value)
                return ImportResult::failure(path, e->line, tr("use_https must be True or False"));
            https = *value;
        }
        const auto v2 = ImportSupport::parseBool(unquoted(s, u"signature_v2"_s, "False"));
        if (!v2)
            return ImportResult::failure(
                path, s.entry(u"signature_v2"_s)->line, tr("signature_v2 must be True or False"));
        const bool vhost = hostBucket.contains("%(bucket)s");

        CloudProfile profile;
        if (hostBase == "s3.amazonaws.com"
            || (hostBase.startsWith("s3.") && hostBase.endsWith(".amazonaws.com"))) {
            profile = ProfilePresets::aws(awsRegionOf(hostBase, unquoted(s, u"bucket_location"_s)));
            profile.addressing = vhost ? BucketAddressing::Auto : BucketAddressing::Path;
        } else if (hostBase == "storage.googleapis.com") {
            profile = ProfilePresets::gcs();
            profile.addressing = vhost ? BucketAddressing::Auto : BucketAddressing::Path;
        } else if (hostBase == "s3.us.archive.org") {
            profile = ProfilePresets::internetArchive();
        } else {
            const QString scheme = https ? u"https://"_s : u"http://"_s;
            profile = ProfilePresets::s3Compatible(scheme + QString::fromUtf8(hostBase));
            profile.addressing = vhost ? BucketAddressing::VirtualHost : BucketAddressing::Path;
            const QByteArray location = unquoted(s, u"bucket_location"_s);
            if (!location.isEmpty() && location != "US") {
                profile.regions = {QString::fromUtf8(location)};
                profile.defaultRegion = profile.regions.first();
            }
        }
        if (!https && profile.provider != CloudProvider::S3Compatible) {
            profile.s3Endpoint.replace(u"https://"_s, u"http://"_s);
            profile.ec2Endpoint.replace(u"https://"_s, u"http://"_s);
        }
        if (*v2)
            profile.s3Signing.algorithm
                = profile.provider == CloudProvider::Gcs ? SigningAlgorithm::GoogV1 : SigningAlgorithm::S3V1;
        else if (profile.provider != CloudProvider::InternetArchive)
            profile.s3Signing.algorithm = SigningAlgorithm::SigV4S3;
        if (const auto check = ImportSupport::parseBool(unquoted(s, u"check_ssl_certificate"_s, "True"));
            check && !*check && https) {
            const IniFile::Entry *e = s.entry(u"check_ssl_certificate"_s);
            result.warnings.append(ImportSupport::certificateChecksKept(
                ImportResult::where(path, e ? e->line : s.line), u"check_ssl_certificate"_s));
        }
        profile.tls.caFile = QString::fromUtf8(unquoted(s, u"ca_certs_file"_s));
        profile.name = ImportSupport::stableName(u"s3cfg"_s, s.name);
        profile.credentialId = profile.name;
        profile.source = u"s3cfg:"_s + path;

        ImportedProfile imported;
        imported.profile = profile;
        if (!keyId.isEmpty())
            imported.credentials = Credentials(keyId, secret, unquoted(s, u"access_token"_s));
        result.profiles.append(imported);
    }
    if (result.profiles.isEmpty())
        return ImportResult::failure(path, 0, tr("no section with access_key or host_base"));
    return result;
}

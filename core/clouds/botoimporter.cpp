// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/botoimporter.h"

#include <QFileInfo>
#include <QUrl>

#include "clouds/importsupport.h"
#include "clouds/inifile.h"
#include "clouds/profilepresets.h"

using namespace Qt::StringLiterals;

namespace {

struct Cloud
{
    const char16_t *prefix; // key prefix in [Credentials]
    const char16_t *name;   // profile suffix
    CloudProvider provider;
};

constexpr Cloud kClouds[] = {
    {u"aws", u"aws", CloudProvider::Aws},
    {u"euca", u"eucalyptus", CloudProvider::Eucalyptus},
    {u"gs", u"gcs", CloudProvider::Gcs},
    {u"ia", u"internet-archive", CloudProvider::InternetArchive},
};

// "host" or "host:port", as boto's *_host settings are written.
std::pair<QString, int> splitHost(const QByteArray &value, int defaultPort)
{
    const QString text = QString::fromUtf8(value.trimmed());
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon > 0 ? text.mid(colon + 1).toInt(&ok) : 0;
    if (ok)
        return {text.left(colon), port};
    return {text, defaultPort};
}

void setScheme(CloudProfile &profile, bool https)
{
    const auto apply = [https](QString &endpoint) {
        if (endpoint.isEmpty())
            return;
        QUrl url(endpoint);
        url.setScheme(https ? u"https"_s : u"http"_s);
        endpoint = url.toString();
    };
    apply(profile.ec2Endpoint);
    apply(profile.s3Endpoint);
}

} // namespace

QStringList BotoImporter::locate(const QProcessEnvironment &env)
{
    if (env.contains(u"BOTO_CONFIG"_s))
        return {ImportSupport::expandHome(env.value(u"BOTO_CONFIG"_s), env)};
    if (env.contains(u"BOTO_PATH"_s)) {
        QStringList paths;
        for (const QString &p : env.value(u"BOTO_PATH"_s).split(QLatin1Char(':'), Qt::SkipEmptyParts))
            paths.append(ImportSupport::expandHome(p, env));
        return paths;
    }
    return {u"/etc/boto.cfg"_s, ImportSupport::homeDir(env) + u"/.boto"_s};
}

ImportResult BotoImporter::importFiles(const QStringList &paths)
{
    QList<SourceFile> files;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        QString error;
        const auto bytes = ImportSupport::readFile(path, &error);
        if (!bytes)
            return ImportResult::failure(path, 0, error);
        files.append({path, *bytes});
    }
    if (files.isEmpty())
        return ImportResult::failure(paths.join(u", "_s), 0, tr("no boto configuration file exists"));
    return parse(files);
}

ImportResult BotoImporter::parse(const QList<SourceFile> &files)
{
    IniFile merged;
    QStringList paths;
    for (const SourceFile &file : files) {
        QString error;
        int line = 0;
        // boto used Python 2's lenient ConfigParser: repeats merge.
        const auto ini = IniFile::parse(file.second, file.first, false, &error, &line);
        if (!ini)
            return ImportResult::failure(file.first, line, error);
        merged.merge(*ini);
        paths.append(file.first);
    }
    const IniFile::Section empty {};
    const IniFile::Section *credentials = merged.section(u"Credentials"_s);
    const IniFile::Section *boto = merged.section(u"Boto"_s);
    if (!credentials)
        credentials = &empty;
    if (!boto)
        boto = &empty;

    std::optional<bool> secure;
    if (const IniFile::Entry *e = boto->entry(u"is_secure"_s)) {
        secure = ImportSupport::parseBool(e->value);
        if (!secure)
            return ImportResult::failure(e->file, e->line, tr("is_secure must be True or False"));
    }
    std::optional<bool> validate;
    if (const IniFile::Entry *e = boto->entry(u"https_validate_certificates"_s)) {
        validate = ImportSupport::parseBool(e->value);
        if (!validate)
            return ImportResult::failure(
                e->file, e->line, tr("https_validate_certificates must be True or False"));
    }

    ImportResult result;
    for (const Cloud &cloud : kClouds) {
        const QString prefix = QString::fromUtf16(cloud.prefix);
        const IniFile::Entry *keyId = credentials->entry(prefix + u"_access_key_id"_s);
        const IniFile::Entry *secret = credentials->entry(prefix + u"_secret_access_key"_s);
        if (bool(keyId) != bool(secret)) {
            const IniFile::Entry *present = keyId ? keyId : secret;
            return ImportResult::failure(present->file,
                present->line,
                tr("%1_access_key_id and %1_secret_access_key must be given together").arg(prefix));
        }
        const bool hasHosts = cloud.provider == CloudProvider::Eucalyptus
            && (boto->has(u"eucalyptus_host"_s) || boto->has(u"walrus_host"_s));
        if (!keyId && !hasHosts)
            continue;

        CloudProfile profile;
        switch (cloud.provider) {
        case CloudProvider::Eucalyptus: {
            const IniFile::Entry *ec2Host = boto->entry(u"eucalyptus_host"_s);
            const IniFile::Entry *s3Host = boto->entry(u"walrus_host"_s);
            if (!ec2Host && !s3Host) {
                result.warnings.append(tr("%1: euca_access_key_id without [Boto] eucalyptus_host or "
                                          "walrus_host; the Eucalyptus cloud is skipped")
                                           .arg(ImportResult::where(keyId->file, keyId->line)));
                continue;
            }
            // boto's connect_euca / connect_walrus: port 8773, plain HTTP, 3.x service paths.
            const auto [host, port] = splitHost((ec2Host ? ec2Host : s3Host)->value, 8773);
            profile = ProfilePresets::eucalyptus(host, 3, port, false);
            if (!ec2Host)
                profile.ec2Endpoint.clear();
            if (s3Host) {
                const auto [walrus, walrusPort] = splitHost(s3Host->value, 8773);
                profile.s3Endpoint = u"http://%1:%2/services/Walrus"_s.arg(walrus).arg(walrusPort);
            } else {
                profile.s3Endpoint.clear();
            }
            break;
        }
        case CloudProvider::Gcs:
            profile = ProfilePresets::gcs();
            if (credentials->has(u"gs_host"_s)) {
                const auto [host, port] = splitHost(credentials->value(u"gs_host"_s), -1);
                const int gsPort = credentials->value(u"gs_port"_s).toInt();
                profile.s3Endpoint = u"https://"_s + host;
                if (port > 0 || gsPort > 0)
                    profile.s3Endpoint += u":%1"_s.arg(port > 0 ? port : gsPort);
            }
            break;
        case CloudProvider::InternetArchive:
            profile = ProfilePresets::internetArchive();
            break;
        default:
            profile = ProfilePresets::aws(QString::fromUtf8(boto->value(u"ec2_region_name"_s)));
            break;
        }
        if (secure)
            setScheme(profile, *secure);
        if (validate && !*validate) {
            const IniFile::Entry *e = boto->entry(u"https_validate_certificates"_s);
            result.warnings.append(ImportSupport::certificateChecksKept(
                ImportResult::where(e->file, e->line), u"https_validate_certificates"_s));
        }
        if (profile.hasEc2() && boto->has(u"ec2_version"_s))
            profile.ec2ApiVersion = QString::fromUtf8(boto->value(u"ec2_version"_s));
        profile.name = ImportSupport::stableName(u"boto"_s, QString::fromUtf16(cloud.name));
        profile.credentialId = profile.name;
        profile.source = u"boto:"_s + paths.join(QLatin1Char(':'));

        ImportedProfile imported;
        imported.profile = profile;
        if (keyId) {
            const IniFile::Entry *token = cloud.provider == CloudProvider::Aws
                ? credentials->entry(u"aws_security_token"_s)
                : nullptr;
            imported.credentials
                = Credentials(keyId->value, secret->value, token ? token->value : QByteArray());
        }
        result.profiles.append(imported);
    }
    if (result.profiles.isEmpty())
        return ImportResult::failure(
            paths.join(u", "_s), 0, tr("no cloud credentials found in [Credentials]"));
    return result;
}

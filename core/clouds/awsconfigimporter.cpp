// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/awsconfigimporter.h"

#include <QFileInfo>

#include "clouds/importsupport.h"
#include "clouds/inifile.h"
#include "clouds/profilepresets.h"

using namespace Qt::StringLiterals;

namespace {

struct AwsProfile
{
    QString name;
    const IniFile::Section *credentials = nullptr;
    const IniFile::Section *config = nullptr;
};

// Credentials file first: the AWS CLI prefers it for keys.
const IniFile::Entry *lookup(const AwsProfile &p, const QString &key)
{
    if (p.credentials) {
        if (const IniFile::Entry *e = p.credentials->entry(key))
            return e;
    }
    return p.config ? p.config->entry(key) : nullptr;
}

QString text(const IniFile::Entry *e)
{
    return e ? QString::fromUtf8(e->value) : QString();
}

const QStringList kIndirectKeys = {u"role_arn"_s,
    u"source_profile"_s,
    u"credential_process"_s,
    u"sso_start_url"_s,
    u"sso_session"_s,
    u"web_identity_token_file"_s};

} // namespace

AwsConfigImporter::Files AwsConfigImporter::locate(const QProcessEnvironment &env)
{
    Files files;
    const QString home = ImportSupport::homeDir(env);
    files.credentialsPath = env.contains(u"AWS_SHARED_CREDENTIALS_FILE"_s)
        ? ImportSupport::expandHome(env.value(u"AWS_SHARED_CREDENTIALS_FILE"_s), env)
        : home + u"/.aws/credentials"_s;
    files.configPath = env.contains(u"AWS_CONFIG_FILE"_s)
        ? ImportSupport::expandHome(env.value(u"AWS_CONFIG_FILE"_s), env)
        : home + u"/.aws/config"_s;
    return files;
}

ImportResult AwsConfigImporter::importFiles(const Files &files)
{
    QByteArray credentials;
    QByteArray config;
    QString error;
    const bool haveCredentials = QFileInfo::exists(files.credentialsPath);
    const bool haveConfig = QFileInfo::exists(files.configPath);
    if (!haveCredentials && !haveConfig) {
        return ImportResult::failure(
            files.credentialsPath, 0, tr("neither this file nor %1 exists").arg(files.configPath));
    }
    if (haveCredentials) {
        const auto bytes = ImportSupport::readFile(files.credentialsPath, &error);
        if (!bytes)
            return ImportResult::failure(files.credentialsPath, 0, error);
        credentials = *bytes;
    }
    if (haveConfig) {
        const auto bytes = ImportSupport::readFile(files.configPath, &error);
        if (!bytes)
            return ImportResult::failure(files.configPath, 0, error);
        config = *bytes;
    }
    return parse(credentials, files.credentialsPath, config, files.configPath);
}

ImportResult AwsConfigImporter::parse(QByteArrayView credentialsText,
    const QString &credentialsPath,
    QByteArrayView configText,
    const QString &configPath)
{
    QString error;
    int line = 0;
    // botocore reads both with Python 3's strict configparser: a repeated section is an error.
    const auto credentials = IniFile::parse(credentialsText, credentialsPath, true, &error, &line);
    if (!credentials)
        return ImportResult::failure(credentialsPath, line, error);
    const auto config = IniFile::parse(configText, configPath, true, &error, &line);
    if (!config)
        return ImportResult::failure(configPath, line, error);

    ImportResult result;
    QList<AwsProfile> profiles;
    const auto profileFor = [&profiles](const QString &name) -> AwsProfile & {
        for (AwsProfile &p : profiles) {
            if (p.name == name)
                return p;
        }
        profiles.append(AwsProfile {name, nullptr, nullptr});
        return profiles.last();
    };
    for (const IniFile::Section &s : credentials->sections())
        profileFor(s.name).credentials = &s;
    for (const IniFile::Section &s : config->sections()) {
        if (s.name == u"default"_s)
            profileFor(s.name).config = &s;
        else if (s.name.startsWith(u"profile "_s))
            profileFor(s.name.mid(8).trimmed()).config = &s;
        else if (!s.name.startsWith(u"services "_s) && !s.name.startsWith(u"sso-session "_s))
            result.warnings.append(tr("%1: [%2] is ignored; the config file names profiles [profile %2]")
                                       .arg(ImportResult::where(configPath, s.line), s.name));
    }

    for (const AwsProfile &p : std::as_const(profiles)) {
        const IniFile::Entry *keyId = lookup(p, u"aws_access_key_id"_s);
        const IniFile::Entry *secret = lookup(p, u"aws_secret_access_key"_s);
        if (bool(keyId) != bool(secret) || (keyId && (keyId->value.isEmpty() || secret->value.isEmpty()))) {
            const IniFile::Entry *present = keyId ? keyId : secret;
            return ImportResult::failure(present->file,
                present->line,
                tr("profile %1 has only one of aws_access_key_id and aws_secret_access_key").arg(p.name));
        }
        const QString region = text(lookup(p, u"region"_s));
        const IniFile::Section *services = nullptr;
        if (const IniFile::Entry *e = lookup(p, u"services"_s)) {
            services = config->section(u"services "_s + text(e));
            if (!services) {
                return ImportResult::failure(
                    e->file, e->line, tr("profile %1 names a missing [services %2]").arg(p.name, text(e)));
            }
        }
        const QString endpoint = text(lookup(p, u"endpoint_url"_s));
        const QString s3Endpoint
            = services ? QString::fromUtf8(services->value(u"s3.endpoint_url"_s)) : QString();
        const QString ec2Endpoint
            = services ? QString::fromUtf8(services->value(u"ec2.endpoint_url"_s)) : QString();

        CloudProfile profile;
        if (endpoint.isEmpty() && s3Endpoint.isEmpty() && ec2Endpoint.isEmpty()) {
            profile = ProfilePresets::aws(region);
        } else {
            profile = ProfilePresets::s3Compatible(s3Endpoint.isEmpty() ? endpoint : s3Endpoint, region);
            profile.ec2Endpoint = ec2Endpoint.isEmpty() ? endpoint : ec2Endpoint;
        }
        if (const IniFile::Entry *e = lookup(p, u"s3.addressing_style"_s)) {
            const QByteArray style = e->value.toLower();
            if (style == "path")
                profile.addressing = BucketAddressing::Path;
            else if (style == "virtual")
                profile.addressing = BucketAddressing::VirtualHost;
            else if (style == "auto")
                profile.addressing = BucketAddressing::Auto;
            else
                return ImportResult::failure(
                    e->file, e->line, tr("unknown addressing_style '%1'").arg(text(e)));
        }
        if (const IniFile::Entry *e = lookup(p, u"s3.signature_version"_s)) {
            if (e->value == "s3")
                profile.s3Signing.algorithm = SigningAlgorithm::S3V1;
            else if (e->value == "s3v4")
                profile.s3Signing.algorithm = SigningAlgorithm::SigV4S3;
        }
        profile.name = ImportSupport::stableName(u"aws"_s, p.name);
        profile.credentialId = profile.name;
        profile.source = u"aws:"_s + (p.credentials ? credentialsPath : configPath);

        ImportedProfile imported;
        if (keyId) {
            const IniFile::Entry *token = lookup(p, u"aws_session_token"_s);
            if (!token)
                token = lookup(p, u"aws_security_token"_s);
            imported.credentials
                = Credentials(keyId->value, secret->value, token ? token->value : QByteArray());
        } else {
            for (const QString &key : kIndirectKeys) {
                if (const IniFile::Entry *e = lookup(p, key)) {
                    result.warnings.append(tr("%1: profile %2 uses %3; only its settings are imported, "
                                              "Skylight needs static keys")
                                               .arg(ImportResult::where(e->file, e->line), p.name, key));
                    break;
                }
            }
        }
        imported.profile = profile;
        result.profiles.append(imported);
    }
    return result;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/awscredentialchain.h"

#include <QFileInfo>

#include "clouds/environmentcredentials.h"
#include "clouds/profilepresets.h"

using namespace Qt::StringLiterals;

AwsCredentialChain::Resolved AwsCredentialChain::resolve(
    const EnvironmentCredentials &environment, const AwsConfigImporter::Files &files)
{
    Resolved out;
    if (!environment.problem().isEmpty()) {
        out.error = environment.problem();
        return out;
    }
    const bool named = !environment.profileName().isEmpty();
    const QString profileName = named ? environment.profileName() : u"default"_s;

    const ImportedProfile *found = nullptr;
    ImportResult shared;
    if (QFileInfo::exists(files.credentialsPath) || QFileInfo::exists(files.configPath)) {
        shared = AwsConfigImporter::importFiles(files);
        if (!shared.isOk()) {
            out.error = shared.error;
            return out;
        }
        for (const ImportedProfile &p : std::as_const(shared.profiles)) {
            if (p.profile.name == u"aws:"_s + profileName)
                found = &p;
        }
    }
    if (named && !found) {
        out.error = tr("The profile %1 (AWS_PROFILE) is not in %2 or %3")
                        .arg(profileName, files.credentialsPath, files.configPath);
        return out;
    }

    out.profile = found ? found->profile : ProfilePresets::aws(environment.region());
    if (environment.hasKeys()) {
        out.credentials = environment.credentials();
        out.source = tr("environment");
    } else if (found && found->credentials.isValid()) {
        out.credentials = found->credentials;
        out.source = found->profile.source;
    } else {
        out.error = tr("No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or give the "
                       "profile %1 static keys")
                        .arg(profileName);
        return out;
    }
    if (!environment.region().isEmpty()) {
        out.profile.defaultRegion = environment.region();
        if (!out.profile.regions.contains(environment.region()))
            out.profile.regions.append(environment.region());
    }
    if (!environment.s3EndpointUrl().isEmpty())
        out.profile.s3Endpoint = environment.s3EndpointUrl();
    if (!environment.ec2EndpointUrl().isEmpty())
        out.profile.ec2Endpoint = environment.ec2EndpointUrl();
    out.profile.name = u"env:"_s + profileName;
    out.profile.credentialId.clear(); // nothing to look up: the keys come with the result
    return out;
}

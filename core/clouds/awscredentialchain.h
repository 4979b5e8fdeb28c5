// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "auth/credentials.h"
#include "clouds/awsconfigimporter.h"
#include "clouds/cloudprofile.h"

class EnvironmentCredentials;

// An ad-hoc AWS cloud resolved the way the AWS CLI and SDKs do it: keys from the environment, else
// from the profile AWS_PROFILE names (else "default") in the shared credentials and config files;
// the region from AWS_REGION / AWS_DEFAULT_REGION, else the profile's; endpoints from
// AWS_ENDPOINT_URL[_S3|_EC2], else the profile's. A profile named in AWS_PROFILE must exist.
class AwsCredentialChain
{
    Q_DECLARE_TR_FUNCTIONS(AwsCredentialChain)
public:
    struct Resolved
    {
        CloudProfile profile;
        Credentials credentials;
        QString source; // "environment" or the file the keys came from
        QString error;  // never contains a key

        bool isOk() const { return error.isEmpty(); }
    };

    static Resolved resolve(const EnvironmentCredentials &environment, const AwsConfigImporter::Files &files);
};

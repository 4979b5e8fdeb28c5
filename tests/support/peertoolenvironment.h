// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>

// The environment for a peer tool (/usr/bin/aws, botocore/boto3, skylight-cli) talking to a test
// server with these keys: nothing from the user's own AWS configuration (no config or credentials
// file, profile, CA bundle, endpoint or instance metadata), no pager, region us-east-1. With a
// `home`, HOME points there too. The endpoint itself is passed on the tool's command line.
inline QProcessEnvironment peerToolEnvironment(
    const QString &accessKey, const QString &secretKey, const QString &home = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), accessKey);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secretKey);
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    env.insert(QStringLiteral("AWS_PAGER"), QString());
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    if (!home.isEmpty())
        env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("AWS_PROFILE"));
    env.remove(QStringLiteral("AWS_CA_BUNDLE"));
    env.remove(QStringLiteral("AWS_ENDPOINT_URL"));
    return env;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include "clouds/importresult.h"

// ~/.aws/credentials and ~/.aws/config as the AWS CLI reads them: [NAME] in the credentials file,
// [default] and [profile NAME] in the config file, keys from the credentials file winning; region,
// endpoint_url, nested "s3 =" blocks (addressing_style, signature_version) and [services NAME]
// sections with per-service endpoint_url. One profile "aws:NAME" per AWS profile.
class AwsConfigImporter
{
    Q_DECLARE_TR_FUNCTIONS(AwsConfigImporter)
public:
    struct Files
    {
        QString credentialsPath;
        QString configPath;
    };
    // AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE, else ~/.aws/credentials and ~/.aws/config.
    static Files locate(const QProcessEnvironment &env);
    // Either text may be empty (a missing file).
    static ImportResult parse(QByteArrayView credentialsText,
        const QString &credentialsPath,
        QByteArrayView configText,
        const QString &configPath);
    // Reads both files (a missing one counts as empty; both missing is an error) and parses them.
    static ImportResult importFiles(const Files &files);
};

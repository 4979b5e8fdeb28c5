// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include "clouds/importresult.h"

// A Eucalyptus eucarc (3.x and 4.x, PROTOCOLS.md §2.1): "export NAME=value" and "NAME=value" lines
// with or without quotes, ${EUCA_KEY_DIR} (and the other variables set above) expanded, EUCA_KEY_DIR
// being the file's folder; alias, echo and comment lines ignored. EC2_URL, S3_URL, EC2_ACCESS_KEY,
// EC2_SECRET_KEY (or the AWS_* forms) and EUCALYPTUS_CERT as the CA file. One profile
// "eucarc:FOLDER" per file.
class EucarcImporter
{
    Q_DECLARE_TR_FUNCTIONS(EucarcImporter)
public:
    static ImportResult parse(QByteArrayView text, const QString &path);
    // Reads the file; when it holds no keys, reads them from the iamrc beside it. A path ending in
    // ".zip" is a credentials zip: see importZip().
    static ImportResult importFile(const QString &path);
    // The credentials zip Eucalyptus hands out: eucarc and iamrc are read from memory (their keys
    // never touch the disk); cloud-cert.pem, the CA file, is written to `certificateDir` (created
    // 0700), which stands for EUCA_KEY_DIR. Empty certificateDir: a folder under the user's data
    // folder named after the zip.
    static ImportResult importZip(const QString &zipPath, const QString &certificateDir = {});
    // The 3.x+ iamrc: AWSAccessKeyId=… and AWSSecretKey=… lines.
    static ImportResult parseIamrc(QByteArrayView text, const QString &path, Credentials *credentials);
};

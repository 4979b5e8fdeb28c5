// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include "clouds/importresult.h"

// s3cmd's ~/.s3cfg (or S3CMD_CONFIG): host_base, host_bucket ("%(bucket)s." means virtual-host),
// use_https, signature_v2, access_key, secret_key, access_token, bucket_location,
// check_ssl_certificate, ca_certs_file. One profile "s3cfg:SECTION" per section with keys or a host.
class S3cfgImporter
{
    Q_DECLARE_TR_FUNCTIONS(S3cfgImporter)
public:
    static QString locate(const QProcessEnvironment &env);
    static ImportResult parse(QByteArrayView text, const QString &path);
    static ImportResult importFile(const QString &path);
};

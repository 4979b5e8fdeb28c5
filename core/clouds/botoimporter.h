// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

#include "clouds/importresult.h"

// boto 2's configuration (/etc/boto.cfg then ~/.boto, or BOTO_CONFIG, or the BOTO_PATH list; later
// files win key by key). One profile per cloud found in [Credentials]: boto:aws (aws_*),
// boto:eucalyptus (euca_* with [Boto] eucalyptus_host / walrus_host), boto:gcs (gs_*) and
// boto:internet-archive (ia_*). [Boto] is_secure, https_validate_certificates and ec2_version apply.
class BotoImporter
{
    Q_DECLARE_TR_FUNCTIONS(BotoImporter)
public:
    using SourceFile = std::pair<QString, QByteArray>; // path, contents

    // The files boto would read, existing or not, in reading order.
    static QStringList locate(const QProcessEnvironment &env);
    static ImportResult parse(const QList<SourceFile> &files);
    // Reads the existing files among `paths` (none existing is an error) and parses them.
    static ImportResult importFiles(const QStringList &paths);
};

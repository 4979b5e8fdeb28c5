// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "clouds/cloudprofile.h"

// A profile made on the spot from a command line, like awscli's --endpoint-url: the provider's preset
// with the URL put where that provider wants it (both services for the sandbox, the host for
// Eucalyptus, the S3 endpoint otherwise) and the region. Used by `profiles add` and by every command
// that takes --endpoint-url instead of --profile.
class AdHocProfile
{
    Q_DECLARE_TR_FUNCTIONS(AdHocProfile)
public:
    static std::optional<CloudProfile> make(
        CloudProvider provider, const QString &endpointUrl, const QString &region, QString *error);
};

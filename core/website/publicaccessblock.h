// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QStringList>

// A bucket's Block Public Access settings (PublicAccessBlockConfiguration).
struct PublicAccessBlockSettings
{
    bool blockPublicAcls = false;
    bool ignorePublicAcls = false;
    bool blockPublicPolicy = false;
    bool restrictPublicBuckets = false;

    // nullopt for a document that is not a PublicAccessBlockConfiguration (DTDs refused).
    static std::optional<PublicAccessBlockSettings> parse(const QByteArray &xml);
    QByteArray toXml() const;

    // What stops a public-read bucket policy from working, one sentence each.
    QStringList policyBlockers() const;
    // What stops public-read ACLs from working.
    QStringList aclBlockers() const;
    bool operator==(const PublicAccessBlockSettings &o) const
    {
        return blockPublicAcls == o.blockPublicAcls && ignorePublicAcls == o.ignorePublicAcls
            && blockPublicPolicy == o.blockPublicPolicy && restrictPublicBuckets == o.restrictPublicBuckets;
    }
};

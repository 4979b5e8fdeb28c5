// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// Which region each bucket lives in, learnt from wrong-region answers and GetBucketLocation, so the
// next request is signed for the right region the first time. Keyed by endpoint and bucket.
class RegionCache
{
public:
    QString region(const QString &endpoint, const QString &bucket) const;
    void remember(const QString &endpoint, const QString &bucket, const QString &region);
    void forget(const QString &endpoint, const QString &bucket);

    // GetBucketLocation's answer as a region name: empty means us-east-1, "EU" means eu-west-1.
    static QString normaliseLocation(const QString &locationConstraint);

private:
    QHash<QString, QString> m_regions;
};

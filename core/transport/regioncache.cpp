// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/regioncache.h"

using namespace Qt::StringLiterals;

namespace {
QString keyOf(const QString &endpoint, const QString &bucket)
{
    return endpoint + u'\n' + bucket;
}
} // namespace

QString RegionCache::region(const QString &endpoint, const QString &bucket) const
{
    return m_regions.value(keyOf(endpoint, bucket));
}

void RegionCache::remember(const QString &endpoint, const QString &bucket, const QString &region)
{
    if (!bucket.isEmpty() && !region.isEmpty())
        m_regions.insert(keyOf(endpoint, bucket), region);
}

void RegionCache::forget(const QString &endpoint, const QString &bucket)
{
    m_regions.remove(keyOf(endpoint, bucket));
}

QString RegionCache::normaliseLocation(const QString &location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty() || trimmed == u"US")
        return u"us-east-1"_s;
    if (trimmed == u"EU")
        return u"eu-west-1"_s;
    return trimmed;
}

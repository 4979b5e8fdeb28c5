// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/listingguard.h"

ApiError ListingGuard::admit(ObjectListing &page)
{
    const bool first = m_first;
    m_first = false;
    const qsizetype before = page.objects.size() + page.commonPrefixes.size();
    if (!first) {
        page.objects.removeIf([this](const ObjectEntry &o) { return o.key.toUtf8() <= m_lastKey; });
        page.commonPrefixes.removeIf([this](const QString &p) { return p.toUtf8() <= m_lastPrefix; });
    }
    m_repeats += int(before - page.objects.size() - page.commonPrefixes.size());
    if (!page.objects.isEmpty())
        m_lastKey = page.objects.last().key.toUtf8();
    if (!page.commonPrefixes.isEmpty())
        m_lastPrefix = page.commonPrefixes.last().toUtf8();
    if (page.nextToken.isEmpty())
        return ApiError::ok();
    if (m_tokens.contains(page.nextToken)) {
        page.nextToken.clear(); // whoever ignores the error still stops
        page.truncated = false;
        return ApiError(ApiError::Kind::Parse,
            tr("the listing sent a continuation token it had sent before; stopped to avoid a loop"));
    }
    m_tokens.insert(page.nextToken);
    return ApiError::ok();
}

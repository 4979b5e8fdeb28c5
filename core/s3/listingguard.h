// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

#include "s3/s3types.h"
#include "transport/apierror.h"

// What a paged bucket listing must never make Skylight do: follow a token it has already followed
// (a server that loops would be listed for ever), or show a key twice. S3 lists keys and common
// prefixes in ascending UTF-8 byte order, so an entry not after the last one of the pages before
// is a repeat: dropped and counted. One guard per listing, fed every page in order.
class ListingGuard
{
    Q_DECLARE_TR_FUNCTIONS(ListingGuard)
public:
    // Drops the repeats from `page`; an error when its next token was already followed.
    ApiError admit(ObjectListing &page);
    int repeatsDropped() const { return m_repeats; }

private:
    QSet<QString> m_tokens; // one per page: small
    QByteArray m_lastKey;
    QByteArray m_lastPrefix;
    bool m_first = true;
    int m_repeats = 0;
};

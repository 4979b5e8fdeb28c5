// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

// The measured offset between our clock and each endpoint's, so a computer whose clock is wrong can
// still sign requests. Offsets are per endpoint (host:port): two clouds can disagree.
class ClockSkew
{
public:
    // An offset smaller than this is left alone: an HTTP Date has one-second resolution, and
    // servers accept 5 to 15 minutes of skew.
    static constexpr qint64 kToleranceMs = 60 * 1000;

    qint64 offsetMs(const QString &endpoint) const;
    QDateTime corrected(const QString &endpoint, const QDateTime &localUtc) const;
    // Records the server's time as seen at localUtc. Returns true when the offset changed.
    bool observe(const QString &endpoint, const QDateTime &serverUtc, const QDateTime &localUtc);
    void reset(const QString &endpoint);

    // Reads an HTTP Date (RFC 1123, RFC 850 or asctime), an ISO 8601 time (S3's ServerTime) or
    // an amz date.
    static std::optional<QDateTime> parseServerTime(const QByteArray &text);

private:
    QHash<QString, qint64> m_offsets;
};

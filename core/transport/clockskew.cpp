// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/clockskew.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

qint64 ClockSkew::offsetMs(const QString &endpoint) const
{
    return m_offsets.value(endpoint, 0);
}

QDateTime ClockSkew::corrected(const QString &endpoint, const QDateTime &localUtc) const
{
    return localUtc.addMSecs(offsetMs(endpoint));
}

bool ClockSkew::observe(const QString &endpoint, const QDateTime &serverUtc, const QDateTime &localUtc)
{
    if (!serverUtc.isValid() || !localUtc.isValid())
        return false;
    const qint64 measured = localUtc.msecsTo(serverUtc);
    const qint64 current = offsetMs(endpoint);
    if (qAbs(measured - current) < kToleranceMs)
        return false;
    if (qAbs(measured) < kToleranceMs)
        m_offsets.remove(endpoint);
    else
        m_offsets.insert(endpoint, measured);
    return true;
}

void ClockSkew::reset(const QString &endpoint)
{
    m_offsets.remove(endpoint);
}

std::optional<QDateTime> ClockSkew::parseServerTime(const QByteArray &raw)
{
    const QString text = QString::fromLatin1(raw).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QLocale c = QLocale::c();
    for (const QString &format : {u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s,
             u"ddd, d MMM yyyy HH:mm:ss 'GMT'"_s,
             u"dddd, dd-MMM-yy HH:mm:ss 'GMT'"_s,
             u"ddd MMM d HH:mm:ss yyyy"_s,
             u"yyyyMMdd'T'HHmmss'Z'"_s}) {
        QDateTime t = c.toDateTime(text, format);
        if (t.isValid()) {
            if (t.date().year() < 1970)
                t = t.addYears(100);
            t.setTimeZone(QTimeZone::utc());
            return t;
        }
    }
    QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid())
        return iso.toUTC();
    return std::nullopt;
}

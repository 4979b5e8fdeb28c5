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
    QString text = QString::fromLatin1(raw).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // The weekday is dropped before parsing: Qt refuses a date whose weekday does not match, and
    // a two-digit RFC 850 year is first read as 19yy.
    const qsizetype comma = text.indexOf(u',');
    if (comma > 0 && comma < 12)
        text = text.mid(comma + 1).trimmed();
    else if (text.size() > 4 && text.at(3) == u' ' && text.at(0).isLetter() && text.at(4).isLetter())
        text = text.mid(4); // asctime: "Fri May 24 00:20:00 2013"
    const QLocale c = QLocale::c();
    for (const QString &format : {u"dd MMM yyyy HH:mm:ss 'GMT'"_s,
             u"d MMM yyyy HH:mm:ss 'GMT'"_s,
             u"dd-MMM-yy HH:mm:ss 'GMT'"_s,
             u"MMM d HH:mm:ss yyyy"_s,
             u"yyyyMMdd'T'HHmmss'Z'"_s}) {
        QDateTime t = c.toDateTime(text, format);
        if (t.isValid()) {
            if (t.date().year() < 1970)
                t = t.addYears(100);
            return QDateTime(t.date(), t.time(), QTimeZone::utc());
        }
    }
    QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid()) {
        if (iso.timeSpec() == Qt::LocalTime) // no zone given: servers mean UTC
            iso = QDateTime(iso.date(), iso.time(), QTimeZone::utc());
        return iso.toUTC();
    }
    return std::nullopt;
}

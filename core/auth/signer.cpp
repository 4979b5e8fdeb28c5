// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/signer.h"

#include <cstdio>

namespace SigningTime {

namespace {

struct Parts
{
    int year, month, day, hour, minute, second, weekday;
};

Parts partsOf(const QDateTime &time)
{
    // QDateTime::toString goes through the locale machinery; signing formats a date per request,
    // so the fields are formatted by hand.
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return {d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), d.dayOfWeek()};
}

} // namespace

QByteArray amzDate(const QDateTime &time)
{
    const Parts p = partsOf(time);
    char buf[32];
    const int n = std::snprintf(
        buf, sizeof buf, "%04d%02d%02dT%02d%02d%02dZ", p.year, p.month, p.day, p.hour, p.minute, p.second);
    return QByteArray(buf, n);
}

QByteArray isoSeconds(const QDateTime &time)
{
    const Parts p = partsOf(time);
    char buf[32];
    const int n = std::snprintf(buf,
        sizeof buf,
        "%04d-%02d-%02dT%02d:%02d:%02dZ",
        p.year,
        p.month,
        p.day,
        p.hour,
        p.minute,
        p.second);
    return QByteArray(buf, n);
}

QByteArray httpDate(const QDateTime &time)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const Parts p = partsOf(time);
    char buf[40];
    const int n = std::snprintf(buf,
        sizeof buf,
        "%s, %02d %s %04d %02d:%02d:%02d GMT",
        days[p.weekday - 1],
        p.day,
        months[p.month - 1],
        p.year,
        p.hour,
        p.minute,
        p.second);
    return QByteArray(buf, n);
}

} // namespace SigningTime

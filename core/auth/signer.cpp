// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/signer.h"

#include <algorithm>

namespace SigningTime {

namespace {

struct Parts
{
    int year, month, day, hour, minute, second, weekday; // weekday: 0 = Monday
};

// Civil date from a count of days since 1970-01-01 (H. Hinnant's algorithm). Signing formats a
// date per request, and QDateTime's conversions take locks and go through the locale machinery.
Parts partsOf(const QDateTime &time)
{
    const qint64 secs = time.toSecsSinceEpoch();
    qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const qint64 rem = secs - days * 86400;
    Parts p {};
    p.hour = int(rem / 3600);
    p.minute = int(rem % 3600 / 60);
    p.second = int(rem % 60);
    p.weekday = int(((days % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    p.day = int(doy - (153 * mp + 2) / 5 + 1);
    p.month = int(mp < 10 ? mp + 3 : mp - 9);
    p.year = int(yoe + era * 400 + (p.month <= 2 ? 1 : 0));
    return p;
}

char *put2(char *out, int v)
{
    *out++ = char('0' + v / 10);
    *out++ = char('0' + v % 10);
    return out;
}

char *put4(char *out, int v)
{
    out = put2(out, v / 100 % 100);
    return put2(out, v % 100);
}

} // namespace

QByteArray amzDate(const QDateTime &time)
{
    const Parts p = partsOf(time);
    QByteArray out(16, Qt::Uninitialized);
    char *c = out.data();
    c = put4(c, p.year);
    c = put2(c, p.month);
    c = put2(c, p.day);
    *c++ = 'T';
    c = put2(c, p.hour);
    c = put2(c, p.minute);
    c = put2(c, p.second);
    *c = 'Z';
    return out;
}

QByteArray isoSeconds(const QDateTime &time)
{
    const Parts p = partsOf(time);
    QByteArray out(20, Qt::Uninitialized);
    char *c = out.data();
    c = put4(c, p.year);
    *c++ = '-';
    c = put2(c, p.month);
    *c++ = '-';
    c = put2(c, p.day);
    *c++ = 'T';
    c = put2(c, p.hour);
    *c++ = ':';
    c = put2(c, p.minute);
    *c++ = ':';
    c = put2(c, p.second);
    *c = 'Z';
    return out;
}

QByteArray httpDate(const QDateTime &time)
{
    static const char days[] = "MonTueWedThuFriSatSun";
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    const Parts p = partsOf(time);
    QByteArray out(29, Qt::Uninitialized);
    char *c = out.data();
    c = std::copy_n(days + 3 * p.weekday, 3, c);
    *c++ = ',';
    *c++ = ' ';
    c = put2(c, p.day);
    *c++ = ' ';
    c = std::copy_n(months + 3 * (p.month - 1), 3, c);
    *c++ = ' ';
    c = put4(c, p.year);
    *c++ = ' ';
    c = put2(c, p.hour);
    *c++ = ':';
    c = put2(c, p.minute);
    *c++ = ':';
    c = put2(c, p.second);
    std::copy_n(" GMT", 4, c);
    return out;
}

} // namespace SigningTime

// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourceprobe.h"

#include <QDir>
#include <QFile>

ResourceSample ResourceProbe::now(double minutes)
{
    ResourceSample s;
    s.minutes = minutes;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                s.rssKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    s.fds = int(QDir(QStringLiteral("/proc/self/fd"))
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)
                    .size());
    return s;
}

double ResourceProbe::rssSlopeKiBPerMinute(const QList<ResourceSample> &samples, double fromMinutes)
{
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const ResourceSample &s : samples) {
        if (s.minutes < fromMinutes)
            continue;
        n += 1;
        sx += s.minutes;
        sy += double(s.rssKiB);
        sxx += s.minutes * s.minutes;
        sxy += s.minutes * double(s.rssKiB);
    }
    const double denominator = n * sxx - sx * sx;
    return n < 3 || denominator <= 0 ? 0 : (n * sxy - sx * sy) / denominator;
}

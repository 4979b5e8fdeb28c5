// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// This process's resident memory and open file descriptors, read from /proc (Linux).
struct ResourceSample
{
    double minutes = 0;
    qint64 rssKiB = 0;
    int fds = 0;
};

class ResourceProbe
{
public:
    static ResourceSample now(double minutes);
    // Least-squares slope of RSS (KiB per minute) over the samples from `fromMinutes` on.
    static double rssSlopeKiBPerMinute(const QList<ResourceSample> &samples, double fromMinutes);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

// Where time comes from: signing, presign expiry, skew correction, backoff and the maintenance
// calendar read it through this, so tests can fix it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

// Where backoff jitter comes from: a number in [0, 1).
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    virtual double next01() = 0;
};

class SystemRandom final : public RandomSource
{
public:
    double next01() override;
};

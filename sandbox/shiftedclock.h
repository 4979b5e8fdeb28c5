// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/clock.h"

// The sandbox's clock: another clock plus an offset that a clock-shift fault sets while one request
// is handled, so the Date header and the signature's skew check both see the shifted time.
class ShiftedClock final : public Clock
{
public:
    explicit ShiftedClock(const Clock *base)
        : m_base(base)
    {}
    QDateTime nowUtc() const override { return m_base->nowUtc().addSecs(m_offsetSeconds); }
    void setOffset(qint64 seconds) { m_offsetSeconds = seconds; }

private:
    const Clock *m_base;
    qint64 m_offsetSeconds = 0;
};

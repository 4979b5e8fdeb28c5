// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/clock.h"

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime nowUtc() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

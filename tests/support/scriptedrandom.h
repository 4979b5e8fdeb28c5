// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/clock.h"

// Always answers the same value, so backoff delays are known in advance.
class ScriptedRandom final : public RandomSource
{
public:
    explicit ScriptedRandom(double value = 0.0)
        : m_value(value)
    {}
    double next01() override { return m_value; }
    void set(double value) { m_value = value; }

private:
    double m_value;
};

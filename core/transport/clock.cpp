// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/clock.h"

#include <QRandomGenerator>

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

double SystemRandom::next01()
{
    return QRandomGenerator::global()->generateDouble();
}

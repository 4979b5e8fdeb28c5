// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/partslots.h"

PartSlots::PartSlots(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{}

void PartSlots::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    if (m_inUse < m_capacity)
        Q_EMIT available();
}

bool PartSlots::tryAcquire()
{
    if (m_inUse >= m_capacity)
        return false;
    ++m_inUse;
    return true;
}

void PartSlots::release()
{
    if (m_inUse > 0)
        --m_inUse;
    Q_EMIT available();
}

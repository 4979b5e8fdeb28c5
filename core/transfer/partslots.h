// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// The parts (or download ranges) that may be in flight at once over every transfer of a queue:
// a transfer takes a slot before it sends a part and gives it back when the part is done.
// available() tells waiting transfers to try again.
class PartSlots final : public QObject
{
    Q_OBJECT
public:
    explicit PartSlots(int capacity, QObject *parent = nullptr);
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    int inUse() const { return m_inUse; }
    bool tryAcquire();
    void release();

Q_SIGNALS:
    void available();

private:
    int m_capacity;
    int m_inUse = 0;
};

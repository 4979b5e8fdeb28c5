// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

// A seeded schedule of random faults for the sandbox (sandbox/FAULTS.md): each of the first
// `horizon` requests the sandbox receives is faulted with probability `rate`, with an action
// drawn from a fixed mix (resets before and mid-body, short and corrupted bodies, 500/503 answers,
// 200-with-Error on Complete, delays). The same seed gives the same schedule, so a soak failure
// reproduces.
class FaultSchedule
{
public:
    FaultSchedule(quint64 seed, double rate, int horizon);

    QByteArray toJson() const;          // the sandbox's --faults file
    int faultsUpTo(int requests) const; // how many rules fire within the first `requests` requests
    int size() const { return int(m_rules.size()); }

private:
    struct Rule
    {
        int nth = 0;
        QByteArray json; // the rule's fields after "nth"
    };
    QList<Rule> m_rules; // by nth, ascending
};

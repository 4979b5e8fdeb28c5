// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// The retry token bucket of AWS's standard mode, per endpoint: each retry spends tokens, each
// success returns some, and an empty bucket stops retries at once, so a dead endpoint fails fast
// instead of multiplying the load on it.
class RetryQuota
{
public:
    static constexpr int kCapacity = 500;
    static constexpr int kRetryCost = 5;
    static constexpr int kTimeoutCost = 10;
    static constexpr int kSuccessRefill = 1;

    // Takes the cost of one retry; false (and nothing taken) when the bucket has too few tokens.
    bool acquire(const QString &endpoint, bool timeout);
    // After a success: returns the cost of the retry that led to it, or one token.
    void release(const QString &endpoint, int retryCostSpent);
    int available(const QString &endpoint) const;
    // Whether one more retry (of a transfer's range or part, on top of the transport's) may go.
    bool canAfford(const QString &endpoint, bool timeout) const
    {
        return available(endpoint) >= (timeout ? kTimeoutCost : kRetryCost);
    }

private:
    QHash<QString, int> m_tokens;
};

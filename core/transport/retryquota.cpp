// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/retryquota.h"

#include <algorithm>

bool RetryQuota::acquire(const QString &endpoint, bool timeout)
{
    const int cost = timeout ? kTimeoutCost : kRetryCost;
    int &tokens = m_tokens.insert(endpoint, available(endpoint)).value();
    if (tokens < cost)
        return false;
    tokens -= cost;
    return true;
}

void RetryQuota::release(const QString &endpoint, int retryCostSpent)
{
    const int refill = retryCostSpent > 0 ? retryCostSpent : kSuccessRefill;
    m_tokens.insert(endpoint, std::min(kCapacity, available(endpoint) + refill));
}

int RetryQuota::available(const QString &endpoint) const
{
    return m_tokens.value(endpoint, kCapacity);
}

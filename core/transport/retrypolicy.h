// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class ApiError;

// AWS "standard" retry mode: a few attempts, capped exponential backoff with full jitter. The numbers
// are settings; tests check the properties (bounded, jittered), not the exact values.
struct RetryPolicy
{
    int maxAttempts = 3;            // the first try included
    int baseDelayMs = 1000;         // attempt 1 waits up to base, attempt 2 up to 2*base, …
    int throttleBaseDelayMs = 2000; // throttling answers back off harder
    int maxDelayMs = 20000;
    int maxRetryAfterMs = 20000; // a Retry-After longer than this is capped

    // The wait before the retry that follows failed attempt `attempt` (1-based); random01 in [0,1).
    // A pure function, so its bounds are tested without waiting.
    int backoffDelayMs(int attempt, double random01, bool throttled) const;
};

// The error kinds and codes worth another attempt (for requests that may be repeated).
namespace RetryClassifier {
bool isThrottling(const QString &serviceCode, int httpStatus);
bool isTransient(const ApiError &error);
bool isClockSkew(const QString &serviceCode, const QString &message);
} // namespace RetryClassifier

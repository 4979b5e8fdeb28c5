// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/retrypolicy.h"

#include <algorithm>
#include <cmath>

#include "transport/apierror.h"

using namespace Qt::StringLiterals;

int RetryPolicy::backoffDelayMs(int attempt, double random01, bool throttled) const
{
    const double base = throttled ? throttleBaseDelayMs : baseDelayMs;
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling = std::min(base * std::pow(2.0, exponent), double(maxDelayMs));
    const double r = std::clamp(random01, 0.0, 1.0);
    return int(std::floor(r * ceiling));
}

namespace RetryClassifier {

bool isThrottling(const QString &code, int httpStatus)
{
    static const QStringList codes = {u"Throttling"_s,
        u"ThrottlingException"_s,
        u"ThrottledException"_s,
        u"RequestThrottledException"_s,
        u"TooManyRequestsException"_s,
        u"ProvisionedThroughputExceededException"_s,
        u"TransactionInProgressException"_s,
        u"RequestLimitExceeded"_s,
        u"BandwidthLimitExceeded"_s,
        u"LimitExceededException"_s,
        u"RequestThrottled"_s,
        u"SlowDown"_s,
        u"PriorRequestNotComplete"_s,
        u"EC2ThrottledException"_s};
    return httpStatus == 429 || codes.contains(code);
}

bool isClockSkew(const QString &code, const QString &message)
{
    static const QStringList codes = {u"RequestTimeTooSkewed"_s,
        u"RequestExpired"_s,
        u"RequestInTheFuture"_s,
        u"InvalidSignatureException"_s,
        u"SignatureDoesNotMatch"_s,
        u"AuthFailure"_s};
    if (!codes.contains(code))
        return false;
    // The last three mean a clock problem only when the message says so.
    if (code == u"RequestTimeTooSkewed" || code == u"RequestExpired" || code == u"RequestInTheFuture")
        return true;
    return message.contains(u"expired"_s, Qt::CaseInsensitive)
        || message.contains(u"Signature not yet current"_s, Qt::CaseInsensitive)
        || message.contains(u"skew"_s, Qt::CaseInsensitive);
}

bool isTransient(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return error.isRetryable();
    case ApiError::Kind::Http:
    case ApiError::Kind::Service: {
        const int s = error.httpStatus();
        if (s == 500 || s == 502 || s == 503 || s == 504)
            return true;
        if (isThrottling(error.serviceCode(), s))
            return true;
        static const QStringList codes = {u"RequestTimeout"_s,
            u"RequestTimeoutException"_s,
            u"InternalError"_s,
            u"ServiceUnavailable"_s,
            u"BadDigest"_s,
            u"IDPCommunicationError"_s};
        return codes.contains(error.serviceCode());
    }
    default:
        return false;
    }
}

} // namespace RetryClassifier

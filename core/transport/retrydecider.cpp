// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/retrydecider.h"

#include <algorithm>

#include "transport/clock.h"
#include "transport/httpresponse.h"
#include "transport/httptransport.h"
#include "transport/logging.h"

namespace {

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

RetryDecider::RetryDecider(HttpTransport *transport)
    : m_transport(transport)
{}

void RetryDecider::succeeded(const QString &endpoint)
{
    m_transport->retryQuota().release(endpoint, m_retryCostSpent);
}

RetryDecider::Decision RetryDecider::decide(
    const HttpResponse &response, bool timeout, const Attempt &attempt)
{
    const ApiError &error = response.error;
    const QString &endpoint = attempt.endpoint;
    Decision next;

    // Wrong region: re-sign for the region the server named, once.
    const bool regionHint = !error.region().isEmpty() && error.region() != attempt.region
        && (isRedirectStatus(error.httpStatus()) || error.serviceCode() == u"AuthorizationHeaderMalformed"
            || error.serviceCode() == u"PermanentRedirect" || error.httpStatus() == 400);
    if (regionHint && !m_regionRetried && attempt.isSigned) {
        m_regionRetried = true;
        next.retry = true;
        next.correction = true;
        next.region = error.region();
        return next;
    }

    // Clock skew: adopt the server's clock for this endpoint and re-sign, once. A HEAD answer has no
    // body to say RequestTimeTooSkewed: a bare 403 whose Date is minutes away from ours says it.
    const bool bodiless403
        = error.httpStatus() == 403 && error.serviceCode().isEmpty() && response.body.isEmpty();
    // (Every answer's Date has been observed already: compare with the offset this attempt was signed with.)
    const bool offsetMoved = qAbs(m_transport->clockSkew().offsetMs(endpoint) - attempt.signedOffsetMs)
        >= ClockSkew::kToleranceMs;
    if (!m_skewRetried && attempt.isSigned
        && (RetryClassifier::isClockSkew(error.serviceCode(), error.message())
            || (bodiless403 && offsetMoved))) {
        m_skewRetried = true;
        std::optional<QDateTime> serverTime = ClockSkew::parseServerTime(error.serverTime());
        if (!serverTime)
            serverTime = ClockSkew::parseServerTime(response.header("Date"));
        const QDateTime now = m_transport->clock().nowUtc();
        const bool changed = serverTime
            && (m_transport->clockSkew().observe(endpoint, *serverTime, now)
                || qAbs(now.msecsTo(*serverTime)) >= ClockSkew::kToleranceMs);
        if (changed) {
            qCInfo(lcTransport) << "clock offset for" << endpoint << "is now"
                                << m_transport->clockSkew().offsetMs(endpoint) << "ms";
            next.retry = true;
            next.correction = true;
            return next;
        }
    }

    const RetryPolicy &policy = m_transport->retryPolicy();
    const bool transient = RetryClassifier::isTransient(error);
    if (!transient || !attempt.idempotent || attempt.number >= policy.maxAttempts)
        return next;
    if (!m_transport->retryQuota().acquire(endpoint, timeout)) {
        qCInfo(lcTransport) << "retry quota exhausted for" << endpoint;
        return next;
    }
    m_retryCostSpent += timeout ? RetryQuota::kTimeoutCost : RetryQuota::kRetryCost;
    const bool throttled = RetryClassifier::isThrottling(error.serviceCode(), error.httpStatus());
    int delay = policy.backoffDelayMs(attempt.number, m_transport->random().next01(), throttled);
    bool retryAfterOk = false;
    const int retryAfterSeconds = response.header("Retry-After").trimmed().toInt(&retryAfterOk);
    if (retryAfterOk && retryAfterSeconds >= 0)
        delay = std::min(retryAfterSeconds * 1000, policy.maxRetryAfterMs);
    qCDebug(lcTransport) << "retrying" << error.serviceCode() << "after" << delay << "ms";
    next.retry = true;
    next.delayMs = std::max(0, delay);
    return next;
}

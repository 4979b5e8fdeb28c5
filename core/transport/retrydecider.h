// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class HttpTransport;
struct HttpResponse;

// What follows a failed attempt of one Exchange: the request re-signed for the region the server
// named, or with the server's clock (each once, and not counted as a retry); another attempt after
// a backoff delay (a transient failure of a request that may be repeated, within the retry policy
// and the endpoint's retry quota); or the end. One per Exchange: it remembers what was used up.
class RetryDecider
{
public:
    struct Attempt
    {
        QString endpoint;          // HttpTransport::endpointKey() of the request
        QString region;            // the region the attempt was signed for
        int number = 1;            // 1-based; corrections do not count
        qint64 signedOffsetMs = 0; // the clock offset the attempt was signed with
        bool isSigned = false;
        bool idempotent = false;
    };
    struct Decision
    {
        bool retry = false;
        int delayMs = 0;
        bool correction = false; // a re-signing (region, clock), not a retry: the attempt is not counted
        QString region;          // not empty: sign the next attempt for this region
    };

    explicit RetryDecider(HttpTransport *transport);

    Decision decide(const HttpResponse &response, bool timeout, const Attempt &attempt);
    // The exchange succeeded: the retry quota it spent goes back to the endpoint.
    void succeeded(const QString &endpoint);

private:
    HttpTransport *m_transport;
    bool m_regionRetried = false;
    bool m_skewRetried = false;
    int m_retryCostSpent = 0;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QObject>
#include <QUrl>

#include "transport/clockskew.h"
#include "transport/connectionpool.h"
#include "transport/endpoint.h"
#include "transport/regioncache.h"
#include "transport/retrypolicy.h"
#include "transport/retryquota.h"
#include "transport/tlssettings.h"

class Clock;
class Exchange;
class HttpRequest;
class QNetworkAccessManager;
class QNetworkReply;
class RandomSource;

// Sends signed requests reliably. One per thread: it owns that thread's QNetworkAccessManagers (the
// first may be one a test injects; more are made to get past Qt's 6 connections per host, see
// ConnectionPool), and keeps what it learns per endpoint: clock offsets, the retry quota, bucket
// regions, TLS trust.
class HttpTransport final : public QObject
{
    Q_OBJECT
public:
    // nam, clock and random may be null: the transport then makes its own real ones.
    explicit HttpTransport(QObject *parent = nullptr,
        QNetworkAccessManager *nam = nullptr,
        const Clock *clock = nullptr,
        RandomSource *random = nullptr);
    ~HttpTransport() override;

    // Starts sending; the Exchange reports once through finished() and deletes itself.
    Exchange *send(HttpRequest request, SendOptions options);

    // A presigned URL (share link) for `request`, signed by options.signer (a query-mode signer) at
    // this endpoint's skew-corrected time, valid for expiresSeconds. Empty, with *error set, when it
    // cannot be signed (no key, SigV4 past 7 days…).
    QUrl presign(HttpRequest request, const SendOptions &options, qint64 expiresSeconds, QString *error);
    // The time at `request`'s endpoint now: our clock corrected by the offset measured for it
    // (offsets under ClockSkew::kToleranceMs are not corrected).
    QDateTime serverNow(const HttpRequest &request) const;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    // The idle timeout of requests whose SendOptions leave it at 0 (jobs do): tests shorten it.
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    // Trust settings for one endpoint, keyed "host:port".
    void setTlsSettings(const QString &endpoint, const TlsSettings &settings);
    TlsSettings tlsSettings(const QString &endpoint) const;

    ClockSkew &clockSkew() { return m_skew; }
    RetryQuota &retryQuota() { return m_quota; }
    RegionCache &regionCache() { return m_regions; }
    const Clock &clock() const { return *m_clock; }
    // The first manager (the injected one, if any): a request goes there whenever it is the least busy.
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // Connections to one endpoint at most, over ConnectionPool's managers (default 24, 4 managers).
    void setMaxConnectionsPerEndpoint(int connections) { m_pool.setMaxConnectionsPerEndpoint(connections); }
    int maxConnectionsPerEndpoint() const { return m_pool.maxConnectionsPerEndpoint(); }
    int managerCount() const { return m_pool.managerCount(); }
    // Requests in flight to ConnectionPool::connectionKey(url), or to every endpoint with an empty key.
    int requestsInFlight(const QString &connection = {}) const { return m_pool.inFlight(connection); }

    static QString endpointKey(const HttpRequest &request);

private:
    friend class Exchange;
    friend class RetryDecider;
    RandomSource &random() { return *m_random; }
    // Exchange's way out: the reply `send` makes through the manager chosen for `connection`.
    QNetworkReply *sendThrough(
        const QString &connection, const std::function<QNetworkReply *(QNetworkAccessManager *)> &send)
    {
        return m_pool.send(connection, send);
    }

    QNetworkAccessManager *m_nam;
    std::unique_ptr<Clock> m_ownClock;
    std::unique_ptr<RandomSource> m_ownRandom;
    const Clock *m_clock;
    RandomSource *m_random;
    RetryPolicy m_policy;
    int m_transferTimeoutMs = 60000;
    ClockSkew m_skew;
    RetryQuota m_quota;
    RegionCache m_regions;
    QHash<QString, TlsSettings> m_tls;
    ConnectionPool m_pool; // after m_nam: its managers go before the first one (and its cookie jar)
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;
class QObject;
class QUrl;

// HttpTransport's QNetworkAccessManagers. Qt 6.4 opens at most 6 HTTP/1.1 connections per host
// from one manager and queues the rest (Qt 6.5's QHttp1Configuration is not there), so requests to
// one endpoint are spread over a few managers: each request goes to the manager with the fewest
// requests in flight to that endpoint, and another manager is made only while every one has 6 or
// more there, up to maxConnectionsPerEndpoint() / 6 managers. Every manager is made the same way
// (same thread and parent; the first one's redirect policy, proxy, HSTS and transfer timeout; no
// cache) and shares the first one's cookie jar; TLS trust is set per request (Exchange), so it is
// the same on all. (A proxy factory set on the first manager would not be carried over: none is.)
//
// A request counts as in flight from send() until its reply finishes or is destroyed, whichever
// comes first (a guard object owned by the reply), so no path can leave a count behind.
class ConnectionPool final
{
public:
    // Qt's connections per host and manager (QHttpNetworkConnectionPrivate::defaultHttpChannelCount).
    static constexpr int kConnectionsPerManager = 6;
    static constexpr int kDefaultMaxConnections = 24;

    // `first` (a test's, or made by the transport) is always the first manager and is not owned.
    ConnectionPool(QObject *owner, QNetworkAccessManager *first);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    // Connections to one endpoint at most (rounded up to a multiple of 6; at least 6: one manager).
    // Managers already made stay; fewer are chosen from afterwards.
    void setMaxConnectionsPerEndpoint(int connections);
    int maxConnectionsPerEndpoint() const;

    QNetworkAccessManager *first() const;
    int managerCount() const;
    // Requests in flight to the endpoint (connectionKey()), or to all endpoints with an empty key.
    int inFlight(const QString &endpoint = {}) const;

    // Sends through the chosen manager: `send` makes the reply; it is counted until it ends.
    QNetworkReply *send(
        const QString &endpoint, const std::function<QNetworkReply *(QNetworkAccessManager *)> &send);

    // What Qt keeps connections apart by: scheme, host and port of the URL the request goes to.
    static QString connectionKey(const QUrl &url);

    struct State;

private:
    int choose(const QString &endpoint);

    QObject *m_owner;
    std::shared_ptr<State> m_state;        // the reply guards hold it weakly: a guard may outlive the pool
    QList<QNetworkAccessManager *> m_made; // the managers this pool made (deleted with it)
};

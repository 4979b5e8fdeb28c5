// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/connectionpool.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QUrl>

using namespace Qt::StringLiterals;

struct ConnectionPool::State
{
    QList<QNetworkAccessManager *> managers;
    QHash<QString, QList<int>> inFlight; // endpoint → requests in flight through each manager
    int maxManagers = kDefaultMaxConnections / kConnectionsPerManager;

    void release(const QString &endpoint, int index)
    {
        const auto it = inFlight.find(endpoint);
        if (it == inFlight.end() || index >= it->size())
            return;
        --(*it)[index];
        for (int n : std::as_const(*it)) {
            if (n > 0)
                return;
        }
        inFlight.erase(it); // nothing in flight there: forget the endpoint
    }
};

namespace {

// Owned by the reply: gives its count back when the reply finishes or, at the latest, when it is
// destroyed (aborted, timed out, deleted with its manager), exactly once.
class InFlightGuard final : public QObject
{
public:
    InFlightGuard(
        QNetworkReply *reply, std::weak_ptr<ConnectionPool::State> state, QString endpoint, int index)
        : QObject(reply)
        , m_state(std::move(state))
        , m_endpoint(std::move(endpoint))
        , m_index(index)
    {}
    ~InFlightGuard() override { release(); }

    void release()
    {
        if (m_released)
            return;
        m_released = true;
        if (const auto state = m_state.lock())
            state->release(m_endpoint, m_index);
    }

private:
    std::weak_ptr<ConnectionPool::State> m_state;
    QString m_endpoint;
    int m_index;
    bool m_released = false;
};

} // namespace

ConnectionPool::ConnectionPool(QObject *owner, QNetworkAccessManager *first)
    : m_owner(owner)
    , m_state(std::make_shared<State>())
{
    m_state->managers.append(first);
}

ConnectionPool::~ConnectionPool()
{
    // Before the cookie jar goes with the first manager; their replies' guards still find the state.
    const QList<QNetworkAccessManager *> made = m_made;
    qDeleteAll(made);
}

void ConnectionPool::setMaxConnectionsPerEndpoint(int connections)
{
    m_state->maxManagers = qMax(1, (connections + kConnectionsPerManager - 1) / kConnectionsPerManager);
}

int ConnectionPool::maxConnectionsPerEndpoint() const
{
    return m_state->maxManagers * kConnectionsPerManager;
}

QNetworkAccessManager *ConnectionPool::first() const
{
    return m_state->managers.first();
}

int ConnectionPool::managerCount() const
{
    return int(m_state->managers.size());
}

int ConnectionPool::inFlight(const QString &endpoint) const
{
    int total = 0;
    for (auto it = m_state->inFlight.cbegin(); it != m_state->inFlight.cend(); ++it) {
        if (!endpoint.isEmpty() && it.key() != endpoint)
            continue;
        for (int n : it.value())
            total += n;
    }
    return total;
}

QString ConnectionPool::connectionKey(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme + u"://"_s + url.host().toLower() + u':'
        + QString::number(url.port(scheme == u"https" ? 443 : 80));
}

int ConnectionPool::choose(const QString &endpoint)
{
    State &s = *m_state;
    QList<int> &counts = s.inFlight[endpoint];
    const int usable = int(qMin<qsizetype>(s.managers.size(), s.maxManagers));
    counts.resize(s.managers.size());
    int best = 0;
    for (int i = 1; i < usable; ++i) {
        if (counts[i] < counts[best])
            best = i;
    }
    if (counts[best] < kConnectionsPerManager || s.managers.size() >= s.maxManagers)
        return best;
    // Every manager has all its connections to this endpoint busy: one more, made like the first.
    QNetworkAccessManager *model = s.managers.first();
    auto *nam = new QNetworkAccessManager(m_owner);
    nam->setRedirectPolicy(model->redirectPolicy());
    nam->setProxy(model->proxy());
    nam->setStrictTransportSecurityEnabled(model->isStrictTransportSecurityEnabled());
    nam->setTransferTimeout(model->transferTimeout());
    nam->setAutoDeleteReplies(model->autoDeleteReplies());
    QNetworkCookieJar *jar = model->cookieJar();
    QObject *jarParent = jar->parent();
    nam->setCookieJar(jar); // shared, and still owned where it was
    jar->setParent(jarParent);
    m_made.append(nam);
    s.managers.append(nam);
    counts.resize(s.managers.size());
    return int(s.managers.size()) - 1;
}

QNetworkReply *ConnectionPool::send(
    const QString &endpoint, const std::function<QNetworkReply *(QNetworkAccessManager *)> &send)
{
    const int index = choose(endpoint);
    QNetworkReply *reply = send(m_state->managers.at(index));
    if (!reply)
        return nullptr;
    QList<int> &counts = m_state->inFlight[endpoint];
    if (counts.size() < m_state->managers.size())
        counts.resize(m_state->managers.size());
    ++counts[index];
    auto *guard = new InFlightGuard(reply, m_state, endpoint, index);
    QObject::connect(reply, &QNetworkReply::finished, guard, [guard] { guard->release(); });
    return reply;
}

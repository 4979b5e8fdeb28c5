// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/httptransport.h"

#include <QMetaObject>
#include <QNetworkAccessManager>

#include "auth/signer.h"
#include "transport/clock.h"
#include "transport/exchange.h"
#include "transport/httprequest.h"

HttpTransport::HttpTransport(
    QObject *parent, QNetworkAccessManager *nam, const Clock *clock, RandomSource *random)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_ownRandom(random ? nullptr : std::make_unique<SystemRandom>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_random(random ? random : m_ownRandom.get())
    , m_pool(this, m_nam)
{
    // Redirects are handled by Exchange, which re-signs for the new host or refuses to go.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpTransport::~HttpTransport() = default;

Exchange *HttpTransport::send(HttpRequest request, SendOptions options)
{
    auto *exchange = new Exchange(this, std::move(request), std::move(options));
    // Queued, so that finished() never comes before the caller has connected to it.
    QMetaObject::invokeMethod(exchange, &Exchange::startAttempt, Qt::QueuedConnection);
    return exchange;
}

QUrl HttpTransport::presign(
    HttpRequest request, const SendOptions &options, qint64 expiresSeconds, QString *error)
{
    if (!options.signer) {
        if (error)
            *error = tr("a presigned URL needs a signer");
        return {};
    }
    SigningParams params;
    params.time = m_skew.corrected(endpointKey(request), m_clock->nowUtc());
    params.region = options.region;
    params.service = options.service;
    params.expiresSeconds = expiresSeconds;
    const QString problem = options.signer->sign(request, options.credentials, params);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    return request.url();
}

QDateTime HttpTransport::serverNow(const HttpRequest &request) const
{
    return m_skew.corrected(endpointKey(request), m_clock->nowUtc());
}

void HttpTransport::setTlsSettings(const QString &endpoint, const TlsSettings &settings)
{
    m_tls.insert(endpoint, settings);
}

TlsSettings HttpTransport::tlsSettings(const QString &endpoint) const
{
    return m_tls.value(endpoint);
}

QString HttpTransport::endpointKey(const HttpRequest &request)
{
    return QString::fromLatin1(request.host.toLower()) + u':' + QString::number(request.effectivePort());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/websitereachabilityjob.h"

#include <QRandomGenerator>

#include "transport/exchange.h"
#include "transport/httprequest.h"
#include "transport/httpresponse.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

WebsiteReachabilityJob::WebsiteReachabilityJob(
    HttpTransport *transport, QUrl site, QByteArray host, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_site(std::move(site))
    , m_host(std::move(host))
{}

void WebsiteReachabilityJob::start()
{
    QUrl index = m_site;
    if (!index.path().endsWith(u'/'))
        index.setPath(index.path() + u'/');
    probe(index, &m_result.index, &WebsiteReachabilityJob::probeMissing);
}

void WebsiteReachabilityJob::probeMissing()
{
    QUrl missing = m_result.index.url;
    missing.setPath(missing.path()
        + u"skylight-reachability-%1.html"_s.arg(
            QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    probe(missing, &m_result.missing, &WebsiteReachabilityJob::done);
}

void WebsiteReachabilityJob::probe(
    const QUrl &url, WebsiteProbe *into, void (WebsiteReachabilityJob::*next)())
{
    into->url = url;
    HttpRequest r;
    r.method = "GET";
    r.scheme = url.scheme().toLatin1();
    r.host = url.host().toLatin1();
    r.port = url.port();
    r.path = url.path(QUrl::FullyEncoded).toLatin1();
    SendOptions o; // anonymous, as a visitor
    o.bodyKind = SendOptions::BodyKind::Object;
    o.maxRedirects = 0;
    o.transferTimeoutMs = 20000;
    o.serviceLabel = u"S3 website"_s;
    if (!m_host.isEmpty()) {
        o.connectHost = r.host;
        r.host = m_host;
    }
    Exchange *exchange = m_transport->send(std::move(r), std::move(o));
    connect(exchange, &Exchange::finished, this, [this, into, next](const HttpResponse &response) {
        into->status = response.status;
        if (response.status == 0)
            into->error = response.error;
        into->body = response.body.left(kMaxBody);
        into->location = response.header("Location");
        (this->*next)();
    });
}

void WebsiteReachabilityJob::done()
{
    Q_EMIT finished(m_result);
    deleteLater();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

#include "transport/apierror.h"

class HttpTransport;
struct HttpResponse;

struct WebsiteProbe
{
    QUrl url;
    int status = 0;      // 0: no HTTP answer (see error)
    ApiError error;      // the network failure, if any (an HTTP status is not an error here)
    QByteArray body;     // at most kMaxBody bytes
    QByteArray location; // redirects are reported, not followed
};

struct WebsiteReachabilityResult
{
    WebsiteProbe index;   // GET the site's root: its index document
    WebsiteProbe missing; // GET a page that does not exist: the error document, with 404
};

// Fetches the index and the error page through the website endpoint, anonymously as a visitor
// would, and reports the HTTP status of each.
class WebsiteReachabilityJob final : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxBody = 64 * 1024;

    // `site`: the website URL (WebsiteEndpoint::url). `host`: a Host header to send while
    // connecting to the URL's host (the sandbox's by-name form); empty: the URL's own.
    WebsiteReachabilityJob(
        HttpTransport *transport, QUrl site, QByteArray host = {}, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const WebsiteReachabilityResult &result);

private:
    void probe(const QUrl &url, WebsiteProbe *into, void (WebsiteReachabilityJob::*next)());
    void probeMissing();
    void done();

    HttpTransport *m_transport;
    QUrl m_site;
    QByteArray m_host;
    WebsiteReachabilityResult m_result;
};

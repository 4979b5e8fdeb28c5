// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/exchange.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include "auth/signer.h"
#include "auth/uriencode.h"
#include "transport/clock.h"
#include "transport/errorbodyparser.h"
#include "transport/httptransport.h"
#include "transport/logging.h"
#include "transport/rawhttpsender.h"
#include "transport/redact.h"

using namespace Qt::StringLiterals;

namespace {

QString resourceOf(const HttpRequest &request)
{
    return QString::fromUtf8(
        Redact::url(request.url()).toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
}

ApiError networkError(QNetworkReply::NetworkError code, const QString &text, bool timedOut)
{
    if (timedOut || code == QNetworkReply::TimeoutError)
        return ApiError(ApiError::Kind::Timeout, ApiError::tr("no data moved within the transfer timeout"))
            .setRetryable(true);
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(ApiError::Kind::Tls, text);
    case QNetworkReply::HostNotFoundError:
        // A name that does not resolve will not resolve on the next try either.
        return ApiError(ApiError::Kind::Network, text);
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return ApiError(ApiError::Kind::Network, text);
    default:
        return ApiError(ApiError::Kind::Network, text).setRetryable(true);
    }
}

// Qt's HTTP stack removes "." and ".." path segments (QUrl::NormalizePathSegments, applied in
// QHttpNetworkRequest::uri(), with %2E decoded first), so such a path would reach another object:
// a DELETE of "a/../b" would delete "b". Such requests go through RawHttpSender instead.
bool hasDotSegment(const QByteArray &path)
{
    for (const QByteArray &segment : path.split('/')) {
        const QByteArray decoded = UriEncode::decode(segment);
        if (decoded == "." || decoded == "..")
            return true;
    }
    return false;
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

Exchange::Exchange(HttpTransport *transport, HttpRequest request, SendOptions options)
    : QObject(transport)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_region(m_options.region)
    , m_retries(transport)
    , m_body(m_options.bodySink)
{
    if (m_options.transferTimeoutMs <= 0)
        m_options.transferTimeoutMs = m_transport->transferTimeoutMs();
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Exchange::onIdle);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Exchange::startAttempt);
    connect(
        &m_body, &BodySinkPump::progressed, this, [this] { m_idleTimer.start(m_options.transferTimeoutMs); });
    connect(&m_body, &BodySinkPump::replyFinished, this, &Exchange::onReplyFinished);
    if (!m_options.bucket.isEmpty()) {
        const QString cached = m_transport->regionCache().region(endpointKey(), m_options.bucket);
        if (!cached.isEmpty() && cached != m_region) {
            m_region = cached;
            if (m_options.retarget)
                m_options.retarget(m_request, m_region);
        }
    }
}

Exchange::~Exchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString Exchange::endpointKey() const
{
    return HttpTransport::endpointKey(m_request);
}

ApiError Exchange::describe(ApiError error) const
{
    error.setRequest(m_options.serviceLabel, QString::fromLatin1(m_request.method), resourceOf(m_request));
    return error;
}

void Exchange::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    m_body.stop();
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // onReplyFinished reports the abort
        return;
    }
    if (m_raw) {
        m_raw->abort(); // its finished() reports the abort
        return;
    }
    HttpResponse response;
    response.attempts = m_attempt;
    response.error = describe(ApiError(ApiError::Kind::Aborted, tr("cancelled")));
    finish(std::move(response));
}

void Exchange::startAttempt()
{
    if (m_finished)
        return;
    if (m_aborted) {
        abort();
        return;
    }
    ++m_attempt;
    m_timedOut = false;
    m_sslErrors.clear();
    m_encrypted = false;
    m_body.reset();

    HttpRequest request = m_request;
    if (!request.hasHeader("Accept-Encoding")) // bodies arrive as sent, so lengths and hashes hold
        request.setHeader("Accept-Encoding", "identity");
    if (!request.hasHeader("User-Agent"))
        request.setHeader("User-Agent", "Skylight/" + QByteArray(SKYLIGHT_VERSION_STRING));
    const bool hasBody = request.isForm || !request.body.isEmpty() || request.bodyDevice;
    if (request.isForm && !request.hasHeader("Content-Type"))
        request.setHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    else if (hasBody && !request.hasHeader("Content-Type"))
        request.setHeader("Content-Type", "application/octet-stream");

    if (m_options.signer) {
        SigningParams params;
        m_signedOffsetMs = m_transport->clockSkew().offsetMs(endpointKey());
        params.time = m_transport->clock().nowUtc().addMSecs(m_signedOffsetMs);
        params.region = m_region;
        params.service = m_options.service;
        const QString problem = m_options.signer->sign(request, m_options.credentials, params);
        if (!problem.isEmpty()) {
            HttpResponse response;
            response.attempts = m_attempt;
            response.error = describe(ApiError(ApiError::Kind::Signing, problem));
            finish(std::move(response));
            return;
        }
    }

    if (hasDotSegment(request.path)) {
        sendRaw(request);
        return;
    }

    QUrl url = request.url();
    const bool connectElsewhere = !m_options.connectHost.isEmpty() && request.scheme == "http";
    if (connectElsewhere)
        url.setHost(QString::fromLatin1(m_options.connectHost));
    QNetworkRequest qreq(url);
    if (connectElsewhere)
        qreq.setRawHeader("Host", request.hostHeader()); // Qt keeps a Host header it is given
    for (const HttpHeader &h : std::as_const(request.headers)) {
        if (h.name.compare("host", Qt::CaseInsensitive) == 0)
            continue; // Qt writes Host from the URL, as the signers computed it
        const QByteArray existing = qreq.rawHeader(h.name);
        qreq.setRawHeader(h.name, existing.isEmpty() ? h.value : existing + ',' + h.value);
    }
    qreq.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qreq.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    qreq.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (request.scheme == "https") {
        const TlsSettings tls = m_transport->tlsSettings(endpointKey());
        if (!tls.caFile.isEmpty()) {
            QString problem;
            const QList<QSslCertificate> cas = tls.loadCaCertificates(&problem);
            if (!problem.isEmpty()) {
                HttpResponse response;
                response.attempts = m_attempt;
                response.error = describe(ApiError(ApiError::Kind::Tls, problem));
                finish(std::move(response));
                return;
            }
            QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
            conf.addCaCertificates(cas);
            qreq.setSslConfiguration(conf);
        }
    }

    const QByteArray verb = request.method.toUpper();
    std::unique_ptr<QIODevice> body;
    if (request.bodyDevice) {
        body = request.bodyDevice();
        if (!body || (!body->isOpen() && !body->open(QIODevice::ReadOnly))) {
            HttpResponse response;
            response.attempts = m_attempt;
            response.error = describe(ApiError(ApiError::Kind::Local, tr("the file to send cannot be read")));
            finish(std::move(response));
            return;
        }
        if (request.bodySize >= 0)
            qreq.setHeader(QNetworkRequest::ContentLengthHeader, request.bodySize);
    }
    // Through the least busy of the transport's managers for this connection (Qt opens 6 per
    // manager); it counts the request until the reply ends.
    m_reply = m_transport->sendThrough(ConnectionPool::connectionKey(url), [&](QNetworkAccessManager *nam) {
        if (body) {
            QNetworkReply *reply = nam->sendCustomRequest(qreq, verb, body.get());
            // The reply reads the device until it is destroyed, which comes after finished() (and
            // after an abort, from a queued event): it owns the device from here on.
            body.release()->setParent(reply);
            return reply;
        }
        if (verb == "HEAD")
            return nam->head(qreq);
        if (hasBody || verb == "PUT" || verb == "POST") {
            const QByteArray bytes = request.effectiveBody();
            qreq.setHeader(QNetworkRequest::ContentLengthHeader, bytes.size());
            return nam->sendCustomRequest(qreq, verb, bytes);
        }
        return nam->sendCustomRequest(qreq, verb);
    });
    qCDebug(lcTransport).noquote() << "attempt" << m_attempt << Redact::describeForLog(request);

    if (m_body.hasSink())
        m_body.attach(m_reply);
    connect(m_reply, &QNetworkReply::finished, this, &Exchange::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &Exchange::onSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this, [this] { m_encrypted = true; });
    const auto touch = [this] {
        m_idleTimer.start(m_options.transferTimeoutMs);
    };
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this, touch](qint64 sent, qint64 total) {
        touch();
        Q_EMIT uploadProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this, touch](qint64 received, qint64 total) {
        touch();
        if (m_options.bodyKind == SendOptions::BodyKind::Document && received > kMaxDocumentBytes
            && !m_tooLarge) {
            m_tooLarge = true; // a hostile or broken server: stop reading before memory runs out
            m_reply->abort();
            return;
        }
        Q_EMIT downloadProgress(received, total);
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, touch);
    touch();
}

void Exchange::onIdle()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
    else if (m_raw)
        m_raw->abort();
}

void Exchange::onSslErrors(const QList<QSslError> &errors)
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply)
        return;
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    m_peerFingerprint = TlsSettings::sha256Fingerprint(peer);
    const TlsSettings tls = m_transport->tlsSettings(endpointKey());
    if (tls.pinCovers(errors, peer)) {
        reply->ignoreSslErrors(errors); // exactly these errors, for this pinned certificate
        return;
    }
    m_sslErrors = errors;
}

void Exchange::sendRaw(const HttpRequest &request)
{
    if (RawHttpSender::needsProxy(request)) {
        HttpResponse response;
        response.attempts = m_attempt;
        response.error = describe(ApiError(ApiError::Kind::InvalidInput,
            tr("the path has a \".\" or \"..\" segment, which only Skylight's direct connection can "
               "send, and the system settings ask for a proxy")));
        finish(std::move(response));
        return;
    }
    std::unique_ptr<QIODevice> body;
    if (request.bodyDevice) {
        body = request.bodyDevice();
        if (!body || (!body->isOpen() && !body->open(QIODevice::ReadOnly))) {
            HttpResponse response;
            response.attempts = m_attempt;
            response.error = describe(ApiError(ApiError::Kind::Local, tr("the file to send cannot be read")));
            finish(std::move(response));
            return;
        }
    }
    m_raw = std::make_unique<RawHttpSender>();
    if (m_options.bodyKind == SendOptions::BodyKind::Document)
        m_raw->setMaxBodyBytes(kMaxDocumentBytes); // the same cap as the Qt path's
    connect(m_raw.get(), &RawHttpSender::progress, this, [this] {
        m_idleTimer.start(m_options.transferTimeoutMs);
    });
    connect(m_raw.get(), &RawHttpSender::finished, this, [this](const AttemptOutcome &outcome) {
        m_idleTimer.stop();
        m_tooLarge = m_raw->tooLarge();
        m_raw.release()->deleteLater();
        evaluate(outcome);
    });
    qCDebug(lcTransport).noquote() << "attempt" << m_attempt << "(direct)" << Redact::describeForLog(request);
    m_idleTimer.start(m_options.transferTimeoutMs);
    m_raw->start(request,
        std::move(body),
        request.scheme == "http" ? m_options.connectHost : QByteArray(),
        m_transport->tlsSettings(endpointKey()));
}

void Exchange::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (m_body.isWriting())
        return; // the piece being written calls back here when it is stored
    if (m_body.writeRest())
        return; // the rest of the body, then back here
    m_reply = nullptr;
    m_body.detach();
    m_idleTimer.stop();
    reply->deleteLater(); // and with it the body device it was reading
    if (!m_body.error().isEmpty() && !m_aborted) {
        HttpResponse response;
        response.attempts = m_attempt;
        response.error = describe(ApiError(ApiError::Kind::Local, m_body.error()));
        finish(std::move(response));
        return;
    }

    AttemptOutcome outcome;
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        outcome.headers.append({name, value});
    if (reply->isOpen())
        outcome.body = reply->readAll();
    if (outcome.status == 0) {
        outcome.failure = networkError(reply->error(), reply->errorString(), m_timedOut);
        if (reply->error() == QNetworkReply::RemoteHostClosedError && !m_encrypted
            && reply->url().scheme() == u"https") {
            // Closed before the handshake ended: a plain-HTTP server (the sandbox) will do so again.
            outcome.failure = ApiError(ApiError::Kind::Network,
                tr("the server closed the connection during the TLS handshake; it may not speak "
                   "https (try http:// for this endpoint)"));
        }
        if (!m_sslErrors.isEmpty()) {
            QStringList reasons;
            for (const QSslError &e : std::as_const(m_sslErrors))
                reasons.append(e.errorString());
            outcome.failure = ApiError(ApiError::Kind::Tls, reasons.join(u"; "_s));
            outcome.failure.setCertificateSha256(m_peerFingerprint);
        }
    } else if (reply->error() != QNetworkReply::NoError
        && reply->error() < QNetworkReply::ContentAccessDenied) {
        outcome.cutShort = true; // a network error after the head: the body is incomplete
    }
    evaluate(std::move(outcome));
}

void Exchange::evaluate(AttemptOutcome outcome)
{
    HttpResponse response;
    response.attempts = m_attempt;
    if (m_aborted && !m_timedOut) {
        response.error = describe(ApiError(ApiError::Kind::Aborted, tr("cancelled")));
        finish(std::move(response));
        return;
    }
    if (m_tooLarge) { // never retried: the server would send the same
        response.error = describe(ApiError(ApiError::Kind::Parse,
            tr("the answer is larger than %1 MiB, more than any API answer; it was not read")
                .arg(kMaxDocumentBytes / (1024 * 1024))));
        response.error.setHttpStatus(outcome.status);
        finish(std::move(response));
        return;
    }
    response.status = outcome.status;
    response.headers = std::move(outcome.headers);
    response.body = std::move(outcome.body);
    response.streamedBytes = m_body.streamed();
    const qint64 received = response.streamedBytes >= 0 ? response.streamedBytes : response.body.size();

    const QDateTime localNow = m_transport->clock().nowUtc();
    if (const auto date = ClockSkew::parseServerTime(response.header("Date")))
        m_transport->clockSkew().observe(endpointKey(), *date, localNow);

    if (response.status == 0) {
        response.error
            = describe(m_timedOut ? networkError(QNetworkReply::TimeoutError, {}, true) : outcome.failure);
        handleFailure(std::move(response), m_timedOut);
        return;
    }

    // A body cut short: the sender may or may not say so, the length always does.
    const QByteArray lengthHeader = response.header("Content-Length");
    bool lengthOk = false;
    const qint64 expected = lengthHeader.toLongLong(&lengthOk);
    const bool truncated = m_request.method.toUpper() != "HEAD" && lengthOk && received < expected
        && response.header("Content-Encoding").isEmpty();
    if (truncated || (outcome.cutShort && !m_timedOut && response.status < 300)) {
        response.error = describe(ApiError(ApiError::Kind::Network,
            tr("the answer was cut short (%1 of %2 bytes)")
                .arg(received)
                .arg(lengthOk ? QString::number(expected) : tr("unknown")))
                                      .setRetryable(true));
        response.error.setHttpStatus(response.status);
        handleFailure(std::move(response), false);
        return;
    }
    if (m_timedOut) {
        response.error = describe(networkError(QNetworkReply::TimeoutError, {}, true));
        handleFailure(std::move(response), true);
        return;
    }

    const bool ok2xx = response.status >= 200 && response.status < 300;
    const bool errorIn200 = ok2xx && m_options.bodyKind == SendOptions::BodyKind::Document
        && looksLikeErrorDocument(response.body);
    if (ok2xx && !errorIn200) {
        m_retries.succeeded(endpointKey());
        finish(std::move(response));
        return;
    }
    if (isRedirectStatus(response.status) && followRedirect(response))
        return;

    ApiError error(ApiError::Kind::Http, {});
    error.setHttpStatus(response.status);
    if (const auto body = parseServiceError(response.body)) {
        error = ApiError(ApiError::Kind::Service, body->message);
        error.setHttpStatus(response.status)
            .setServiceCode(body->code)
            .setRequestId(body->requestId)
            .setRegion(body->region)
            .setServerTime(body->serverTime);
    } else if (response.status >= 300) {
        error.setMessage(outcome.reason);
    }
    if (error.requestId().isEmpty()) {
        const QByteArray id = response.header("x-amz-request-id");
        error.setRequestId(QString::fromLatin1(id.isEmpty() ? response.header("x-amzn-RequestId") : id));
    }
    const QByteArray bucketRegion = response.header("x-amz-bucket-region");
    if (!bucketRegion.isEmpty())
        error.setRegion(QString::fromLatin1(bucketRegion));
    response.error = describe(error);
    handleFailure(std::move(response), false);
}

bool Exchange::mayFollowRedirect(const QByteArray &fromScheme, const QUrl &target, bool isSigned)
{
    if (!target.isValid() || target.host().isEmpty()
        || (target.scheme() != u"http" && target.scheme() != u"https"))
        return false;
    return !(isSigned && fromScheme == "https" && target.scheme() == u"http");
}

bool Exchange::followRedirect(const HttpResponse &response)
{
    const QByteArray location = response.header("Location");
    if (location.isEmpty() || m_redirects >= m_options.maxRedirects)
        return false;
    const QUrl target = m_request.url().resolved(QUrl::fromEncoded(location));
    if (!mayFollowRedirect(m_request.scheme, target, m_options.signer != nullptr))
        return false;
    ++m_redirects;
    // HMAC-v1 signs the bucket even when the host carries it: keep whatever prefix the resource
    // path had in front of the old wire path.
    QByteArray resourcePrefix;
    if (!m_request.resourcePath.isEmpty() && m_request.resourcePath.endsWith(m_request.path))
        resourcePrefix = m_request.resourcePath.first(m_request.resourcePath.size() - m_request.path.size());
    m_request.scheme = target.scheme().toLatin1();
    m_request.host = target.host(QUrl::FullyEncoded).toLatin1();
    m_request.port = target.port(-1);
    m_request.path = target.path(QUrl::FullyEncoded).toLatin1();
    m_request.query.clear();
    const QByteArray query = target.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            m_request.addBareQuery(UriEncode::decode(pair));
        else
            m_request.addQuery(UriEncode::decode(pair.first(eq)), UriEncode::decode(pair.mid(eq + 1)));
    }
    if (!m_request.resourcePath.isEmpty())
        m_request.resourcePath = resourcePrefix + m_request.path;
    // The next attempt is signed afresh for the new host; a redirect is not a retry.
    --m_attempt;
    QMetaObject::invokeMethod(this, &Exchange::startAttempt, Qt::QueuedConnection);
    return true;
}

void Exchange::handleFailure(HttpResponse response, bool timeout)
{
    const RetryDecider::Decision next = m_retries.decide(response,
        timeout,
        {endpointKey(),
            m_region,
            m_attempt,
            m_signedOffsetMs,
            m_options.signer != nullptr,
            m_options.idempotent});
    if (!next.retry) {
        finish(std::move(response));
        return;
    }
    if (!next.region.isEmpty()) {
        m_region = next.region;
        m_transport->regionCache().remember(endpointKey(), m_options.bucket, m_region);
        if (m_options.retarget)
            m_options.retarget(m_request, m_region);
    }
    if (next.correction)
        --m_attempt;
    retryAfter(next.delayMs);
}

void Exchange::retryAfter(int delayMs)
{
    m_retryTimer.start(std::max(0, delayMs));
}

void Exchange::finish(HttpResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_idleTimer.stop();
    Q_EMIT finished(response);
    deleteLater();
}

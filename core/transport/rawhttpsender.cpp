// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/rawhttpsender.h"

#include <QIODevice>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kMaxHead = 64 * 1024; // the status line and headers, also in the bytes read

} // namespace

RawHttpSender::RawHttpSender(QObject *parent)
    : QObject(parent)
{}

RawHttpSender::~RawHttpSender()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool RawHttpSender::needsProxy(const HttpRequest &request)
{
    const QList<QNetworkProxy> proxies
        = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(request.url()));
    return !proxies.isEmpty() && proxies.first().type() != QNetworkProxy::NoProxy
        && proxies.first().type() != QNetworkProxy::DefaultProxy;
}

void RawHttpSender::start(const HttpRequest &request,
    std::unique_ptr<QIODevice> body,
    const QByteArray &connectHost,
    const TlsSettings &tls)
{
    m_tls = tls;
    m_parser = HttpResponseParser(request.method.toUpper() == "HEAD");
    m_body = std::move(body);
    if (!m_body)
        m_memoryBody = request.effectiveBody();
    else // a device that reads ahead (FileSliceDevice) may have nothing yet when the socket wants more
        connect(m_body.get(), &QIODevice::readyRead, this, &RawHttpSender::pumpBody);
    const qint64 length = m_body ? request.bodySize : m_memoryBody.size();

    m_head = request.method + ' ' + request.pathAndQuery() + " HTTP/1.1\r\n";
    if (!request.hasHeader("Host"))
        m_head += "Host: " + request.hostHeader() + "\r\n";
    for (const HttpHeader &h : request.headers)
        m_head += h.name + ": " + h.value + "\r\n";
    if (!request.hasHeader("Content-Length") && (length > 0 || request.method != "GET"))
        m_head += "Content-Length: " + QByteArray::number(qMax<qint64>(length, 0)) + "\r\n";
    m_head += "Connection: close\r\n\r\n";

    const QString host = QString::fromLatin1(connectHost.isEmpty() ? request.host : connectHost);
    const quint16 port = quint16(request.effectivePort());
    if (request.scheme == "https") {
        auto *ssl = new QSslSocket;
        m_socket.reset(ssl);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        QString problem;
        const QList<QSslCertificate> cas = tls.loadCaCertificates(&problem);
        conf.addCaCertificates(cas);
        ssl->setSslConfiguration(conf);
        connect(ssl, &QSslSocket::sslErrors, this, &RawHttpSender::onSslErrors);
        connect(ssl, &QSslSocket::encrypted, this, &RawHttpSender::onConnected);
        ssl->setProxy(QNetworkProxy::NoProxy);
        ssl->connectToHostEncrypted(host, port, QString::fromLatin1(request.host));
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, &RawHttpSender::onConnected);
        m_socket->setProxy(QNetworkProxy::NoProxy);
        m_socket->connectToHost(host, port);
    }
    if (m_maxBody > 0)
        m_socket->setReadBufferSize(4 * kChunk); // read in bounded steps, so the cap holds in memory
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &RawHttpSender::onReadyRead);
    connect(m_socket.get(), &QTcpSocket::bytesWritten, this, &RawHttpSender::onBytesWritten);
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &RawHttpSender::onError);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, &RawHttpSender::onError);
}

void RawHttpSender::onConnected()
{
    m_socket->write(m_head);
    if (!m_body) {
        m_socket->write(m_memoryBody);
        m_memoryBody.clear();
    } else {
        pumpBody();
    }
}

void RawHttpSender::pumpBody()
{
    // The head goes first, from onConnected(), which then pumps.
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    // Keep a bounded amount in the socket's buffer: memory follows the chunk size, not the file.
    while (m_body && m_socket->bytesToWrite() < kChunk && !m_body->atEnd()) {
        const QByteArray chunk = m_body->read(kChunk);
        if (chunk.isEmpty())
            break;
        m_socket->write(chunk);
    }
}

void RawHttpSender::onBytesWritten()
{
    Q_EMIT progress();
    pumpBody();
}

void RawHttpSender::onReadyRead()
{
    Q_EMIT progress();
    const QByteArray bytes = m_socket->readAll();
    // Checked before the bytes join the body (they may hold the head too), and after.
    const auto tooLarge = [this](qint64 more) {
        return m_maxBody > 0 && m_parser.body().size() + more > m_maxBody;
    };
    if (tooLarge(bytes.size() - kMaxHead) || (m_parser.feed(bytes), tooLarge(0))) {
        m_tooLarge = true; // a hostile or broken server: stop reading before memory runs out
        AttemptOutcome outcome;
        outcome.failure = ApiError(ApiError::Kind::Parse, tr("the answer is too large"));
        finish(std::move(outcome));
        return;
    }
    if (m_parser.state() == HttpResponseParser::State::Complete)
        finish(answer());
    else if (m_parser.state() == HttpResponseParser::State::Failed)
        finish(answer());
}

void RawHttpSender::onSslErrors(const QList<QSslError> &errors)
{
    auto *ssl = static_cast<QSslSocket *>(m_socket.get());
    const QSslCertificate peer = ssl->peerCertificate();
    m_fingerprint = TlsSettings::sha256Fingerprint(peer);
    if (m_tls.pinCovers(errors, peer)) {
        ssl->ignoreSslErrors(errors);
        return;
    }
    m_sslErrors = errors;
}

void RawHttpSender::onError()
{
    if (m_done)
        return;
    m_parser.feed(m_socket->readAll());
    m_parser.closed();
    if (m_parser.state() == HttpResponseParser::State::Complete) {
        finish(answer());
        return;
    }
    AttemptOutcome outcome = answer();
    if (outcome.status > 0) {
        outcome.cutShort = true;
        finish(std::move(outcome));
        return;
    }
    if (!m_sslErrors.isEmpty()) {
        QStringList reasons;
        for (const QSslError &e : std::as_const(m_sslErrors))
            reasons.append(e.errorString());
        outcome.failure = ApiError(ApiError::Kind::Tls, reasons.join(u"; "_s));
        outcome.failure.setCertificateSha256(m_fingerprint);
    } else if (m_socket->error() == QAbstractSocket::HostNotFoundError) {
        outcome.failure = ApiError(ApiError::Kind::Network, m_socket->errorString());
    } else if (m_socket->error() == QAbstractSocket::SslHandshakeFailedError) {
        outcome.failure = ApiError(ApiError::Kind::Tls, m_socket->errorString());
    } else {
        outcome.failure = ApiError(ApiError::Kind::Network, m_socket->errorString()).setRetryable(true);
    }
    finish(std::move(outcome));
}

AttemptOutcome RawHttpSender::answer()
{
    AttemptOutcome outcome;
    if (m_parser.state() == HttpResponseParser::State::Failed) {
        outcome.failure
            = ApiError(ApiError::Kind::Network, QString::fromLatin1(m_parser.failure())).setRetryable(true);
        return outcome;
    }
    if (m_parser.state() == HttpResponseParser::State::Head)
        return outcome;
    outcome.status = m_parser.status();
    outcome.reason = QString::fromLatin1(m_parser.reason());
    outcome.headers = m_parser.headers();
    outcome.body = m_parser.body();
    return outcome;
}

void RawHttpSender::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    AttemptOutcome outcome;
    outcome.failure = ApiError(ApiError::Kind::Aborted, tr("cancelled"));
    finish(std::move(outcome));
}

void RawHttpSender::finish(AttemptOutcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_body.reset();
    Q_EMIT finished(outcome);
}

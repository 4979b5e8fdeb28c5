// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedhttpserver.h"

#include <QHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>

QByteArray ScriptedHttpServer::Request::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    m_handler = [](const Request &) {
        return respond(200, "ok");
    };
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    for (const QPointer<QTcpSocket> &s : std::as_const(m_stalled)) {
        if (s)
            s->abort();
    }
}

bool ScriptedHttpServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(
        m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ScriptedHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ScriptedHttpServer::listenTls(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty())
        return false;
    conf.setLocalCertificateChain(chain);
    conf.setPrivateKey(QSslKey(keyPem, QSsl::Rsa, QSsl::Pem));
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(conf);
    m_server = std::move(server);
    // A QSslServer queues a connection once its handshake is done.
    connect(
        m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ScriptedHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

ScriptedHttpServer::Reply ScriptedHttpServer::respond(
    int status, QByteArray body, QList<std::pair<QByteArray, QByteArray>> headers)
{
    Reply r;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    return r;
}

ScriptedHttpServer::Reply ScriptedHttpServer::xmlError(
    int status, const QByteArray &code, const QByteArray &message, const QByteArray &extra)
{
    return respond(status,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
            + "</Message>" + extra + "<RequestId>REQ123</RequestId></Error>",
        {{"Content-Type", "application/xml"}});
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        Request request;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        const qsizetype length = request.header("Content-Length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            break; // wait for the rest of the body
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(request);

        const Reply reply = m_handler(request);
        if (reply.action == Reply::Action::Reset) {
            socket->abort();
            return;
        }
        if (reply.action == Reply::Action::Stall) {
            m_stalled.append(socket);
            socket->setProperty("buffer", QByteArray());
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
        bool hasLength = false;
        for (const auto &[n, v] : reply.headers) {
            hasLength = hasLength || n.compare("Content-Length", Qt::CaseInsensitive) == 0;
            out += n + ": " + v + "\r\n";
        }
        if (!hasLength)
            out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        out += "\r\n";
        if (reply.action == Reply::Action::ResetMidBody || reply.action == Reply::Action::ShortBody) {
            socket->write(out + reply.body.left(reply.cutAfter));
            socket->flush();
            if (reply.action == Reply::Action::ResetMidBody)
                socket->abort();
            else
                socket->disconnectFromHost();
            return;
        }
        socket->write(out + (request.method == "HEAD" ? QByteArray() : reply.body));
    }
    socket->setProperty("buffer", buffer);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

// A loopback HTTP/1.1 server for transport tests, answering each request with what the test's
// handler says: a normal answer, or a fault no well-behaved server produces (a reset, a stall, a
// body cut short). The sandbox replaces it wherever real S3/EC2 behaviour is needed.
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(QByteArrayView name) const;
    };

    struct Reply
    {
        enum class Action
        {
            Respond,      // status, headers, body
            Reset,        // abort the connection before answering
            ResetMidBody, // send the head and `cutAfter` body bytes, then abort
            ShortBody,    // announce the full length, send `cutAfter` bytes, close cleanly
            Stall,        // read the request, never answer
        };
        Action action = Action::Respond;
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int cutAfter = 0;
    };

    using Handler = std::function<Reply(const Request &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen(); // 127.0.0.1, a free port
    // The same over TLS with this PEM certificate chain and key.
    bool listenTls(const QByteArray &certificatePem, const QByteArray &keyPem);
    quint16 port() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    static Reply respond(
        int status, QByteArray body = {}, QList<std::pair<QByteArray, QByteArray>> headers = {});
    static Reply xmlError(
        int status, const QByteArray &code, const QByteArray &message = "msg", const QByteArray &extra = {});

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    std::unique_ptr<QTcpServer> m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QList<QPointer<QTcpSocket>> m_stalled;
};

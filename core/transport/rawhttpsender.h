// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QSslError>

#include "transport/attemptoutcome.h"
#include "transport/httpresponseparser.h"
#include "transport/tlssettings.h"

class QIODevice;
class QTcpSocket;

// Sends one signed request over a socket of its own, byte for byte as given. Qt's HTTP stack
// rewrites paths with "." and ".." segments (it applies QUrl::NormalizePathSegments, decoding %2E
// first), so an S3 key such as "a/../b" would reach object "b"; Exchange sends such requests here.
// One request per connection ("Connection: close"); no proxy.
class RawHttpSender final : public QObject
{
    Q_OBJECT
public:
    explicit RawHttpSender(QObject *parent = nullptr);
    ~RawHttpSender() override;

    // connectHost: the address to connect to instead of request.host (may be empty).
    void start(const HttpRequest &request,
        std::unique_ptr<QIODevice> body,
        const QByteArray &connectHost,
        const TlsSettings &tls);
    void abort(); // finished() still comes, with an aborted failure
    // An answer body above `bytes` is not read on: the connection is dropped, tooLarge() is true
    // and finished() comes with a failure. 0 (the default): no limit.
    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }
    bool tooLarge() const { return m_tooLarge; }

    // True when the system's proxy settings would send this URL through a proxy, which this
    // sender cannot do.
    static bool needsProxy(const HttpRequest &request);

Q_SIGNALS:
    void finished(const AttemptOutcome &outcome);
    void progress(); // bytes moved in either direction

private:
    void onConnected();
    void onReadyRead();
    void onBytesWritten();
    void onError();
    void onSslErrors(const QList<QSslError> &errors);
    void pumpBody();
    void finish(AttemptOutcome outcome);
    AttemptOutcome answer();

    std::unique_ptr<QTcpSocket> m_socket;
    std::unique_ptr<QIODevice> m_body;
    QByteArray m_head;
    QByteArray m_memoryBody;
    HttpResponseParser m_parser;
    TlsSettings m_tls;
    QList<QSslError> m_sslErrors;
    QString m_fingerprint;
    bool m_done = false;
    bool m_aborted = false;
    qint64 m_maxBody = 0;
    bool m_tooLarge = false;
};

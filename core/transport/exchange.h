// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include "transport/bodysinkpump.h"
#include "transport/endpoint.h"
#include "transport/httprequest.h"
#include "transport/httpresponse.h"
#include "transport/retrydecider.h"

class HttpTransport;
class RawHttpSender;
struct AttemptOutcome;
class QIODevice;
class QNetworkReply;
class QUrl;

// One logical request in flight: every attempt, retry, redirect and re-signing of it. Made by
// HttpTransport::send(); emits finished() exactly once, after send() has returned, and then deletes
// itself.
class Exchange final : public QObject
{
    Q_OBJECT
public:
    ~Exchange() override;

    // The most an API answer (SendOptions::BodyKind::Document) may hold: a listing page of 1,000
    // keys of 1,024 bytes, percent-encoded, is under 5 MiB. A larger one is cut off, never kept.
    static constexpr qint64 kMaxDocumentBytes = 32 * 1024 * 1024;

    // finished() still comes, once, with ApiError::Kind::Aborted.
    void abort();
    int attempts() const { return m_attempt; }

    // A redirect is followed only to http(s), and a signed request never from https to http.
    static bool mayFollowRedirect(const QByteArray &fromScheme, const QUrl &target, bool isSigned);

Q_SIGNALS:
    void finished(const HttpResponse &response);
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);

private:
    friend class HttpTransport;
    Exchange(HttpTransport *transport, HttpRequest request, SendOptions options);

    void startAttempt();
    void onReplyFinished();
    void sendRaw(const HttpRequest &request);
    void evaluate(AttemptOutcome outcome);
    void onSslErrors(const QList<QSslError> &errors);
    void onIdle();
    // Another attempt (now or after a delay), as RetryDecider decides, or the end.
    void handleFailure(HttpResponse response, bool timeout);
    bool followRedirect(const HttpResponse &response);
    void retryAfter(int delayMs);
    void finish(HttpResponse response);
    QString endpointKey() const;
    ApiError describe(ApiError error) const;

    HttpTransport *m_transport;
    HttpRequest m_request; // unsigned; redirects and region changes update it
    SendOptions m_options;
    QString m_region;
    int m_attempt = 0;
    int m_redirects = 0;
    qint64 m_signedOffsetMs = 0; // the clock offset the current attempt was signed with
    RetryDecider m_retries;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_tooLarge = false; // a document answer passed kMaxDocumentBytes and was dropped
    bool m_finished = false;
    QPointer<QNetworkReply> m_reply;
    BodySinkPump m_body; // SendOptions::bodySink: the reply's body handed to it as it arrives
    std::unique_ptr<RawHttpSender> m_raw;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QList<QSslError> m_sslErrors;
    QString m_peerFingerprint;
    bool m_encrypted = false; // this attempt's TLS handshake completed
};

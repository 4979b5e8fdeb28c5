// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QObject>

#include "faultrules.h"
#include "httprequestparser.h"

class BodySink;
class QFile;
class QTcpSocket;
struct SandboxRequest;
struct SandboxResponse;

// One client connection: HTTP/1.1 with keep-alive and pipelining, request bodies streamed into a
// BodySink, object bodies streamed out of their files with the socket's own flow control.
class SandboxConnection final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;
    // Asked before the handler: what goes wrong with this request (FaultRules).
    using FaultHook = std::function<FaultDecision(const SandboxRequest &)>;

    SandboxConnection(QTcpSocket *socket,
        Handler handler,
        QString tempDir,
        qint64 memoryLimit,
        QObject *parent,
        FaultHook faults = {});
    ~SandboxConnection() override;

    // The request line and headers `parser` has read, as handlers see them: an absolute-form
    // target cut to its path, the path and query split, the query decoded ('+' kept).
    static SandboxRequest requestHead(const HttpRequestParser &parser);

    static constexpr qint64 kWriteChunk = 256 * 1024;
    static constexpr qint64 kNoFlip = -2;

private:
    void onReadyRead();
    void onBytesWritten();
    void processInput();
    void dispatch();
    void defer(SandboxResponse response, const QString &bodyFile, bool keepAlive, const FaultDecision &fault);
    // The handler's answer, with what the fault rules add to it (a delay, a cut, a flipped byte).
    void answer(const SandboxResponse &response, bool keepAlive, const FaultDecision &fault);
    // flipAt: a body byte to send inverted (FaultDecision::Kind::Corrupt); -2 none, -1 the middle one.
    void writeResponse(const SandboxResponse &response, bool keepAlive, qint64 flipAt = kNoFlip);
    void writeError(int status, const QByteArray &message);
    // A fault's answer: the head, part of the body, then a reset or a clean close.
    void writeCut(const SandboxResponse &response, const FaultDecision &fault);
    // A Drip fault: `bytes` of `body` now, the rest later, then a clean close.
    void drip(const QByteArray &body, qint64 bytes, int intervalMs);
    void resetConnection();
    void finishResponse();

    QTcpSocket *m_socket;
    Handler m_handler;
    FaultHook m_faults;
    QString m_tempDir;
    qint64 m_memoryLimit;
    HttpRequestParser m_parser;
    QByteArray m_input;
    std::unique_ptr<BodySink> m_body;
    std::unique_ptr<QFile> m_sending; // an object body on its way out
    qint64 m_sendRemaining = 0;
    qint64 m_sendFlip = -1; // the byte of the file body still to be inverted, counted from the body's start
    qint64 m_sent = 0;      // body bytes of m_sending written so far
    bool m_closeAfter = false;
    bool m_writing = false;
    bool m_deferring = false;        // a deferred response's work is running
    bool m_dropWhenAnswered = false; // the client hung up while it ran
};

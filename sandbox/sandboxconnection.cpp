// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxconnection.h"

#include <QFile>
#include <QFutureWatcher>
#include <QTcpSocket>
#include <QTimer>

#include "auth/uriencode.h"
#include "bodysink.h"
#include "sandboxrequest.h"
#include "sandboxresponse.h"

#include <QtConcurrent/QtConcurrentRun>
#include <sys/socket.h>

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 416:
        return "Requested Range Not Satisfiable";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QList<QueryItem> decodeQuery(QByteArrayView raw)
{
    QList<QueryItem> items;
    if (raw.isEmpty())
        return items;
    for (const QByteArray &part : raw.toByteArray().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            items.append({UriEncode::decode(part), QByteArray(), false});
        else
            items.append({UriEncode::decode(part.left(eq)), UriEncode::decode(part.mid(eq + 1)), true});
    }
    return items;
}

QByteArray responseHead(const SandboxResponse &response, qint64 length, bool keepAlive)
{
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    for (const HttpHeader &h : response.headers)
        head.append(h.name).append(": ").append(h.value).append("\r\n");
    if (length >= 0 && response.status != 204 && response.status != 304)
        head.append("Content-Length: ").append(QByteArray::number(length)).append("\r\n");
    if (!keepAlive)
        head.append("Connection: close\r\n");
    head.append("\r\n");
    return head;
}

} // namespace

SandboxConnection::SandboxConnection(QTcpSocket *socket,
    Handler handler,
    QString tempDir,
    qint64 memoryLimit,
    QObject *parent,
    FaultHook faults)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_faults(std::move(faults))
    , m_tempDir(std::move(tempDir))
    , m_memoryLimit(memoryLimit)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SandboxConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_deferring)
            m_dropWhenAnswered = true; // its request is carried out all the same
        else
            deleteLater();
    });
    onReadyRead();
}

SandboxConnection::~SandboxConnection() = default;

void SandboxConnection::onReadyRead()
{
    m_input.append(m_socket->readAll());
    processInput();
}

void SandboxConnection::processInput()
{
    while (!m_writing && !m_input.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState) {
        const bool wasHead = m_parser.state() == HttpRequestParser::State::Head;
        QByteArray bodyBytes;
        const HttpRequestParser::State state = m_parser.feed(m_input, &bodyBytes);
        if (state == HttpRequestParser::State::Error) {
            if (m_parser.errorStatus() == 0) {
                m_socket->abort(); // a TLS ClientHello: no HTTP answer it could read
                return;
            }
            writeError(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        }
        if (wasHead && state != HttpRequestParser::State::Head) {
            m_body = std::make_unique<BodySink>(m_tempDir,
                m_memoryLimit,
                BodySink::needsSha256(
                    m_parser.header("x-amz-content-sha256"), m_parser.header("x-amz-checksum-sha256")));
            if (state == HttpRequestParser::State::Body && m_parser.expectsContinue())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (m_body && !m_body->append(bodyBytes)) {
            writeError(500, "the sandbox cannot store the request body");
            return;
        }
        if (state == HttpRequestParser::State::Complete)
            dispatch();
        else if (state == HttpRequestParser::State::Head || m_input.isEmpty())
            return;
    }
}

SandboxRequest SandboxConnection::requestHead(const HttpRequestParser &parser)
{
    SandboxRequest request;
    request.method = parser.method();
    request.target = parser.target();
    if (request.target.startsWith("http://") || request.target.startsWith("https://")) {
        const qsizetype slash = request.target.indexOf('/', request.target.indexOf("//") + 2);
        request.target = slash < 0 ? QByteArray("/") : request.target.mid(slash);
    }
    const qsizetype question = request.target.indexOf('?');
    request.rawPath = question < 0 ? request.target : request.target.left(question);
    request.rawQuery = question < 0 ? QByteArray() : request.target.mid(question + 1);
    request.query = decodeQuery(request.rawQuery);
    request.headers = parser.headers();
    return request;
}

void SandboxConnection::dispatch()
{
    m_body->finish();
    SandboxRequest request = requestHead(m_parser);
    request.bodySize = m_body->size();
    request.body = m_body->memory();
    request.bodyFile = m_body->takeFile();
    request.bodyMd5 = m_body->md5();
    request.bodySha256 = m_body->sha256();
    m_body.reset();
    const bool keepAlive = m_parser.keepAlive();
    m_parser.reset();

    const FaultDecision fault = m_faults ? m_faults(request) : FaultDecision();
    if (fault.kind == FaultDecision::Kind::Reset || fault.kind == FaultDecision::Kind::Stall) {
        if (!request.bodyFile.isEmpty())
            QFile::remove(request.bodyFile);
        if (fault.kind == FaultDecision::Kind::Reset)
            resetConnection();
        else
            m_writing = true; // never answers, and reads no further request
        return;
    }
    SandboxResponse response = m_handler(request);
    if (response.deferred)
        return defer(std::move(response), request.bodyFile, keepAlive, fault);
    if (!request.bodyFile.isEmpty())
        QFile::remove(request.bodyFile); // not taken over by the store
    answer(response, keepAlive, fault);
}

// Runs the response's blocking work on a worker thread; this connection reads no further request
// until it has answered.
void SandboxConnection::defer(
    SandboxResponse response, const QString &bodyFile, bool keepAlive, const FaultDecision &fault)
{
    m_writing = true;
    m_deferring = true;
    auto *watcher = new QFutureWatcher<SandboxResponse::Finish>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, bodyFile, keepAlive, fault] {
        watcher->deleteLater();
        const SandboxResponse answered = watcher->result()();
        if (!bodyFile.isEmpty())
            QFile::remove(bodyFile); // not taken over by the store
        m_deferring = false;
        m_writing = false;
        if (m_dropWhenAnswered)
            return deleteLater(); // the client hung up meanwhile
        answer(answered, keepAlive, fault);
        processInput(); // pipelined requests waited for this answer
    });
    QThreadPool *pool = response.deferredPool ? response.deferredPool : QThreadPool::globalInstance();
    watcher->setFuture(QtConcurrent::run(pool, std::move(response.deferred)));
}

void SandboxConnection::answer(const SandboxResponse &response, bool keepAlive, const FaultDecision &fault)
{
    const bool cut = fault.kind == FaultDecision::Kind::ResetAfterBody
        || fault.kind == FaultDecision::Kind::ShortBody || fault.kind == FaultDecision::Kind::ChunkedCut
        || fault.kind == FaultDecision::Kind::Drip;
    const qint64 flipAt
        = fault.kind == FaultDecision::Kind::Corrupt ? std::max<qint64>(fault.offset, -1) : kNoFlip;
    if (fault.delayMs > 0) {
        m_writing = true;
        QTimer::singleShot(fault.delayMs, this, [this, response, keepAlive, fault, cut, flipAt] {
            m_writing = false;
            if (cut)
                return writeCut(response, fault);
            writeResponse(response, keepAlive, flipAt);
            processInput();
        });
        return;
    }
    if (cut)
        return writeCut(response, fault);
    writeResponse(response, keepAlive, flipAt);
}

void SandboxConnection::writeCut(const SandboxResponse &response, const FaultDecision &fault)
{
    QByteArray body = response.body;
    qint64 length = body.size();
    if (!response.bodyFile.isEmpty()) {
        length = response.bodyLength;
        QFile file(response.bodyFile);
        // Only what is sent is read: faults cut bodies, so a small part (a drip sends it all, slowly:
        // meant for small bodies).
        const qint64 wanted = fault.kind == FaultDecision::Kind::Drip ? length
            : fault.bytes < 0                                         ? length / 2
                                                                      : std::min(fault.bytes, length);
        body = file.open(QIODevice::ReadOnly) && file.seek(response.bodyOffset) ? file.read(wanted)
                                                                                : QByteArray();
    }
    if (response.headOnly)
        length = response.headLength;
    m_writing = true; // this connection answers nothing more
    if (response.headOnly)
        body.clear();
    if (fault.kind == FaultDecision::Kind::ChunkedCut) {
        SandboxResponse chunked = response;
        chunked.addHeader("Transfer-Encoding", "chunked");
        m_socket->write(responseHead(chunked, -1, false));
        const qint64 sent
            = fault.bytes < 0 ? length / 2 : std::min(fault.bytes, std::max<qint64>(length - 1, 0));
        if (sent > 0 && !response.headOnly) {
            m_socket->write(QByteArray::number(sent, 16) + "\r\n");
            m_socket->write(body.left(sent) + "\r\n");
        }
        m_socket->disconnectFromHost(); // a clean FIN, and no last (zero-length) chunk
        return;
    }
    m_socket->write(responseHead(response, length, false));
    if (fault.kind == FaultDecision::Kind::Drip) {
        drip(body, qMax<qint64>(fault.bytes, 1), qMax(fault.intervalMs, 1));
        return;
    }
    if (fault.kind == FaultDecision::Kind::ShortBody) {
        const qint64 sent
            = fault.bytes < 0 ? length / 2 : std::min(fault.bytes, std::max<qint64>(length - 1, 0));
        m_socket->write(body.left(sent));
        m_socket->disconnectFromHost(); // a clean FIN once the bytes are out
        return;
    }
    m_socket->write(body.left(std::max<qint64>(fault.bytes, 0)));
    m_socket->flush();
    resetConnection();
}

void SandboxConnection::drip(const QByteArray &body, qint64 bytes, int intervalMs)
{
    if (body.isEmpty()) {
        m_socket->disconnectFromHost();
        return;
    }
    m_socket->write(body.left(bytes));
    QTimer::singleShot(intervalMs, this, [this, rest = body.mid(bytes), bytes, intervalMs] {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            drip(rest, bytes, intervalMs);
    });
}

void SandboxConnection::resetConnection()
{
    // SO_LINGER 0: close() sends an RST instead of a FIN, as a crashed server or a middlebox does.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        const struct linger hard = {1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    m_socket->abort();
}

void SandboxConnection::writeError(int status, const QByteArray &message)
{
    SandboxResponse response;
    response.status = status;
    response.addHeader("Content-Type", "text/plain");
    response.body = message + '\n';
    writeResponse(response, false);
}

void SandboxConnection::writeResponse(const SandboxResponse &response, bool keepAlive, qint64 flipAt)
{
    qint64 length = response.body.size();
    if (!response.bodyFile.isEmpty())
        length = response.bodyLength;
    if (response.headOnly)
        length = response.headLength;
    m_socket->write(responseHead(response, length, keepAlive));
    m_closeAfter = !keepAlive;
    // A corrupt answer: same head (Content-Length, ETag, checksums), one body byte inverted.
    if (flipAt != kNoFlip && !response.headOnly && length > 0)
        flipAt = flipAt < 0 ? length / 2 : std::min(flipAt, length - 1);
    else
        flipAt = -1;
    if (!response.headOnly && !response.bodyFile.isEmpty() && response.bodyLength > 0) {
        m_sendFlip = flipAt;
        m_sent = 0;
        m_sending = std::make_unique<QFile>(response.bodyFile);
        if (!m_sending->open(QIODevice::ReadOnly) || !m_sending->seek(response.bodyOffset)) {
            m_socket->abort(); // the head promised bytes that cannot come
            return;
        }
        m_sendRemaining = response.bodyLength;
        m_writing = true;
        onBytesWritten();
        return;
    }
    if (!response.headOnly) {
        if (flipAt >= 0) {
            QByteArray body = response.body;
            body[flipAt] = char(~body.at(flipAt));
            m_socket->write(body);
        } else {
            m_socket->write(response.body);
        }
    }
    finishResponse();
}

void SandboxConnection::onBytesWritten()
{
    if (!m_sending)
        return;
    while (m_sendRemaining > 0 && m_socket->bytesToWrite() < 4 * kWriteChunk) {
        QByteArray chunk = m_sending->read(std::min(kWriteChunk, m_sendRemaining));
        if (chunk.isEmpty()) {
            m_socket->abort(); // the file is shorter than recorded
            return;
        }
        if (m_sendFlip >= m_sent && m_sendFlip < m_sent + chunk.size())
            chunk[m_sendFlip - m_sent] = char(~chunk.at(m_sendFlip - m_sent));
        m_socket->write(chunk);
        m_sent += chunk.size();
        m_sendRemaining -= chunk.size();
    }
    if (m_sendRemaining == 0) {
        m_sending.reset();
        m_writing = false;
        finishResponse();
        processInput(); // pipelined requests waited for this answer
    }
}

void SandboxConnection::finishResponse()
{
    if (m_closeAfter)
        m_socket->disconnectFromHost();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/bodysinkpump.h"

#include <QNetworkReply>
#include <QNetworkRequest>

#include "transport/offthread.h"

namespace {

// A piece goes to the sink once kMinPiece bytes are waiting (or the body is complete).
constexpr qint64 kSinkBuffer = 1024 * 1024;
constexpr qint64 kMinPiece = 256 * 1024;

} // namespace

BodySinkPump::BodySinkPump(Sink sink, QObject *parent)
    : QObject(parent)
    , m_sink(std::move(sink))
{}

void BodySinkPump::reset()
{
    m_reply = nullptr;
    m_streamed = -1;
    m_error.clear();
}

void BodySinkPump::attach(QNetworkReply *reply)
{
    m_reply = reply;
    m_reply->setReadBufferSize(kSinkBuffer);
    connect(m_reply, &QNetworkReply::readyRead, this, &BodySinkPump::pump);
}

void BodySinkPump::detach()
{
    if (m_reply)
        m_reply->disconnect(this);
    m_reply = nullptr;
}

void BodySinkPump::stop()
{
    m_stopped = true;
}

bool BodySinkPump::streams()
{
    if (m_streamed >= 0)
        return true;
    if (!m_sink || !m_reply)
        return false;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return false; // an error or a redirect: its body is kept, to be read
    m_streamed = 0;
    return true;
}

void BodySinkPump::pump()
{
    if (!m_reply || m_writing || m_stopped || !m_error.isEmpty() || !streams())
        return;
    const qint64 waiting = m_reply->bytesAvailable();
    if (waiting >= kMinPiece)
        writePiece(m_reply->read(waiting));
}

bool BodySinkPump::writeRest()
{
    if (m_stopped || !m_error.isEmpty() || !m_reply || !m_reply->isOpen() || m_reply->bytesAvailable() <= 0
        || !streams())
        return false;
    writePiece(m_reply->readAll());
    return true;
}

void BodySinkPump::writePiece(QByteArray piece)
{
    m_writing = true;
    const qint64 offset = m_streamed;
    m_streamed += piece.size();
    runOffThread(
        this,
        [sink = m_sink, offset, piece = std::move(piece)] { return sink(offset, piece); },
        [this](const QString &error) {
            m_writing = false;
            if (!m_reply)
                return;
            if (!error.isEmpty() && m_error.isEmpty()) {
                m_error = error;
                if (!m_reply->isFinished())
                    return m_reply->abort(); // the reply's finished() reports it
            }
            if (m_reply->isFinished()) {
                Q_EMIT replyFinished();
                return;
            }
            Q_EMIT progressed();
            pump();
        });
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

class QNetworkReply;

// Hands a reply's body to SendOptions::bodySink piece by piece as it arrives, each piece written
// off the GUI thread. Qt buffers at most kSinkBuffer bytes meanwhile (then stops reading the
// socket). Only a 2xx answer streams: the body of an error or a redirect stays in the reply, to be
// read. One per Exchange, attached to each attempt's reply.
class BodySinkPump final : public QObject
{
    Q_OBJECT
public:
    using Sink = std::function<QString(qint64 offset, const QByteArray &piece)>;

    explicit BodySinkPump(Sink sink, QObject *parent = nullptr);

    bool hasSink() const { return bool(m_sink); }
    void reset();                      // a new attempt: nothing streamed, no error
    void attach(QNetworkReply *reply); // the attempt's reply (with a sink only)
    void detach();                     // the reply is finished with
    void stop();                       // aborted: no further piece starts
    // The reply finished: when a rest of the body is waiting for the sink, writes it and returns
    // true (replyFinished() follows once it is stored).
    bool writeRest();

    bool isWriting() const { return m_writing; }
    QString error() const { return m_error; }
    qint64 streamed() const { return m_streamed; } // -1: this attempt's answer does not stream

Q_SIGNALS:
    void progressed();    // a piece is stored and the reply goes on
    void replyFinished(); // a piece is stored (or refused) and the reply has finished

private:
    bool streams();
    void pump();
    void writePiece(QByteArray piece);

    Sink m_sink;
    QPointer<QNetworkReply> m_reply;
    qint64 m_streamed = -1;
    bool m_writing = false;
    bool m_stopped = false;
    QString m_error;
};

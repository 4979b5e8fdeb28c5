// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class Ec2Loader;
class InstanceActionRunner;

// "Stop/start now" for an EBS-backed instance facing retirement or system maintenance: stops it,
// waits (describing it every few seconds) until it is stopped, then starts it again, which moves
// it to other hardware. Reports each step; deletes itself after finished().
class StopStartSequence final : public QObject
{
    Q_OBJECT
public:
    StopStartSequence(Ec2Loader *loader,
        InstanceActionRunner *runner,
        QString cloud,
        QString region,
        QString instanceId,
        QObject *parent = nullptr);

    void start();
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

Q_SIGNALS:
    void progress(const QString &text);
    void finished(bool ok, const QString &message);

private:
    void poll();
    void done(bool ok, const QString &message);

    Ec2Loader *m_loader;
    InstanceActionRunner *m_runner;
    QString m_cloud;
    QString m_region;
    QString m_id;
    QTimer m_poll;
    int m_polls = 0;
    bool m_starting = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

class QProcess;

// "Try the local sandbox": runs skylight-sandbox as a child process (the GUI never serves requests
// itself), reports its endpoints once it prints its ready line, and stops it again.
class SandboxLauncher final : public QObject
{
    Q_OBJECT
public:
    struct Endpoints
    {
        QUrl s3;
        QUrl ec2;
        QUrl website; // where it serves bucket websites; empty: an older sandbox that does not say
        QString region;
    };

    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // skylight-sandbox beside this program (build/app/ and bin/ hold both), or on PATH. Empty: none.
    static QString findProgram();
    // "skylight-sandbox ready s3=http://127.0.0.1:PORT ec2=… website=… region=…"
    static std::optional<Endpoints> parseReadyLine(const QByteArray &line);

    // Starts `program --demo --data DATADIR --listen 127.0.0.1:0`; ready() or failed() follows.
    void start(const QString &program, const QString &dataDir);
    // Asks the sandbox to end (SIGTERM, so it closes its store cleanly), killing it if it lingers.
    void stop();
    bool isRunning() const;
    const std::optional<Endpoints> &endpoints() const { return m_endpoints; }

Q_SIGNALS:
    void ready(const SandboxLauncher::Endpoints &endpoints);
    void failed(const QString &message);

private:
    void onOutput();
    void fail(const QString &message);

    QProcess *m_process = nullptr;
    QByteArray m_stdout;
    std::optional<Endpoints> m_endpoints;
    bool m_stopping = false;
};

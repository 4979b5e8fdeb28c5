// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QString>
#include <QTcpServer>

#include "sandboxconfig.h"

class AuthVerifier;
class Clock;
class S3Router;
class SandboxStore;

// The local sandbox cloud: an S3 REST endpoint on loopback (EC2 and websites come next), keeping
// its state in one folder so that a restart loses nothing.
class SandboxServer final : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the data folder and starts listening. Returns an empty string, or why it cannot.
    QString start();
    void stop();
    quint16 port() const;
    QString endpoint() const; // http://127.0.0.1:PORT
    const SandboxConfig &config() const { return m_config; }
    QString defaultRegion() const { return m_config.regions.first(); }
    SandboxStore *store() const { return m_store.get(); }

private:
    void onNewConnection();

    SandboxConfig m_config;
    std::unique_ptr<Clock> m_ownClock;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<AuthVerifier> m_verifier;
    std::unique_ptr<S3Router> m_router;
    QTcpServer m_server;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QString>
#include <QTcpServer>

#include "faultrules.h"
#include "sandboxconfig.h"

class AuthVerifier;
class Clock;
class Ec2Router;
class S3Router;
class SandboxStore;
class ShiftedClock;
struct SandboxRequest;
struct SandboxResponse;
class WebsiteRouter;

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
    Ec2Router *ec2() const { return m_ec2.get(); }
    S3Router *s3() const { return m_router.get(); }
    quint16 websitePort() const;
    QString websiteEndpoint() const; // http://127.0.0.1:PORT, the S3 website endpoint
    // The fault script for the S3 and EC2 port (FAULTS.md); replaces any rules and their counts.
    void setFaultRules(FaultRules rules) { m_faults = std::move(rules); }
    const FaultRules &faultRules() const { return m_faults; }

private:
    void onNewConnection();
    void onNewWebsiteConnection();
    // --demo on first start with an empty DATA: each side seeds its own demo content.
    void seedDemoData();
    SandboxResponse handleApi(const SandboxRequest &request);

    SandboxConfig m_config;
    std::unique_ptr<Clock> m_ownClock;
    std::unique_ptr<ShiftedClock> m_clock; // what every part reads: the configured clock, shiftable
    FaultRules m_faults;
    FaultDecision m_pendingFault;       // decided for the request about to be handled
    QByteArray m_pendingCompletionCode; // CompleteError: the <Error> code of the next Complete
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<AuthVerifier> m_verifier;
    std::unique_ptr<S3Router> m_router;
    std::unique_ptr<Ec2Router> m_ec2;
    QTcpServer m_server;
    std::unique_ptr<WebsiteRouter> m_website;
    QTcpServer m_websiteServer;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include <QTcpSocket>

#include "authverifier.h"
#include "demodata.h"
#include "ec2/ec2router.h"
#include "s3call.h"
#include "s3router.h"
#include "sandboxconnection.h"
#include "sandboxrequest.h"
#include "sandboxresponse.h"
#include "sandboxstore.h"
#include "shiftedclock.h"
#include "transport/clock.h"
#include "websiterouter.h"

using namespace Qt::StringLiterals;

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    if (m_config.credentials.isEmpty())
        m_config.credentials.append(
            Credentials(SandboxConfig::kDefaultAccessKey, SandboxConfig::kDefaultSecretKey));
    if (m_config.regions.isEmpty())
        m_config.regions.append(u"us-east-1"_s);
    if (m_config.demo && !m_config.regions.contains(u"eu-west-1"_s))
        m_config.regions.append(u"eu-west-1"_s);
    if (!m_config.clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_config.clock = m_ownClock.get();
    }
    m_clock = std::make_unique<ShiftedClock>(m_config.clock);
    m_config.clock = m_clock.get();
    connect(&m_server, &QTcpServer::newConnection, this, &SandboxServer::onNewConnection);
    connect(&m_websiteServer, &QTcpServer::newConnection, this, &SandboxServer::onNewWebsiteConnection);
}

SandboxServer::~SandboxServer()
{
    stop();
}

QString SandboxServer::start()
{
    if (m_config.dataDir.isEmpty())
        return u"the sandbox needs a data folder"_s;
    if (!m_config.faultsFile.isEmpty()) {
        QString faultProblem;
        FaultRules rules = FaultRules::fromFile(m_config.faultsFile, &faultProblem);
        if (!faultProblem.isEmpty())
            return faultProblem;
        m_faults = std::move(rules);
    }
    m_store = std::make_unique<SandboxStore>(m_config.dataDir);
    QString problem;
    if (!m_store->open(&problem))
        return problem;
    m_verifier = std::make_unique<AuthVerifier>(m_config.credentials, m_config.clock);
    m_router = std::make_unique<S3Router>(m_store.get(), m_verifier.get(), m_config.regions, m_config.clock);
    m_router->multipart().setCompletionFault([this](const S3Call &) { return m_pendingCompletionCode; });
    m_ec2 = std::make_unique<Ec2Router>(m_config);
    if (!m_ec2->open(&problem))
        return problem;
    if (m_config.demo)
        seedDemoData();
    if (!m_server.listen(m_config.address, m_config.port))
        return u"cannot listen on %1:%2: %3"_s.arg(m_config.address.toString())
            .arg(m_config.port)
            .arg(m_server.errorString());
    m_website = std::make_unique<WebsiteRouter>(m_store.get(), m_config.clock);
    if (!m_websiteServer.listen(m_config.address, m_config.websitePort))
        return u"cannot listen for the website endpoint on %1:%2: %3"_s.arg(m_config.address.toString())
            .arg(m_config.websitePort)
            .arg(m_websiteServer.errorString());
    return {};
}

void SandboxServer::stop()
{
    m_server.close();
    m_websiteServer.close();
    // Connections refer to the router: they go first.
    for (SandboxConnection *connection : findChildren<SandboxConnection *>(Qt::FindDirectChildrenOnly))
        delete connection;
    m_ec2.reset();
    m_website.reset();
    m_router.reset();
    m_verifier.reset();
    m_store.reset();
}

quint16 SandboxServer::port() const
{
    return m_server.serverPort();
}

QString SandboxServer::endpoint() const
{
    return u"http://%1:%2"_s.arg(m_server.serverAddress().toString()).arg(port());
}

void SandboxServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        new SandboxConnection(
            socket,
            [this](const SandboxRequest &request) { return handleApi(request); },
            m_store->tempDir(),
            m_config.memoryBodyLimit,
            this,
            [this](const SandboxRequest &request) {
                m_pendingFault = m_faults.isEmpty()
                    ? FaultDecision()
                    : m_faults.decide(request.method, request.target, Ec2Router::actionOf(request));
                return m_pendingFault;
            });
    }
}

quint16 SandboxServer::websitePort() const
{
    return m_websiteServer.serverPort();
}

QString SandboxServer::websiteEndpoint() const
{
    return u"http://%1:%2"_s.arg(m_websiteServer.serverAddress().toString()).arg(websitePort());
}

void SandboxServer::onNewWebsiteConnection()
{
    while (QTcpSocket *socket = m_websiteServer.nextPendingConnection()) {
        const WebsiteRouter *website = m_website.get();
        new SandboxConnection(
            socket,
            [website](const SandboxRequest &request) { return website->handle(request); },
            m_store->tempDir(),
            m_config.memoryBodyLimit,
            this);
    }
}

SandboxResponse SandboxServer::handleApi(const SandboxRequest &request)
{
    // The connection asked for the fault just before; one request at a time, on this thread.
    const FaultDecision fault = std::exchange(m_pendingFault, FaultDecision());
    m_clock->setOffset(fault.clockShiftSeconds);
    SandboxResponse response;
    if (fault.kind == FaultDecision::Kind::Error || fault.kind == FaultDecision::Kind::Redirect) {
        response = FaultRules::errorResponse(fault, request, m_clock->nowUtc());
    } else {
        if (fault.kind == FaultDecision::Kind::CompleteError)
            m_pendingCompletionCode = fault.code;
        response = Ec2Router::isEc2(request) ? m_ec2->handle(request) : m_router->handle(request);
        m_pendingCompletionCode.clear();
    }
    m_clock->setOffset(0);
    return response;
}

void SandboxServer::seedDemoData()
{
    m_ec2->seedDemo(); // instances and scheduled events, only into an empty EC2 state
    QString problem;   // only into an empty store
    if (m_config.demoObjects
        && !S3DemoData::seed(m_store.get(), m_config.regions, m_clock->nowUtc(), &problem))
        qWarning("sandbox: the S3 demo data is incomplete: %s", qPrintable(problem));
}

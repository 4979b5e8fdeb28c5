// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "ec2authverifier.h"
#include "ec2describeinstances.h"
#include "ec2describeinstancestatus.h"
#include "ec2eventactions.h"
#include "ec2lifecycleactions.h"
#include "ec2regionactions.h"
#include "ec2tagactions.h"
#include "sandboxresponse.h"

class Clock;
class Ec2Store;
struct Ec2Call;
struct SandboxConfig;
struct SandboxRequest;

// The sandbox's EC2 Query API: owns the EC2 tables (Ec2Store), checks the signature, the API
// version (the request's Version and --ec2-api-max, against the Ec2ApiVersions catalogue) and the
// action, then hands the call to the action's handler. One endpoint serves every region.
class Ec2Router
{
public:
    explicit Ec2Router(const SandboxConfig &config);
    ~Ec2Router();

    bool open(QString *error);
    // First start with --demo: instances and events across the regions (nothing when DATA has some).
    void seedDemo();
    Ec2Store *store() const { return m_store.get(); }

    // An EC2 request: Action in the query or the form body, or a Eucalyptus service path.
    static bool isEc2(const SandboxRequest &request);
    // Its Action (from the query, else the POST form); empty when there is none.
    static QByteArray actionOf(const SandboxRequest &request);
    SandboxResponse handle(const SandboxRequest &request) const;

private:
    SandboxResponse dispatch(const Ec2Call &call) const;

    std::unique_ptr<Ec2Store> m_store;
    QStringList m_regions;
    QString m_apiMax;
    const Clock *m_clock;
    Ec2AuthVerifier m_verifier;
    Ec2RegionActions m_regionActions;
    Ec2DescribeInstances m_describeInstances;
    Ec2DescribeInstanceStatus m_describeInstanceStatus;
    Ec2LifecycleActions m_lifecycle;
    Ec2TagActions m_tags;
    Ec2EventActions m_events;
};

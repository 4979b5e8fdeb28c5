// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include "auth/credentials.h"
#include "clouds/cloudprofile.h"

// skylight-sandbox --demo in a child process ($SKYLIGHT_SANDBOX), on 127.0.0.1 and a free port.
//
// Not the in-process Ec2Fixture: the sandbox's own EC2 value types (sandbox/ec2/ec2instance.h,
// ec2event.h) share their names with core's (core/ec2/ec2types.h), so one binary cannot link both
// the sandbox and core's EC2 parsers without an ODR clash.
class SandboxProcess
{
public:
    explicit SandboxProcess(QStringList extraArguments = {});
    ~SandboxProcess();

    bool start(); // QVERIFY(sandbox.start()) — prints why on failure
    quint16 port() const { return m_port; }
    QString endpoint() const;

    // The sandbox as a profile named "sandbox": both demo regions, SigV4.
    CloudProfile profile(const QString &apiVersion = {}) const;
    static Credentials credentials();

private:
    QStringList m_extra;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

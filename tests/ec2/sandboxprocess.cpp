// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxprocess.h"

#include <QRegularExpression>
#include <QTest>

#include "clouds/profilepresets.h"

using namespace Qt::StringLiterals;

SandboxProcess::SandboxProcess(QStringList extraArguments)
    : m_extra(std::move(extraArguments))
{}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool SandboxProcess::start()
{
    const QString program = qEnvironmentVariable("SKYLIGHT_SANDBOX");
    if (program.isEmpty()) {
        qWarning("SKYLIGHT_SANDBOX is not set");
        return false;
    }
    QStringList args = {u"--demo"_s, u"--data"_s, m_dir.path(), u"--listen"_s, u"127.0.0.1:0"_s};
    args += m_extra;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program, args);
    QByteArray output;
    const bool ready = QTest::qWaitFor(
        [&] {
            output += m_process.readAllStandardOutput();
            return output.contains('\n') || m_process.state() == QProcess::NotRunning;
        },
        60000); // a loaded 2-core CI machine needs more than 20 s to create the demo data
    const QRegularExpression re(u"ec2=http://127\\.0\\.0\\.1:(\\d+)"_s);
    const auto m = re.match(QString::fromUtf8(output));
    if (!ready || !m.hasMatch()) {
        qWarning("skylight-sandbox did not get ready: %s", output.constData());
        return false;
    }
    m_port = quint16(m.captured(1).toUInt());
    return true;
}

QString SandboxProcess::endpoint() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

CloudProfile SandboxProcess::profile(const QString &apiVersion) const
{
    CloudProfile p = ProfilePresets::sandbox(m_port);
    p.name = u"sandbox"_s;
    p.regions = {u"us-east-1"_s, u"eu-west-1"_s};
    if (!apiVersion.isEmpty())
        p.ec2ApiVersion = apiVersion;
    return p;
}

Credentials SandboxProcess::credentials()
{
    return Credentials("SKYLIGHTSANDBOX", "sandbox-secret-key");
}

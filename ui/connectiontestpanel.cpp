// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontestpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "apptheme.h"
#include "tlstrustdialog.h"

ConnectionTestPanel::ConnectionTestPanel(HttpTransport *transport, QWidget *parent)
    : QWidget(parent)
    , m_transport(transport)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAccessibleName(tr("Test connection"));
    m_trust = new QPushButton(tr("Trust certificate…"), this);
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->setAccessibleName(tr("Trust the server's certificate"));
    m_trust->setVisible(false);
    row->addWidget(m_test);
    row->addWidget(m_trust);
    row->addStretch(1);
    layout->addLayout(row);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    connect(m_test, &QPushButton::clicked, this, &ConnectionTestPanel::testRequested);
    connect(m_trust, &QPushButton::clicked, this, &ConnectionTestPanel::openTrustDialog);
}

ConnectionTestPanel::~ConnectionTestPanel()
{
    if (m_tester) {
        m_tester->disconnect(this);
        m_tester->abort();
    }
}

void ConnectionTestPanel::run(const CloudProfile &profile, const Credentials &credentials)
{
    if (m_tester) {
        m_tester->disconnect(this);
        m_tester->abort();
    }
    m_profile = profile;
    m_trust->setVisible(false);
    const QStringList problems = profile.problems();
    if (!problems.isEmpty()) {
        m_result->setText(problems.join(QLatin1Char(' ')).toHtmlEscaped());
        return;
    }
    m_result->setText(tr("Testing…"));
    m_test->setEnabled(false);
    m_tester = new ConnectionTester(m_transport, profile, credentials, this);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionTestPanel::showResult);
    m_tester->start();
}

QString ConnectionTestPanel::resultText() const
{
    return m_result->text();
}

void ConnectionTestPanel::showResult(const ConnectionTestResult &result)
{
    m_test->setEnabled(true);
    QStringList lines;
    m_tlsFailure = ServiceTestOutcome();
    for (const ServiceTestOutcome &o : result.outcomes) {
        const QString color
            = (o.isOk() ? AppTheme::okColour(palette()) : AppTheme::errorColour(palette())).name();
        const QString mark = o.isOk() ? tr("✔") : tr("✘");
        lines << QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                     .arg(color, mark, o.summary().toHtmlEscaped());
        if (o.error.kind() == ApiError::Kind::Tls && !o.error.certificateSha256().isEmpty()
            && m_tlsFailure.error.isOk())
            m_tlsFailure = o;
    }
    if (result.outcomes.isEmpty())
        lines << tr("This cloud has neither an S3 nor an EC2 endpoint.");
    m_result->setText(lines.join(QStringLiteral("<br>")));
    m_trust->setVisible(!m_tlsFailure.error.isOk());
    Q_EMIT testFinished(result);
}

void ConnectionTestPanel::openTrustDialog()
{
    if (m_tlsFailure.error.isOk())
        return;
    const bool s3 = m_tlsFailure.service == ServiceTestOutcome::Service::S3;
    const QString endpoint = (s3 ? m_profile.s3Url() : m_profile.ec2Url()).toDisplayString();
    auto *dialog = new TlsTrustDialog(
        m_profile.name, endpoint, m_tlsFailure.certificate, m_tlsFailure.error.certificateSha256(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_trust->setVisible(false);
        Q_EMIT pinAccepted(dialog->fingerprint());
    });
    dialog->open();
}

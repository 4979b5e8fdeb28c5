// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "auth/credentials.h"
#include "clouds/cloudprofile.h"
#include "clouds/connectiontester.h"

class HttpTransport;
class QLabel;
class QPushButton;

// "Test connection" with its answer inline: each service's success, or the exact ApiError. When the
// server's certificate is not trusted it offers the trust prompt; an accepted prompt is reported by
// pinAccepted() (the editor stores the pin in the profile).
class ConnectionTestPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionTestPanel(HttpTransport *transport, QWidget *parent = nullptr);
    ~ConnectionTestPanel() override;

    // Runs one test; a test still running is aborted first.
    void run(const CloudProfile &profile, const Credentials &credentials);
    QString resultText() const;
    bool isRunning() const { return !m_tester.isNull(); }

Q_SIGNALS:
    void testRequested(); // the button: the editor answers with run()
    void testFinished(const ConnectionTestResult &result);
    void pinAccepted(const QString &fingerprint);

private:
    void showResult(const ConnectionTestResult &result);
    void openTrustDialog();

    HttpTransport *m_transport;
    QPushButton *m_test = nullptr;
    QPushButton *m_trust = nullptr;
    QLabel *m_result = nullptr;
    QPointer<ConnectionTester> m_tester;
    CloudProfile m_profile;
    ServiceTestOutcome m_tlsFailure;
};

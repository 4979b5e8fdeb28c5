// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSslCertificate>

// Asks whether to trust a certificate that the system does not: subject, issuer, validity and the
// SHA-256 fingerprint, with "Trust this certificate for this cloud" (accept) and Cancel. The caller
// stores fingerprint() as the profile's pin when the dialog is accepted.
class TlsTrustDialog final : public QDialog
{
    Q_OBJECT
public:
    // `certificate` may be null (no probe could read it): then only the fingerprint is shown.
    TlsTrustDialog(const QString &cloudName,
        const QString &endpoint,
        const QSslCertificate &certificate,
        const QString &fingerprint,
        QWidget *parent = nullptr);

    const QString &fingerprint() const { return m_fingerprint; }

private:
    QString m_fingerprint;
};

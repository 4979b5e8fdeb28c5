// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

// How one endpoint's certificate is trusted: the system's CAs, plus a CA file, plus an explicit pin
// ("trust this certificate") by SHA-256 fingerprint for self-signed private clouds. Nothing else:
// TLS errors are never ignored wholesale.
struct TlsSettings
{
    QString caFile;       // PEM, added to the system CAs
    QString pinnedSha256; // hex, colons and case ignored; empty: no pin

    // True when every error is one that the pin answers for (the certificate itself is pinned;
    // a host name mismatch on a pinned certificate is also accepted, the pin being stronger).
    bool pinCovers(const QList<QSslError> &errors, const QSslCertificate &peer) const;
    QList<QSslCertificate> loadCaCertificates(QString *error) const;

    static QString sha256Fingerprint(const QSslCertificate &certificate); // "AB:CD:…"
    static QString normaliseFingerprint(const QString &fingerprint);      // "abcd…"
};

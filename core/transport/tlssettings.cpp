// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/tlssettings.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

QString TlsSettings::normaliseFingerprint(const QString &fingerprint)
{
    QString out;
    for (const QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

QString TlsSettings::sha256Fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    for (int i = 0; i < digest.size(); i += 2) {
        if (i > 0)
            out.append(u':');
        out.append(QLatin1StringView(digest.mid(i, 2)));
    }
    return out;
}

bool TlsSettings::pinCovers(const QList<QSslError> &errors, const QSslCertificate &peer) const
{
    if (pinnedSha256.isEmpty() || peer.isNull())
        return false;
    if (normaliseFingerprint(sha256Fingerprint(peer)) != normaliseFingerprint(pinnedSha256))
        return false;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::HostNameMismatch:
            break;
        default:
            return false; // expired, revoked, bad signature…: a pin does not excuse these
        }
    }
    return true;
}

QList<QSslCertificate> TlsSettings::loadCaCertificates(QString *error) const
{
    if (caFile.isEmpty())
        return {};
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read the CA file %1: %2"_s.arg(caFile, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.read(4 << 20), QSsl::Pem);
    if (certs.isEmpty() && error)
        *error = u"the CA file %1 holds no PEM certificate"_s.arg(caFile);
    return certs;
}

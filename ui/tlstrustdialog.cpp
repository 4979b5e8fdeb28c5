// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlstrustdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "transport/tlssettings.h"

namespace {

QString names(const QSslCertificate &certificate, bool issuer)
{
    const QString text = issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return text.isEmpty() ? (issuer ? certificate.issuerInfo(QSslCertificate::CommonName)
                                    : certificate.subjectInfo(QSslCertificate::CommonName))
                                .join(QStringLiteral(", "))
                          : text;
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

TlsTrustDialog::TlsTrustDialog(const QString &cloudName,
    const QString &endpoint,
    const QSslCertificate &certificate,
    const QString &fingerprint,
    QWidget *parent)
    : QDialog(parent)
    , m_fingerprint(certificate.isNull() ? fingerprint : TlsSettings::sha256Fingerprint(certificate))
{
    setWindowTitle(tr("Untrusted certificate"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<p><b>%1</b> (cloud %2) presented a certificate that this computer does "
                                "not trust. Someone could be impersonating the server.</p>"
                                "<p>Trust it only if its fingerprint matches the one your cloud's "
                                "administrator gave you.</p>")
                                 .arg(endpoint.toHtmlEscaped(), cloudName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const QLocale locale;
    if (!certificate.isNull()) {
        form->addRow(tr("Subject:"), valueLabel(names(certificate, false), this));
        form->addRow(tr("Issuer:"), valueLabel(names(certificate, true), this));
        form->addRow(tr("Valid from:"),
            valueLabel(
                locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::LongFormat), this));
        form->addRow(tr("Valid until:"),
            valueLabel(locale.toString(certificate.expiryDate().toLocalTime(), QLocale::LongFormat), this));
    } else {
        form->addRow(valueLabel(tr("The certificate's details could not be read."), this));
    }
    // 32 bytes as two lines of 16, so the fingerprint never wraps mid-byte.
    QString shown = m_fingerprint;
    if (shown.size() == 95)
        shown = shown.left(47) + QLatin1Char('\n') + shown.mid(48);
    auto *print = valueLabel(shown, this);
    print->setObjectName(QStringLiteral("fingerprint"));
    print->setAccessibleName(tr("SHA-256 fingerprint"));
    QFont mono = print->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    print->setFont(mono);
    form->addRow(tr("SHA-256 fingerprint:"), print);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust
        = buttons->addButton(tr("Trust this certificate for this cloud"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trust"));
    trust->setAccessibleName(tr("Trust this certificate for this cloud"));
    trust->setEnabled(!m_fingerprint.isEmpty());
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
}

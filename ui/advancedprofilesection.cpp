// SPDX-License-Identifier: GPL-3.0-or-later
#include "advancedprofilesection.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

void selectData(QComboBox *combo, int value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

AdvancedProfileSection::AdvancedProfileSection(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("advancedToggle"));
    m_toggle->setText(tr("Advanced settings"));
    m_toggle->setAccessibleName(tr("Show advanced settings"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    layout->addWidget(m_toggle);

    m_body = new QWidget(this);
    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(18, 0, 0, 0);
    m_ec2Signing = new QComboBox(m_body);
    m_ec2Signing->addItem(tr("Signature Version 4"), int(SigningAlgorithm::SigV4));
    m_ec2Signing->addItem(tr("Query Signature Version 2 (HmacSHA256)"), int(SigningAlgorithm::SigV2));
    m_ec2Signing->addItem(tr("Query Signature Version 2 (HmacSHA1)"), int(SigningAlgorithm::SigV2Sha1));
    m_ec2Signing->setAccessibleName(tr("EC2 signing"));
    m_s3Signing = new QComboBox(m_body);
    m_s3Signing->addItem(tr("Signature Version 4 (S3)"), int(SigningAlgorithm::SigV4S3));
    m_s3Signing->addItem(tr("HMAC-v1 (AWS)"), int(SigningAlgorithm::S3V1));
    m_s3Signing->addItem(tr("HMAC-v1 (GOOG1)"), int(SigningAlgorithm::GoogV1));
    m_s3Signing->addItem(tr("LOW (Internet Archive, HTTPS only)"), int(SigningAlgorithm::Low));
    m_s3Signing->setAccessibleName(tr("S3 signing"));
    m_addressing = new QComboBox(m_body);
    m_addressing->addItem(
        tr("Automatic (path-style for dotted names, IPs and ports)"), int(BucketAddressing::Auto));
    m_addressing->addItem(tr("Virtual host (bucket.host)"), int(BucketAddressing::VirtualHost));
    m_addressing->addItem(tr("Path-style (host/bucket)"), int(BucketAddressing::Path));
    m_addressing->setAccessibleName(tr("Bucket addressing"));
    m_ec2ApiVersion = new QLineEdit(m_body);
    m_ec2ApiVersion->setPlaceholderText(tr("YYYY-MM-DD"));
    m_ec2ApiVersion->setAccessibleName(tr("EC2 API version"));
    m_websiteEndpoint = new QLineEdit(m_body);
    m_websiteEndpoint->setPlaceholderText(tr("e.g. http://{bucket}.web.example.com (optional)"));
    m_websiteEndpoint->setToolTip(tr("Where this cloud serves bucket websites, when it has no fixed "
                                     "rule: {bucket} stands for the bucket name; without it the name "
                                     "is appended."));
    m_websiteEndpoint->setAccessibleName(tr("Website endpoint"));
    m_caFile = new QLineEdit(m_body);
    m_caFile->setPlaceholderText(tr("PEM file of extra trusted CAs (optional)"));
    m_caFile->setAccessibleName(tr("CA file"));
    auto *browse = new QPushButton(tr("Browse…"), m_body);
    browse->setAccessibleName(tr("Choose a CA file"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_pin = new QLineEdit(m_body);
    m_pin->setPlaceholderText(tr("SHA-256 fingerprint of a trusted certificate (optional)"));
    m_pin->setAccessibleName(tr("Pinned certificate fingerprint"));

    form->addRow(tr("EC2 signing:"), m_ec2Signing);
    form->addRow(tr("S3 signing:"), m_s3Signing);
    form->addRow(tr("Bucket addressing:"), m_addressing);
    form->addRow(tr("EC2 API version:"), m_ec2ApiVersion);
    form->addRow(tr("Website endpoint:"), m_websiteEndpoint);
    auto *caLabel = new QLabel(tr("CA file:"), m_body);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Pinned certificate:"), m_pin);
    layout->addWidget(m_body);
    m_body->setVisible(false);

    connect(m_toggle, &QToolButton::toggled, this, &AdvancedProfileSection::setExpanded);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("CA file"), m_caFile->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setNameFilter(tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
        dialog->open();
    });
}

void AdvancedProfileSection::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded); // comes back here through toggled()
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setAccessibleName(expanded ? tr("Hide advanced settings") : tr("Show advanced settings"));
    m_body->setVisible(expanded);
}

bool AdvancedProfileSection::isExpanded() const
{
    return m_body->isVisibleTo(this);
}

void AdvancedProfileSection::setProfile(const CloudProfile &profile)
{
    selectData(m_ec2Signing, int(profile.ec2Signing.algorithm));
    selectData(m_s3Signing, int(profile.s3Signing.algorithm));
    selectData(m_addressing, int(profile.addressing));
    m_ec2ApiVersion->setText(profile.ec2ApiVersion);
    m_websiteEndpoint->setText(profile.websiteEndpoint);
    m_caFile->setText(profile.tls.caFile);
    m_pin->setText(profile.tls.pinnedSha256);
}

void AdvancedProfileSection::applyTo(CloudProfile &profile) const
{
    profile.ec2Signing.algorithm = SigningAlgorithm(m_ec2Signing->currentData().toInt());
    profile.s3Signing.algorithm = SigningAlgorithm(m_s3Signing->currentData().toInt());
    profile.addressing = BucketAddressing(m_addressing->currentData().toInt());
    profile.ec2ApiVersion = m_ec2ApiVersion->text().trimmed();
    profile.websiteEndpoint = m_websiteEndpoint->text().trimmed();
    profile.tls.caFile = m_caFile->text().trimmed();
    profile.tls.pinnedSha256 = m_pin->text().trimmed();
}

void AdvancedProfileSection::setPinnedFingerprint(const QString &fingerprint)
{
    m_pin->setText(fingerprint);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudeditordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "advancedprofilesection.h"
#include "apptheme.h"
#include "clouds/credentialjob.h"
#include "clouds/credentialstore.h"
#include "clouds/profilepresets.h"
#include "clouds/profilestore.h"
#include "connectiontestpanel.h"

namespace {

QString providerLabel(CloudProvider provider)
{
    switch (provider) {
    case CloudProvider::Aws:
        return CloudEditorDialog::tr("Amazon Web Services");
    case CloudProvider::Eucalyptus:
        return CloudEditorDialog::tr("Eucalyptus");
    case CloudProvider::Gcs:
        return CloudEditorDialog::tr("Google Cloud Storage (interoperability)");
    case CloudProvider::InternetArchive:
        return CloudEditorDialog::tr("Internet Archive");
    case CloudProvider::S3Compatible:
        return CloudEditorDialog::tr("S3-compatible store (MinIO, Ceph, R2, Wasabi…)");
    case CloudProvider::Sandbox:
        return CloudEditorDialog::tr("Local sandbox");
    }
    return {};
}

// What a new cloud is called until the user names it.
QString defaultName(CloudProvider provider)
{
    switch (provider) {
    case CloudProvider::Aws:
        return QStringLiteral("AWS");
    case CloudProvider::Eucalyptus:
        return QStringLiteral("Eucalyptus");
    case CloudProvider::Gcs:
        return QStringLiteral("Google Cloud Storage");
    case CloudProvider::InternetArchive:
        return QStringLiteral("Internet Archive");
    case CloudProvider::S3Compatible:
        return CloudEditorDialog::tr("S3-compatible");
    case CloudProvider::Sandbox:
        return CloudEditorDialog::tr("Local sandbox");
    }
    return {};
}

QLineEdit *lineEdit(const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

QList<CloudProvider> CloudEditorDialog::presetProviders()
{
    return {CloudProvider::Aws,
        CloudProvider::Eucalyptus,
        CloudProvider::Gcs,
        CloudProvider::InternetArchive,
        CloudProvider::S3Compatible,
        CloudProvider::Sandbox};
}

CloudEditorDialog::CloudEditorDialog(
    ProfileStore *store, CredentialStore *credentials, HttpTransport *transport, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_credentials(credentials)
{
    setWindowTitle(tr("Add cloud"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_preset = new QComboBox(this);
    m_preset->setAccessibleName(tr("Provider"));
    for (CloudProvider provider : presetProviders())
        m_preset->addItem(providerLabel(provider), int(provider));
    m_name = lineEdit(tr("Cloud name"), this);
    m_ec2Endpoint = lineEdit(tr("EC2 endpoint"), this);
    m_ec2Endpoint->setPlaceholderText(tr("none"));
    m_s3Endpoint = lineEdit(tr("S3 endpoint"), this);
    m_s3Endpoint->setPlaceholderText(tr("none"));
    m_region = lineEdit(tr("Default region"), this);
    m_regions = lineEdit(tr("Regions"), this);
    m_regions->setPlaceholderText(tr("comma-separated; empty: the default region"));
    m_accessKey = lineEdit(tr("Access key ID"), this);
    m_secretKey = lineEdit(tr("Secret access key"), this);
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_secretKey->setPlaceholderText(tr("stored in the system keychain"));
    form->addRow(tr("&Provider:"), m_preset);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&EC2 endpoint:"), m_ec2Endpoint);
    form->addRow(tr("&S3 endpoint:"), m_s3Endpoint);
    form->addRow(tr("Default &region:"), m_region);
    form->addRow(tr("Re&gions:"), m_regions);
    form->addRow(tr("&Access key ID:"), m_accessKey);
    form->addRow(tr("Secret &key:"), m_secretKey);
    m_readOnly = new QCheckBox(tr("Read-&only: never upload, change or delete anything here"), this);
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    m_readOnly->setAccessibleName(tr("Read-only"));
    m_readOnly->setToolTip(tr("Skylight refuses every upload, copy into, move, delete, new folder, "
                              "bucket and website change on this cloud, and says why. Browsing, "
                              "downloading and copying out still work."));
    form->addRow(QString(), m_readOnly);
    layout->addLayout(form);

    m_advanced = new AdvancedProfileSection(this);
    layout->addWidget(m_advanced);
    m_test = new ConnectionTestPanel(transport, this);
    layout->addWidget(m_test);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    layout->addWidget(m_status);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save cloud"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);

    connect(m_preset, &QComboBox::activated, this, &CloudEditorDialog::choosePreset);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CloudEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &ConnectionTestPanel::testRequested, this, [this] {
        m_test->run(profile(), enteredCredentials());
    });
    connect(m_test, &ConnectionTestPanel::pinAccepted, this, [this](const QString &fingerprint) {
        m_advanced->setPinnedFingerprint(fingerprint);
        m_advanced->setExpanded(true);
        setStatus(tr("The certificate will be trusted for this cloud once you save."), false);
    });
    choosePreset(0);
    setMinimumWidth(620);
}

void CloudEditorDialog::choosePreset(int index)
{
    m_preset->setCurrentIndex(index);
    const auto provider = CloudProvider(m_preset->itemData(index).toInt());
    CloudProfile preset = ProfilePresets::forProvider(provider);
    // A name the user has not typed follows the preset.
    const bool untouched = m_name->text().isEmpty() || m_name->text() == m_base.name;
    preset.name = untouched ? defaultName(provider) : m_name->text();
    applyPreset(preset);
}

void CloudEditorDialog::applyPreset(const CloudProfile &preset)
{
    m_base = preset;
    m_name->setText(preset.name);
    m_ec2Endpoint->setText(preset.ec2Endpoint);
    m_s3Endpoint->setText(preset.s3Endpoint);
    m_region->setText(preset.defaultRegion);
    m_regions->setText(preset.regions.join(QStringLiteral(", ")));
    m_regions->setCursorPosition(0);
    m_readOnly->setChecked(preset.readOnly);
    m_advanced->setProfile(preset);
}

void CloudEditorDialog::editProfile(const QString &name)
{
    const CloudProfile *stored = m_store->find(name);
    if (!stored)
        return;
    setWindowTitle(tr("Edit cloud %1").arg(name));
    m_originalName = name;
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(int(stored->provider))));
    applyPreset(*stored);
    m_keysStored = !stored->credentialId.isEmpty();
    if (!m_keysStored)
        return;
    CredentialJob *job = m_credentials->read(stored->credentialId);
    connect(job, &CredentialJob::finished, this, &CloudEditorDialog::onKeysRead);
    job->start();
}

void CloudEditorDialog::onKeysRead(const CredentialResult &result)
{
    if (!result.isOk() && result.error.serviceCode() == QLatin1String("Keychain.NotFound")) {
        m_keysStored = false; // a keyless cloud with an id but no secret: saving it repairs that
        return;
    }
    if (!result.isOk()) {
        setStatus(tr("The keys could not be read: %1").arg(result.error.message()), true);
        return;
    }
    m_accessKey->setText(QString::fromUtf8(result.credentials.accessKeyId()));
    m_secretKey->setText(QString::fromUtf8(result.credentials.secretKey()));
}

CloudProfile CloudEditorDialog::profile() const
{
    CloudProfile p = m_base;
    p.provider = CloudProvider(m_preset->currentData().toInt());
    p.name = m_name->text().trimmed();
    p.ec2Endpoint = m_ec2Endpoint->text().trimmed();
    p.s3Endpoint = m_s3Endpoint->text().trimmed();
    p.defaultRegion = m_region->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    p.regions = m_regions->text().split(separators, Qt::SkipEmptyParts);
    if (p.regions.isEmpty() && !p.defaultRegion.isEmpty())
        p.regions.append(p.defaultRegion);
    if (p.credentialId.isEmpty() || m_originalName.isEmpty())
        p.credentialId = p.name;
    p.readOnly = m_readOnly->isChecked();
    m_advanced->applyTo(p);
    return p;
}

Credentials CloudEditorDialog::enteredCredentials() const
{
    if (m_accessKey->text().trimmed().isEmpty() || m_secretKey->text().isEmpty())
        return {};
    return Credentials(m_accessKey->text().trimmed().toUtf8(), m_secretKey->text().toUtf8());
}

QString CloudEditorDialog::statusText() const
{
    return m_status->text();
}

void CloudEditorDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? AppTheme::styleSheetColour(AppTheme::errorColour(palette())) : QString());
    m_status->setVisible(!text.isEmpty());
}

void CloudEditorDialog::save()
{
    const CloudProfile p = profile();
    QStringList problems = p.problems();
    if (p.name.isEmpty())
        problems.prepend(tr("The cloud needs a name."));
    else if (p.name != m_originalName && m_store->find(p.name))
        problems.prepend(tr("A cloud named %1 exists already.").arg(p.name));
    if (!p.hasS3() && !p.hasEc2())
        problems.append(tr("Give an EC2 or an S3 endpoint."));
    if (!problems.isEmpty()) {
        setStatus(problems.join(QLatin1Char(' ')), true);
        return;
    }
    const Credentials keys = enteredCredentials();
    if (!keys.isValid()) {
        CloudProfile kept = p; // keys stored earlier stay; without any the cloud is anonymous
        if (!m_keysStored)
            kept.credentialId.clear();
        commit(kept);
        return;
    }
    m_buttons->setEnabled(false);
    setStatus(tr("Storing the keys in the keychain…"), false);
    CredentialJob *job = m_credentials->write(p.credentialId, keys);
    connect(
        job, &CredentialJob::finished, this, [this, p](const CredentialResult &r) { onKeysWritten(r, p); });
    job->start();
}

void CloudEditorDialog::onKeysWritten(const CredentialResult &result, const CloudProfile &profile)
{
    m_buttons->setEnabled(true);
    if (!result.isOk()) {
        setStatus(tr("The keys were not stored: %1").arg(result.error.message()), true);
        return;
    }
    commit(profile);
}

void CloudEditorDialog::commit(const CloudProfile &profile)
{
    if (!m_originalName.isEmpty() && m_originalName != profile.name)
        m_store->remove(m_originalName);
    m_store->upsert(profile);
    if (!m_store->save()) {
        setStatus(m_store->errorString(), true);
        return;
    }
    Q_EMIT saved(profile.name);
    accept();
}

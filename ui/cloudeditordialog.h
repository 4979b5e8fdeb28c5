// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "auth/credentials.h"
#include "clouds/cloudprofile.h"

class AdvancedProfileSection;
class ConnectionTestPanel;
class CredentialStore;
class HttpTransport;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
struct CredentialResult;

// Add or edit one cloud: a provider preset fills every field; the common ones are shown, the rest
// (signing, addressing, EC2 API version, TLS) fold away. The keys go to CredentialStore, never to
// the profile file. "Test connection" runs against what the fields say, before anything is saved.
class CloudEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    CloudEditorDialog(ProfileStore *store,
        CredentialStore *credentials,
        HttpTransport *transport,
        QWidget *parent = nullptr);

    // Fills the fields from a stored profile and reads its keys (asynchronously).
    void editProfile(const QString &name);
    // The presets in the chooser's order.
    static QList<CloudProvider> presetProviders();
    void choosePreset(int index);

    CloudProfile profile() const; // what the fields say
    Credentials enteredCredentials() const;
    AdvancedProfileSection *advancedSection() const { return m_advanced; }
    ConnectionTestPanel *testPanel() const { return m_test; }
    QString statusText() const;

Q_SIGNALS:
    void saved(const QString &name); // the profile and its keys are stored; the dialog then closes

private:
    void applyPreset(const CloudProfile &preset);
    void save();
    void onKeysRead(const CredentialResult &result);
    void onKeysWritten(const CredentialResult &result, const CloudProfile &profile);
    void commit(const CloudProfile &profile);
    void setStatus(const QString &text, bool error);

    ProfileStore *m_store;
    CredentialStore *m_credentials;
    CloudProfile m_base; // the preset or stored profile the fields started from
    QString m_originalName;
    // The cloud edited has keys in the store: saving with the key fields empty keeps them. Otherwise
    // an empty key saves an anonymous cloud, which has no credential id and looks up no secret.
    bool m_keysStored = false;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_ec2Endpoint = nullptr;
    QLineEdit *m_s3Endpoint = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_regions = nullptr;
    QLineEdit *m_accessKey = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QCheckBox *m_readOnly = nullptr;
    AdvancedProfileSection *m_advanced = nullptr;
    ConnectionTestPanel *m_test = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

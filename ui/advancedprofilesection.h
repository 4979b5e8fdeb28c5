// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "clouds/cloudprofile.h"

class QComboBox;
class QLineEdit;
class QToolButton;

// The cloud editor's folded-away part: signing per service, bucket addressing, EC2 API version,
// website endpoint and TLS trust (verify, CA file, pinned fingerprint). A toggle button unfolds it.
class AdvancedProfileSection final : public QWidget
{
    Q_OBJECT
public:
    explicit AdvancedProfileSection(QWidget *parent = nullptr);

    void setProfile(const CloudProfile &profile);
    // Writes the section's fields into `profile`, keeping the signer flags it does not show.
    void applyTo(CloudProfile &profile) const;
    void setPinnedFingerprint(const QString &fingerprint);
    void setExpanded(bool expanded);
    bool isExpanded() const;

private:
    QToolButton *m_toggle = nullptr;
    QWidget *m_body = nullptr;
    QComboBox *m_ec2Signing = nullptr;
    QComboBox *m_s3Signing = nullptr;
    QComboBox *m_addressing = nullptr;
    QLineEdit *m_ec2ApiVersion = nullptr;
    QLineEdit *m_websiteEndpoint = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_pin = nullptr;
};

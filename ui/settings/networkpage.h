// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settingspage.h"

class QLineEdit;
class QRadioButton;
class QSpinBox;

// The proxy: the system's, none, or a manual HTTP proxy host and port.
class NetworkPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit NetworkPage(QWidget *parent = nullptr);
    void load(const AppSettings &settings) override;
    void store(AppSettings &settings) const override;

private:
    void updateEnabled();

    QRadioButton *m_system;
    QRadioButton *m_none;
    QRadioButton *m_manual;
    QLineEdit *m_host;
    QSpinBox *m_port;
};

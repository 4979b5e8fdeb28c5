// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settingspage.h"

class QCheckBox;
class QComboBox;

// Language, theme, and whether closing the window keeps Skylight in the tray.
class GeneralPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit GeneralPage(QWidget *parent = nullptr);
    void load(const AppSettings &settings) override;
    void store(AppSettings &settings) const override;

private:
    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_keepRunning;
};

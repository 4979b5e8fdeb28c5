// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

struct AppSettings;

// One tab of the Settings dialog: shows its part of AppSettings and writes it back.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void load(const AppSettings &settings) = 0;
    virtual void store(AppSettings &settings) const = 0;

Q_SIGNALS:
    void changed(); // a value was edited: the dialog checks again
};

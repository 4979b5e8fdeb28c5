// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "settings/appsettings.h"

class QDialogButtonBox;
class QLabel;
class QTabWidget;
class SettingsPage;

// The Settings dialog: transfers, reminders and refresh, general (language, theme, tray) and the
// proxy. It starts from QSettings; OK writes every value under its SettingsKeys name and is refused
// (with the reason shown) while a value is invalid. Whoever opened it applies the new values on
// accepted() (SettingsController).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    AppSettings settings() const; // what the pages show now
    void setSettings(const AppSettings &settings);
    QString problem() const; // empty while everything is acceptable
    QTabWidget *tabs() const { return m_tabs; }

    void accept() override; // saves, unless problem() says otherwise

private:
    void check();

    QTabWidget *m_tabs;
    QList<SettingsPage *> m_pages;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

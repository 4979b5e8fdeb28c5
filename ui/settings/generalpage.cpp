// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/generalpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

#include "settings/appsettings.h"

using namespace Qt::StringLiterals;

GeneralPage::GeneralPage(QWidget *parent)
    : SettingsPage(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_keepRunning(new QCheckBox(tr("&Keep running in the tray when the window is closed"), this))
{
    auto *form = new QFormLayout(this);
    // Each language by its own name, so whoever cannot read the current one still finds theirs.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"日本語"_s, u"ja"_s);
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("&Language:"), m_language);
    auto *restart = new QLabel(tr("A new language applies after Skylight is restarted."), this);
    restart->setWordWrap(true);
    form->addRow(QString(), restart);
    m_theme->addItem(tr("System"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setAccessibleName(tr("Theme"));
    form->addRow(tr("&Theme:"), m_theme);
    m_keepRunning->setAccessibleName(tr("Keep running in the tray"));
    m_keepRunning->setToolTip(
        tr("Transfers and maintenance reminders go on while the window is closed; quit from the tray."));
    form->addRow(m_keepRunning);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    connect(m_keepRunning, &QCheckBox::toggled, this, &SettingsPage::changed);
}

void GeneralPage::load(const AppSettings &settings)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(settings.theme)));
    m_keepRunning->setChecked(settings.keepRunningOnClose);
}

void GeneralPage::store(AppSettings &settings) const
{
    settings.language = m_language->currentData().toString();
    settings.theme = m_theme->currentData().toString();
    settings.keepRunningOnClose = m_keepRunning->isChecked();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "settings/generalpage.h"
#include "settings/networkpage.h"
#include "settings/schedulepage.h"
#include "settings/transferspage.h"

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    const auto addPage = [this](SettingsPage *page, const QString &title) {
        m_pages.append(page);
        m_tabs->addTab(page, title);
        connect(page, &SettingsPage::changed, this, &SettingsDialog::check);
    };
    addPage(new GeneralPage(m_tabs), tr("&General"));
    addPage(new TransfersPage(m_tabs), tr("&Transfers"));
    addPage(new SchedulePage(m_tabs), tr("&Reminders and refresh"));
    addPage(new NetworkPage(m_tabs), tr("&Network"));
    m_tabs->setAccessibleName(tr("Settings pages"));
    // All tabs in sight: the dialog grows to fit them rather than hiding some behind arrows
    // (Japanese wraps anywhere, so its pages alone would make the dialog too narrow).
    m_tabs->tabBar()->setUsesScrollButtons(false);
    m_tabs->tabBar()->setExpanding(false);
    layout->addWidget(m_tabs);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    setSettings(AppSettings::load(QSettings()));
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    for (const SettingsPage *page : m_pages)
        page->store(s);
    return s;
}

void SettingsDialog::setSettings(const AppSettings &settings)
{
    for (SettingsPage *page : m_pages)
        page->load(settings);
    check();
}

QString SettingsDialog::problem() const
{
    return settings().problem();
}

void SettingsDialog::check()
{
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SettingsDialog::accept()
{
    check();
    if (!problem().isEmpty())
        return;
    QSettings stored;
    settings().save(stored);
    stored.sync();
    QDialog::accept();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/networkpage.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "settings/appsettings.h"

NetworkPage::NetworkPage(QWidget *parent)
    : SettingsPage(parent)
    , m_system(new QRadioButton(tr("Use the &system's proxy settings"), this))
    , m_none(new QRadioButton(tr("&No proxy"), this))
    , m_manual(new QRadioButton(tr("&Manual HTTP proxy:"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *box = new QGroupBox(tr("Proxy"), this);
    auto *boxLayout = new QVBoxLayout(box);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_system, m_none, m_manual}) {
        group->addButton(b);
        boxLayout->addWidget(b);
        connect(b, &QRadioButton::toggled, this, &NetworkPage::updateEnabled);
    }
    m_system->setAccessibleName(tr("System proxy"));
    m_none->setAccessibleName(tr("No proxy"));
    m_manual->setAccessibleName(tr("Manual proxy"));
    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    m_host->setAccessibleName(tr("Proxy host"));
    m_host->setPlaceholderText(tr("proxy.example.com"));
    form->addRow(tr("&Host:"), m_host);
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("Proxy port"));
    form->addRow(tr("&Port:"), m_port);
    boxLayout->addLayout(form);
    layout->addWidget(box);
    auto *note = new QLabel(tr("Applies to every cloud, from the next request on."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();
    connect(m_host, &QLineEdit::textChanged, this, &SettingsPage::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    m_system->setChecked(true);
}

void NetworkPage::load(const AppSettings &settings)
{
    if (settings.proxyMode == QLatin1String("manual"))
        m_manual->setChecked(true);
    else if (settings.proxyMode == QLatin1String("none"))
        m_none->setChecked(true);
    else
        m_system->setChecked(true);
    m_host->setText(settings.proxyHost);
    m_port->setValue(settings.proxyPort);
    updateEnabled();
}

void NetworkPage::store(AppSettings &settings) const
{
    settings.proxyMode = m_manual->isChecked() ? QStringLiteral("manual")
        : m_none->isChecked()                  ? QStringLiteral("none")
                                               : QStringLiteral("system");
    settings.proxyHost = m_host->text().trimmed();
    settings.proxyPort = m_port->value();
}

void NetworkPage::updateEnabled()
{
    m_host->setEnabled(m_manual->isChecked());
    m_port->setEnabled(m_manual->isChecked());
    Q_EMIT changed();
}

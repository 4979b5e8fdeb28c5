// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/transferspage.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include "settings/appsettings.h"

TransfersPage::TransfersPage(QWidget *parent)
    : SettingsPage(parent)
    , m_files(new QSpinBox(this))
    , m_parts(new QSpinBox(this))
    , m_partSize(new QSpinBox(this))
{
    auto *form = new QFormLayout(this);
    m_files->setRange(AppSettings::kMinInFlight, AppSettings::kMaxInFlight);
    m_files->setAccessibleName(tr("Files in flight"));
    m_files->setToolTip(tr("How many files upload or download at the same time."));
    form->addRow(tr("&Files in flight:"), m_files);
    m_parts->setRange(AppSettings::kMinInFlight, AppSettings::kMaxInFlight);
    m_parts->setAccessibleName(tr("Parts in flight"));
    m_parts->setToolTip(tr("How many parts or ranges move at the same time over all files."));
    form->addRow(tr("&Parts in flight:"), m_parts);
    m_partSize->setRange(AppSettings::kMinPartSizeMiB, AppSettings::kMaxPartSizeMiB);
    m_partSize->setSuffix(tr(" MiB"));
    m_partSize->setAccessibleName(tr("Part size"));
    form->addRow(tr("Part &size:"), m_partSize);
    auto *note = new QLabel(tr("Parts are between 5 MiB and 5 GiB; a very large file uses larger parts so "
                               "that it fits in 10,000. Memory grows with parts in flight × part size. "
                               "New values apply to transfers that start afterwards."),
        this);
    note->setWordWrap(true);
    form->addRow(note);
    for (QSpinBox *box : {m_files, m_parts, m_partSize})
        connect(box, &QSpinBox::valueChanged, this, &SettingsPage::changed);
}

void TransfersPage::load(const AppSettings &settings)
{
    m_files->setValue(settings.filesInFlight);
    m_parts->setValue(settings.partsInFlight);
    m_partSize->setValue(settings.partSizeMiB);
}

void TransfersPage::store(AppSettings &settings) const
{
    settings.filesInFlight = m_files->value();
    settings.partsInFlight = m_parts->value();
    settings.partSizeMiB = m_partSize->value();
}

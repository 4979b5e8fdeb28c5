// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/workwizardpage.h"

#include <QLineEdit>

WorkWizardPage::WorkWizardPage(bool waits, QWidget *parent)
    : QWizardPage(parent)
    , m_complete(!waits)
{}

void WorkWizardPage::setComplete(bool complete)
{
    if (m_complete == complete)
        return;
    m_complete = complete;
    Q_EMIT completeChanged();
}

bool WorkWizardPage::isComplete() const
{
    if (!m_complete)
        return false;
    // The first page: a folder must be given.
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>(QStringLiteral("required"));
    return std::all_of(
        edits.cbegin(), edits.cend(), [](const QLineEdit *e) { return !e->text().trimmed().isEmpty(); });
}

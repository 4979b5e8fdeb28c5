// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

// A wizard page whose Next/Finish waits until its work says it is complete (setComplete), and
// whose mandatory line edits count as usual.
class WorkWizardPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit WorkWizardPage(bool waits, QWidget *parent = nullptr);
    void setComplete(bool complete);
    bool isComplete() const override;

private:
    bool m_complete;
};

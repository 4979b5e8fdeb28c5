// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminatedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TerminateDialog::TerminateDialog(const QString &instanceId, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_id(instanceId)
{
    setWindowTitle(tr("Terminate instance"));
    const QString who = name.isEmpty() ? instanceId : tr("%1 (%2)").arg(name, instanceId);
    auto *text = new QLabel(tr("<p>Terminating <b>%1</b> deletes it for good, with its instance-store "
                               "data and any volume set to delete on termination.</p>"
                               "<p>Type the instance id to confirm:</p>")
                                .arg(who.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    m_edit = new QLineEdit(this);
    m_edit->setAccessibleName(tr("Instance id to confirm"));
    m_edit->setPlaceholderText(instanceId);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *terminate = m_buttons->addButton(tr("Terminate"), QDialogButtonBox::AcceptRole);
    terminate->setEnabled(false);
    terminate->setDefault(false);
    connect(
        m_edit, &QLineEdit::textChanged, this, [this, terminate] { terminate->setEnabled(isConfirmed()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_edit);
    layout->addWidget(m_buttons);
}

bool TerminateDialog::isConfirmed() const
{
    return m_edit->text().trimmed() == m_id;
}

void TerminateDialog::accept()
{
    if (isConfirmed())
        QDialog::accept();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

// "Terminate i-…?": the Terminate button stays disabled until the instance id is typed exactly.
class TerminateDialog final : public QDialog
{
    Q_OBJECT
public:
    TerminateDialog(const QString &instanceId, const QString &name, QWidget *parent = nullptr);

    QLineEdit *confirmEdit() const { return m_edit; }
    bool isConfirmed() const; // the typed text is the id

    void accept() override; // refuses unless confirmed

private:
    QString m_id;
    QLineEdit *m_edit;
    QDialogButtonBox *m_buttons;
};

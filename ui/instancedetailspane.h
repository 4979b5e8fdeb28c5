// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

#include "instanceactionrunner.h"

class InstancesModel;
class QLabel;
class QPushButton;
class QTextBrowser;

// Beside the instances table: everything known about the current instance (tags, addresses, type,
// zone, launch time, status checks with their details, its events) and what can be done to it
// (start, stop, reboot, terminate after typing the id, copy id or address), with the outcome of
// the last action shown in place.
class InstanceDetailsPane final : public QWidget
{
    Q_OBJECT
public:
    InstanceDetailsPane(InstancesModel *model, InstanceActionRunner *runner, QWidget *parent = nullptr);

    void showRow(int sourceRow); // -1: nothing chosen
    int row() const { return m_row; }

    QTextBrowser *details() const { return m_details; }
    QPushButton *button(InstanceActionRunner::Action action) const { return m_buttons.value(int(action)); }
    QPushButton *copyIdButton() const { return m_copyId; }
    QPushButton *copyAddressButton() const { return m_copyAddress; }
    QLabel *resultLabel() const { return m_result; }

    // Asks for the typed id first; tests drive the dialog through this hook before it opens.
    void terminate();

Q_SIGNALS:
    void terminateDialogOpened(QWidget *dialog);

private:
    void update();
    void updateButtons();
    void act(InstanceActionRunner::Action action);
    void onFinished(const QString &id, InstanceActionRunner::Action action, bool ok, const QString &message);
    QString address() const;

    InstancesModel *m_model;
    InstanceActionRunner *m_runner;
    int m_row = -1;
    QString m_id; // of m_row, to notice the row changing under us
    QLabel *m_title;
    QTextBrowser *m_details;
    QHash<int, QPushButton *> m_buttons;
    QPushButton *m_copyId;
    QPushButton *m_copyAddress;
    QLabel *m_result;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include "settings/appsettings.h"

class Ec2Loader;
class ReminderNotifier;
class TransferQueue;
class QWidget;

// Makes the stored settings take effect, at start-up (apply()) and whenever the Settings dialog is
// accepted: the transfer queue's concurrency and part size, the reminder lead times, the periodic
// refresh of instances and events, and the application-wide proxy (every QNetworkAccessManager
// without a proxy of its own uses it, HttpTransport's included). Language and theme are read by
// their owners at start-up; applied() tells anyone who wants to follow a change at once.
class SettingsController final : public QObject
{
    Q_OBJECT
public:
    // Any pointer may be null (that part is then not applied).
    SettingsController(
        TransferQueue *queue, ReminderNotifier *reminders, Ec2Loader *ec2, QObject *parent = nullptr);

    void apply(); // from QSettings
    void apply(const AppSettings &settings);
    void openDialog(QWidget *parent); // window-modal; applies when accepted

    const AppSettings &current() const { return m_current; }
    const QTimer &refreshTimer() const { return m_refresh; }

    static void applyTransfers(TransferQueue *queue, const AppSettings &settings);
    static void applyProxy(const AppSettings &settings);

Q_SIGNALS:
    void applied(const AppSettings &settings);

private:
    void refreshDue();

    TransferQueue *m_queue;
    ReminderNotifier *m_reminders;
    Ec2Loader *m_ec2;
    QTimer m_refresh;
    AppSettings m_current;
};

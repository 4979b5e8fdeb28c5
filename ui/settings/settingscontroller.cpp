// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingscontroller.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>

#include "ec2loader.h"
#include "remindernotifier.h"
#include "settings/settingsdialog.h"
#include "transfer/transferqueue.h"

SettingsController::SettingsController(
    TransferQueue *queue, ReminderNotifier *reminders, Ec2Loader *ec2, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_reminders(reminders)
    , m_ec2(ec2)
{
    m_refresh.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_refresh, &QTimer::timeout, this, &SettingsController::refreshDue);
}

void SettingsController::apply()
{
    apply(AppSettings::load(QSettings()));
}

void SettingsController::apply(const AppSettings &settings)
{
    m_current = settings;
    applyTransfers(m_queue, settings);
    applyProxy(settings);
    if (m_reminders)
        m_reminders->reloadLeadTimes();
    if (settings.refreshIntervalSeconds > 0)
        m_refresh.start(settings.refreshIntervalSeconds * 1000);
    else
        m_refresh.stop();
    Q_EMIT applied(settings);
}

void SettingsController::openDialog(QWidget *parent)
{
    auto *dialog = new SettingsDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { apply(dialog->settings()); });
    dialog->open();
}

void SettingsController::applyTransfers(TransferQueue *queue, const AppSettings &settings)
{
    if (!queue)
        return;
    queue->setMaxFiles(settings.filesInFlight);
    queue->setMaxParts(settings.partsInFlight);
    const qint64 partSize = qint64(settings.partSizeMiB) * 1024 * 1024;
    queue->setPartSize(partSize);
    // Multipart from 16 MiB (the queue's default) or one part size, whichever is larger.
    queue->setMultipartThreshold(qMax<qint64>(16 * 1024 * 1024, partSize));
}

void SettingsController::applyProxy(const AppSettings &settings)
{
    if (settings.proxyMode == QLatin1String("manual")) {
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost, quint16(settings.proxyPort)));
    } else if (settings.proxyMode == QLatin1String("none")) {
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    } else {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    }
}

void SettingsController::refreshDue()
{
    // Only what the user has already looked at is fetched again; a refresh still running is left be.
    if (m_ec2 && m_ec2->hasLoaded() && !m_ec2->isRunning())
        m_ec2->refresh();
}

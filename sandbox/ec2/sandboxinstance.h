// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// One sandbox EC2 instance as stored. Its state moves on by itself over time (pending → running,
// stopping → stopped, shutting-down → terminated): settle() applies what has finished by `now`.
struct SandboxInstance
{
    enum class State
    {
        Pending,
        Running,
        ShuttingDown,
        Terminated,
        Stopping,
        Stopped
    };

    // How long each transient state lasts.
    static constexpr qint64 kPendingSeconds = 8;
    static constexpr qint64 kStoppingSeconds = 6;
    static constexpr qint64 kShuttingDownSeconds = 5;
    // Status checks read "initializing" this long after an instance reaches running.
    static constexpr qint64 kInitializingSeconds = 60;

    QByteArray id;
    QString region;
    QString zone;
    QByteArray imageId;
    QByteArray instanceType;
    QByteArray reservationId;
    QByteArray keyName;
    QByteArray privateIp;
    QByteArray publicIp; // while running only
    int launchIndex = 0;
    State state = State::Pending;
    QDateTime stateChanged; // when the current state began
    QDateTime launchTime;
    QByteArray stateReason;                  // e.g. Client.UserInitiatedShutdown; empty when none
    QByteArray systemStatus = "ok";          // ok | impaired | insufficient-data, while running
    QByteArray instanceStatus = "ok";        // the same
    QList<std::pair<QString, QString>> tags; // sorted by key

    void settle(const QDateTime &now);
    QString tag(const QString &key) const;
    void setTag(const QString &key, const QString &value);
    bool removeTag(const QString &key, const std::optional<QString> &value);

    static QByteArray stateName(State state);
    static int stateCode(State state);
    static std::optional<State> stateFromName(QByteArrayView name);
};

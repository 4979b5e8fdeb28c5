// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include "sandboxevent.h"
#include "sandboxinstance.h"

// The sandbox's EC2 state: instances, their tags and their scheduled events, in tables of their own
// (ec2_*) in the sandbox's SQLite database (DATA/index.sqlite), through a second Qt SQL connection
// to the same file, so that a restart keeps them. Instances are stored as last written; their
// time-driven transitions are applied on reading (SandboxInstance::settle).
class Ec2Store
{
public:
    explicit Ec2Store(QString dataDir);
    ~Ec2Store();
    Ec2Store(const Ec2Store &) = delete;
    Ec2Store &operator=(const Ec2Store &) = delete;

    bool open(QString *error);
    bool isEmpty() const;

    // The instances of `region` (empty: all regions), ordered by id, settled to `now`.
    QList<SandboxInstance> instances(const QString &region, const QDateTime &now) const;
    std::optional<SandboxInstance> instance(const QByteArray &id, const QDateTime &now) const;
    bool putInstance(const SandboxInstance &instance); // insert or replace, tags included

    // Events per instance id, for the instances of `region` (empty: all regions).
    QHash<QByteArray, QList<SandboxEvent>> events(const QString &region) const;
    std::optional<SandboxEvent> event(const QByteArray &instanceId, const QByteArray &eventId) const;
    bool putEvent(const SandboxEvent &event);

private:
    bool exec(const QString &sql) const;

    QString m_dir;
    QString m_connection;
};

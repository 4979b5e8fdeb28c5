// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include "ec2/ec2refresh.h"

class HttpTransport;

// What `skylight-cli ec2` prints, and its two listings over every region of one cloud:
// `instances` and `events` (with the iCalendar export).
namespace Ec2Cli {

void out(const QString &text);
int fail(const QString &message, int status = 1); // prints to stderr, returns `status`
void printJson(const QJsonArray &array);
QString time(const QDateTime &t); // ISO 8601 UTC, empty when invalid

// Over every source (cloud) and its regions at once, as one Ec2Refresh.
int instances(HttpTransport *transport, const QList<Ec2Refresh::Source> &sources, bool json);

struct EventsOptions
{
    bool json = false;
    bool upcoming = false; // scheduled or in progress only
    QString icsPath;       // non-empty: also write these events as iCalendar there
};
int events(HttpTransport *transport, const QList<Ec2Refresh::Source> &sources, const EventsOptions &options);

} // namespace Ec2Cli

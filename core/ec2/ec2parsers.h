// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "ec2/ec2types.h"
#include "transport/result.h"

// Pure parsers for EC2 Query API answers of any API version: namespaces ignored, DTDs refused,
// optional fields may be missing, times with "Z" or "+0000", with or without milliseconds.
Result<QList<Ec2Region>> parseDescribeRegions(const QByteArray &body);
Result<QStringList> parseDescribeAvailabilityZones(const QByteArray &body);
Result<InstancePage> parseDescribeInstances(const QByteArray &body);
Result<InstanceStatusPage> parseDescribeInstanceStatus(const QByteArray &body);
// The <event> a ModifyInstanceEventStartTime answer carries: the event with its moved window.
Result<Ec2Event> parseModifyInstanceEventStartTime(const QByteArray &body);

QDateTime parseEc2Time(const QString &text);

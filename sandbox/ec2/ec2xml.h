// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include "sandboxresponse.h"

// EC2's XML, written by hand like S3's (S3Xml does the escaping): a response is
// <ActionResponse xmlns="http://ec2.amazonaws.com/doc/VERSION/"> with a requestId first; an error is
// <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response> (PROTOCOLS.md §1.6).
namespace Ec2Xml {

QByteArray namespaceFor(const QString &version);
// 2016-11-15T12:00:00.000Z, as EC2 writes launchTime and event times.
QByteArray time(const QDateTime &utc);
QByteArray element(QByteArrayView name, QByteArrayView value);
QByteArray element(QByteArrayView name, const QByteArray &value);
QByteArray element(QByteArrayView name, const char *value);
QByteArray element(QByteArrayView name, const QString &value);
QByteArray element(QByteArrayView name, int value);
SandboxResponse document(
    const QByteArray &action, const QString &version, const QByteArray &requestId, const QByteArray &inner);
SandboxResponse error(
    int status, const QByteArray &code, const QByteArray &message, const QByteArray &requestId);

} // namespace Ec2Xml

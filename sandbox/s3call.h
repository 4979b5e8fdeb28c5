// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "sandboxresponse.h"

struct SandboxRequest;

// One S3 request on its way through the handlers: what it addresses and who signed it.
struct S3Call
{
    const SandboxRequest &request;
    QByteArray bucket; // decoded; empty for the service (ListBuckets)
    QByteArray key;    // decoded, byte-exact; empty for bucket operations
    QByteArray requestId;
    QString region; // the region the request was signed for (or the default one)
    QDateTime now;

    // <Error><Code/><Message/>…extra…<Resource/><RequestId/></Error>
    SandboxResponse error(int status,
        QByteArrayView code,
        QByteArrayView message,
        const QList<std::pair<QByteArray, QByteArray>> &extra = {}) const;
    SandboxResponse xml(QByteArray document, int status = 200) const;
    QByteArray resource() const;
};

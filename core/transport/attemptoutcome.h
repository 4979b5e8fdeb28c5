// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "transport/apierror.h"
#include "transport/httprequest.h"

// What one attempt brought back, from whichever sender made it, before Exchange decides what it
// means (success, retry, redirect, error).
struct AttemptOutcome
{
    int status = 0; // 0: no HTTP answer arrived
    QString reason; // the status line's reason phrase
    QList<HttpHeader> headers;
    QByteArray body;
    ApiError failure;      // set when no complete answer arrived (network, TLS, timeout)
    bool cutShort = false; // an answer arrived but ended early
};

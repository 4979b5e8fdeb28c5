// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include "transport/apierror.h"
#include "transport/httprequest.h"

// What HttpTransport hands back: the final outcome after retries, never a QNetworkReply.
struct HttpResponse
{
    ApiError error; // isOk() when the request succeeded
    int status = 0; // 0 when no HTTP answer arrived
    QList<HttpHeader> headers;
    QByteArray body;
    qint64 streamedBytes = -1; // body bytes SendOptions::bodySink took (body then empty); -1: none
    // Attempts made, retries included. Corrections (re-signing after a clock-skew or wrong-region
    // answer) and redirects are not counted: they are the same attempt done right.
    int attempts = 0;

    QByteArray header(QByteArrayView name) const
    {
        for (const HttpHeader &h : headers) {
            if (h.name.compare(name, Qt::CaseInsensitive) == 0)
                return h.value;
        }
        return {};
    }
};

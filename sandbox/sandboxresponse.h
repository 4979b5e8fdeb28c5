// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "transport/httprequest.h"

// What a handler answers. An object body is streamed from its file (bodyFile, from bodyOffset for
// bodyLength bytes) instead of being read into memory.
struct SandboxResponse
{
    int status = 200;
    QList<HttpHeader> headers;
    QByteArray body;
    QString bodyFile;
    qint64 bodyOffset = 0;
    qint64 bodyLength = -1; // with bodyFile
    // HEAD (and 304): Content-Length describes the body a GET would get, and nothing follows.
    bool headOnly = false;
    qint64 headLength = -1;

    void addHeader(QByteArray name, QByteArray value) { headers.append({std::move(name), std::move(value)}); }
    QByteArray header(QByteArrayView name) const
    {
        for (const HttpHeader &h : headers) {
            if (h.name.compare(name, Qt::CaseInsensitive) == 0)
                return h.value;
        }
        return {};
    }
};

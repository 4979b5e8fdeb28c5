// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "transport/httprequest.h"

class QThreadPool;

// What a handler answers. An object body is streamed from its file (bodyFile, from bodyOffset for
// bodyLength bytes) instead of being read into memory.
struct SandboxResponse
{
    // An answer that has to wait for blocking work (a body flushed to disk): the connection runs
    // `deferred` on `deferredPool` (a worker thread, so that the other connections go on meanwhile),
    // reads no further request, and then answers, on its own thread, with what the function
    // `deferred` returned gives. The rest of this response is then not used.
    using Finish = std::function<SandboxResponse()>;
    std::function<Finish()> deferred;
    QThreadPool *deferredPool = nullptr;

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

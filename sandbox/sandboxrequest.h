// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "transport/httprequest.h"

// One request as the sandbox received it: the raw target, the decoded query, the headers in order,
// and the body either in memory (small) or in a temporary file under DATA/tmp, with its digests
// computed while it streamed in.
struct SandboxRequest
{
    QByteArray method;
    QByteArray target;  // as received: encoded path and query
    QByteArray rawPath; // the path part of target, still encoded
    QByteArray rawQuery;
    QList<QueryItem> query; // decoded; '+' stays '+'
    QList<HttpHeader> headers;
    QByteArray body;  // when the body is small
    QString bodyFile; // when it is not: a temporary file the handler may take over
    qint64 bodySize = 0;
    QByteArray bodyMd5;    // raw digest
    QByteArray bodySha256; // raw digest

    QByteArray header(QByteArrayView name) const
    {
        for (const HttpHeader &h : headers) {
            if (h.name.compare(name, Qt::CaseInsensitive) == 0)
                return h.value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const HttpHeader &h : headers) {
            if (h.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    const QueryItem *queryItem(QByteArrayView name) const
    {
        for (const QueryItem &item : query) {
            if (item.name == name)
                return &item;
        }
        return nullptr;
    }
    bool hasQuery(QByteArrayView name) const { return queryItem(name) != nullptr; }
    QByteArray queryValue(QByteArrayView name) const
    {
        const QueryItem *item = queryItem(name);
        return item ? item->value : QByteArray();
    }
};

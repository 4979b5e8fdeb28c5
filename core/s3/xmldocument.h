// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include "transport/apierror.h"

// Walks an S3 answer once, calling back for each element's text by its
// path of local names below the root ("Contents/Key"). Namespaces are ignored (providers differ),
// any DTD is refused (nothing is expanded), depth is bounded. For the parsers in core/s3.
class XmlDocument
{
public:
    static constexpr int kMaxDepth = 32;

    // onText(path, text) for every element that holds text; onEnd(path) when an element closes
    // (to finish a repeated record such as "Contents"). Returns an error when the body is not
    // well-formed XML, has a DTD, nests too deep, or its root is not `root`.
    static ApiError walk(const QByteArray &body,
        QStringView root,
        const std::function<void(const QString &path, const QString &text)> &onText,
        const std::function<void(const QString &path)> &onEnd = {});

    // The same walk by QXmlStreamReader alone. walk() reads the plain XML that S3 servers write
    // (UTF-8, no prefixes, comments, CDATA or DTD, no attribute but xmlns) by hand, and hands
    // anything else here; differential tests compare the two.
    static ApiError walkWithQt(const QByteArray &body,
        QStringView root,
        const std::function<void(const QString &path, const QString &text)> &onText,
        const std::function<void(const QString &path)> &onEnd = {});

    // S3's timestamps: ISO 8601 with or without milliseconds, "Z" or an offset.
    static QDateTime parseTime(const QString &text);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

// Writing S3's XML by hand: S3 escapes what XML 1.0 cannot carry (control characters in keys) as
// character references, which QXmlStreamWriter will not do.
namespace S3Xml {

constexpr const char *kNamespace = "http://s3.amazonaws.com/doc/2006-03-01/";

QByteArray escape(QByteArrayView utf8);
// <name>escaped value</name>
QByteArray element(QByteArrayView name, QByteArrayView value);
// 2009-10-12T17:50:30.000Z
QByteArray isoTime(const QDateTime &utc);
// encoding-type=url: every byte but unreserved and '/' as %XX, space as '+' (clients unquote_plus).
QByteArray urlEncode(QByteArrayView bytes);
// The document head and the root element with S3's namespace.
QByteArray open(QByteArrayView root);

} // namespace S3Xml

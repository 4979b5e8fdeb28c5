// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/localpath.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LocalPath)
};

QString percent(QChar c)
{
    QString out;
    for (char byte : QString(c).toUtf8())
        out += u'%' + QString::number(uchar(byte), 16).toUpper().rightJustified(2, u'0');
    return out;
}

bool isReservedDeviceName(const QString &segment)
{
    const QString stem = segment.section(u'.', 0, 0).toUpper();
    static const QStringList names {u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s, u"CONIN$"_s, u"CONOUT$"_s};
    if (names.contains(stem))
        return true;
    return stem.size() == 4 && (stem.startsWith(u"COM"_s) || stem.startsWith(u"LPT"_s)) && stem[3] >= u'1'
        && stem[3] <= u'9';
}

QString escapeSegment(const QString &segment)
{
    if (segment == u"." || segment == u"..")
        return QString(percent(u'.')).repeated(segment.size());
    QString out;
    for (QChar c : segment) {
        const ushort u = c.unicode();
        const bool bad = u < 0x20 || u == 0x7f || QStringView(u"\\:*?\"<>|").contains(c);
        out += bad ? percent(c) : QString(c);
    }
    if (out.endsWith(u'.') || out.endsWith(u' '))
        out = out.left(out.size() - 1) + percent(out.back());
    if (isReservedDeviceName(out))
        out = percent(out.front()) + out.mid(1);
    return out;
}

} // namespace

LocalPath localPathForKey(const QString &folder, const QString &prefix, const QString &key)
{
    LocalPath result;
    if (folder.isEmpty()) {
        result.problem = Tr::tr("no folder was chosen");
        return result;
    }
    if (key.endsWith(u'/')) {
        result.problem = Tr::tr("\"%1\" is a folder marker").arg(key);
        return result;
    }
    const QString relative = key.startsWith(prefix) ? key.mid(prefix.size()) : key;
    QStringList segments;
    for (const QString &segment : relative.split(u'/', Qt::SkipEmptyParts)) {
        const QString escaped = escapeSegment(segment);
        if (escaped.toUtf8().size() > 255) {
            result.problem = Tr::tr("a part of \"%1\" is longer than a file name may be").arg(key);
            return result;
        }
        segments.append(escaped);
    }
    if (segments.isEmpty()) {
        result.problem = Tr::tr("\"%1\" leaves no file name").arg(key);
        return result;
    }
    const QString root = QDir::cleanPath(QDir(folder).absolutePath());
    const QString path = QDir::cleanPath(root + u'/' + segments.join(u'/'));
    // By construction no segment is "." or ".." and none is empty; checked again all the same.
    if (!path.startsWith(root + u'/') && !(root == u"/" && path.startsWith(u'/'))) {
        result.problem = Tr::tr("\"%1\" would leave the folder").arg(key);
        return result;
    }
    result.path = path;
    return result;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/trickykeys.h"

using namespace Qt::StringLiterals;

QStringList trickyS3Keys()
{
    QStringList keys = {
        // spaces
        u"a b"_s,
        u" a"_s,
        u"a "_s,
        u"   "_s,
        // URL-significant
        u"a+b"_s,
        u"a%20b"_s,
        u"test%46.txt"_s,
        u"a%2Fb"_s,
        u"100%"_s,
        u"?q"_s,
        u"#h"_s,
        u"&"_s,
        u"="_s,
        u";"_s,
        // other ASCII
        u":"_s,
        u"@"_s,
        u"$"_s,
        u","_s,
        u"["_s,
        u"]"_s,
        u"{"_s,
        u"}"_s,
        u"|"_s,
        u"\\"_s,
        u"^"_s,
        u"~"_s,
        u"`"_s,
        u"\""_s,
        u"'"_s,
        u"<"_s,
        u">"_s,
        u"*"_s,
        u"!"_s,
        u"("_s,
        u")"_s,
        // control characters
        u"a\u0001b"_s,
        u"tab\there"_s,
        u"\rlead"_s,
        u"trail\n"_s,
        u"vt\x0b"_s,
        u"del\x7f"_s,
        u"\x1f"_s,
        // unicode
        u"\u00e9"_s,
        u"e\u0301"_s,
        u"\U0001F600.txt"_s,
        u"\u6f22\u5b57/\u30d5\u30a1\u30a4\u30eb"_s,
        u"\uff21\uff22"_s,
        u"rtl\u202eexe.txt"_s,
        u"zwj\u200d"_s,
        u"nb\u00a0sp"_s,
        u"ideo\u3000space"_s,
        u"nonchar\ufdd0"_s,
        // dots and slashes
        u"."_s,
        u".."_s,
        u"./a"_s,
        u"a/./b"_s,
        u"a/../b"_s,
        u"../../x"_s,
        u"a/.."_s,
        u"/leading"_s,
        u"//double"_s,
        u"dir//file"_s,
        u"dir///"_s,
        u"trailing/"_s,
        u"a"_s,
        u"a/"_s,
        // local collisions
        u"A.txt"_s,
        u"a.txt"_s,
        u"CON"_s,
        u"NUL"_s,
        u"aux.txt"_s,
        u"dot."_s,
        u"space "_s,
    };
    keys.append(QString(1024, u'k')); // the longest key S3 accepts
    return keys;
}

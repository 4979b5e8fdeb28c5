// SPDX-License-Identifier: GPL-3.0-or-later
// The key-to-local-path mapper of downloads: whatever the key (and the prefix taken off it), the path
// stays inside the chosen folder, is clean, and has no segment a file system would refuse.
#include <QDir>

#include "fuzzcheck.h"
#include "transfer/localpath.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace Qt::StringLiterals;

namespace {

QString takeText(FuzzedDataProvider &in, size_t most)
{
    const std::string s = in.ConsumeRandomLengthString(most);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    static const QString kFolders[]
        = {u"/tmp/downloads"_s, u"/tmp/downloads/"_s, u"/"_s, u"/tmp/a b/./c/.."_s};
    const QString folder = kFolders[in.ConsumeIntegralInRange<int>(0, 3)];
    const QString prefix = takeText(in, 40);
    const QString key = takeText(in, 1200);
    const LocalPath local = localPathForKey(folder, prefix, key);
    if (!local.isOk()) {
        FUZZ_CHECK(!local.problem.isEmpty());
        return 0;
    }
    const QString root = QDir::cleanPath(folder);
    FUZZ_CHECK(local.path == QDir::cleanPath(local.path));
    FUZZ_CHECK(local.path.startsWith(root == u"/"_s ? root : root + u'/'));
    FUZZ_CHECK(local.path.size() > (root == u"/"_s ? 1 : root.size() + 1));
    const QStringList segments = local.path.mid(root.size()).split(u'/', Qt::SkipEmptyParts);
    FUZZ_CHECK(!segments.isEmpty());
    for (const QString &segment : segments) {
        FUZZ_CHECK(segment != u"."_s && segment != u".."_s);
        FUZZ_CHECK(segment.toUtf8().size() <= 255);
        FUZZ_CHECK(!segment.endsWith(u'.') && !segment.endsWith(u' '));
        for (const QChar c : segment) {
            FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
            FUZZ_CHECK(!QStringView(u"\\:*?\"<>|").contains(c));
        }
    }
    // A key without '/', '%', and characters that need escaping maps to itself.
    const QString rest = key.startsWith(prefix) ? key.mid(prefix.size()) : key;
    bool plain = !rest.isEmpty() && !rest.contains(u'%') && !rest.contains(u'/') && !rest.endsWith(u'.')
        && !rest.endsWith(u' ') && rest != u"."_s && rest != u".."_s;
    for (const QChar c : rest)
        plain
            = plain && c.unicode() >= 0x20 && c.unicode() != 0x7f && !QStringView(u"\\:*?\"<>|").contains(c);
    const QString stem = rest.section(u'.', 0, 0).toUpper();
    if (plain && stem.size() >= 3 && stem.size() <= 7)
        plain = false; // may be a reserved device name (CON, COM1, CONOUT$…), escaped on purpose
    if (plain)
        FUZZ_CHECK(local.path.section(u'/', -1) == rest);
    return 0;
}

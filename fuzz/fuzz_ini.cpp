// SPDX-License-Identifier: GPL-3.0-or-later
// The INI reader the AWS, boto and s3cmd importers share: strict and lenient, and merging two files.
#include "clouds/inifile.h"
#include "importcheck.h"

using namespace Qt::StringLiterals;

namespace {

void checkFile(const IniFile &ini, int lines)
{
    QSet<QString> sections;
    for (const IniFile::Section &s : ini.sections()) {
        FUZZ_CHECK(!sections.contains(s.name));
        sections.insert(s.name);
        FUZZ_CHECK(ini.section(s.name) == &s);
        QSet<QString> keys;
        for (const IniFile::Entry &e : s.entries) {
            FUZZ_CHECK(!e.key.isEmpty());
            FUZZ_CHECK(e.key == e.key.toLower());
            FUZZ_CHECK(!keys.contains(e.key));
            keys.insert(e.key);
            FUZZ_CHECK(s.entry(e.key) == &e);
            FUZZ_CHECK(e.line >= 1 && e.line <= lines);
            // Surrounding blanks are removed from values.
            FUZZ_CHECK(!e.value.startsWith(' ') && !e.value.endsWith(' '));
            FUZZ_CHECK(!e.value.startsWith('\t') && !e.value.endsWith('\t'));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QList<QByteArray> files = splitFiles(fuzzBytes(data, size), 2);
    std::optional<IniFile> parsed[2];
    for (int i = 0; i < 2; ++i) {
        const int lines = int(files[i].count('\n')) + 1;
        bool strictOk = false;
        for (const bool strict : {true, false}) {
            QString error;
            int line = -1;
            std::optional<IniFile> ini = IniFile::parse(files[i], u"/fuzz/config"_s, strict, &error, &line);
            if (!ini) {
                FUZZ_CHECK(!error.isEmpty());
                FUZZ_CHECK(line >= 0 && line <= lines);
                // What the lenient reading refuses, the strict one refuses too.
                FUZZ_CHECK(strict || !strictOk);
                continue;
            }
            checkFile(*ini, lines);
            strictOk = strictOk || strict;
            if (!strict)
                parsed[i] = std::move(ini);
        }
    }
    if (!parsed[0] || !parsed[1])
        return 0;
    // Merging: every key of both files is there, the second file's value winning.
    IniFile merged = *parsed[0];
    merged.merge(*parsed[1]);
    checkFile(merged, INT_MAX);
    for (const IniFile &source : {*parsed[0], *parsed[1]}) {
        for (const IniFile::Section &s : source.sections()) {
            const IniFile::Section *m = merged.section(s.name);
            FUZZ_CHECK(m != nullptr);
            for (const IniFile::Entry &e : s.entries) {
                FUZZ_CHECK(m->has(e.key));
                const IniFile::Section *later = parsed[1]->section(s.name);
                const QByteArray expected = later && later->has(e.key) ? later->value(e.key) : e.value;
                FUZZ_CHECK(m->value(e.key) == expected);
            }
        }
    }
    return 0;
}

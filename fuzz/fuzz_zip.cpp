// SPDX-License-Identifier: GPL-3.0-or-later
// The Eucalyptus credentials zip, read from memory as EucarcImporter::importZip reads it (without
// writing the certificate): every entry extracted and checked, then eucarc and iamrc parsed.
#include "clouds/eucarcimporter.h"
#include "clouds/ziparchive.h"
#include "importcheck.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    QString error;
    const std::optional<ZipArchive> zip = ZipArchive::read(fuzzBytes(data, size), &error);
    if (!zip) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    for (const ZipArchive::Entry &entry : zip->entries()) {
        FUZZ_CHECK(entry.compressedSize >= 0 && entry.localHeaderOffset >= 0);
        QString why;
        const std::optional<QByteArray> content = zip->extract(entry, &why);
        if (!content) {
            FUZZ_CHECK(!why.isEmpty());
            continue;
        }
        // What comes out is what the directory promised (size; the CRC is checked inside).
        FUZZ_CHECK(content->size() == entry.size);
        if (entry.method == 0)
            FUZZ_CHECK(entry.compressedSize == entry.size);
    }
    const ZipArchive::Entry *eucarc = zip->findByFileName(u"eucarc"_s);
    if (!eucarc)
        return 0;
    FUZZ_CHECK(eucarc->name.section(u'/', -1) == u"eucarc"_s);
    const std::optional<QByteArray> text = zip->extract(*eucarc, &error);
    if (!text)
        return 0;
    ImportResult result = EucarcImporter::parse(*text, u"/fuzz/euca/eucarc"_s);
    checkImport(result, *text);
    if (result.isOk() && !result.profiles.first().credentials.isValid()) {
        if (const ZipArchive::Entry *iamrc = zip->findByFileName(u"iamrc"_s)) {
            if (const std::optional<QByteArray> keys = zip->extract(*iamrc, &error)) {
                (void)EucarcImporter::parseIamrc(
                    *keys, u"/fuzz/euca/iamrc"_s, &result.profiles.first().credentials);
                checkImport(result, *text + *keys);
            }
        }
    }
    return 0;
}

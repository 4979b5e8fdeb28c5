// SPDX-License-Identifier: GPL-3.0-or-later
// ListObjectsV2 and ListObjects (V1) pages: <ListBucketResult>, plain and with EncodingType url.
#include "fuzzcheck.h"
#include "s3/listobjectsparser.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<ObjectListing> result = parseListObjects(body);
    if (!result.isOk()) {
        FUZZ_CHECK(!result.error().message().isEmpty());
        return 0;
    }
    const ObjectListing &page = result.value();
    // A page that says there is more always says where the next one starts, and only then.
    FUZZ_CHECK(page.truncated == !page.nextToken.isEmpty());
    // Every object and prefix came from an element of that name in the body.
    FUZZ_CHECK(page.objects.size() <= body.count("Contents"));
    FUZZ_CHECK(page.commonPrefixes.size() <= body.count("CommonPrefixes"));
    for (const ObjectEntry &o : page.objects)
        FUZZ_CHECK(!o.lastModified.isValid() || o.lastModified.timeSpec() == Qt::UTC);
    return 0;
}

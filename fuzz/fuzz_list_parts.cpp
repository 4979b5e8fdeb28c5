// SPDX-License-Identifier: GPL-3.0-or-later
// ListParts: <ListPartsResult>.
#include "fuzzcheck.h"
#include "s3/multipartparsers.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<PartList> result = parseListParts(body);
    if (!result.isOk()) {
        FUZZ_CHECK(!result.error().message().isEmpty());
        return 0;
    }
    const PartList &list = result.value();
    // A truncated list always names a marker to go on from (else the caller would loop).
    FUZZ_CHECK(!list.truncated || list.nextPartNumberMarker > 0);
    FUZZ_CHECK(list.parts.size() <= body.count("Part") / 2);
    return 0;
}

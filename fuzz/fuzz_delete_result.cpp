// SPDX-License-Identifier: GPL-3.0-or-later
// DeleteObjects (batch delete) answer: <DeleteResult>.
#include "fuzzcheck.h"
#include "s3/multipartparsers.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<DeleteOutcome> result = parseDeleteObjects(body);
    if (!result.isOk()) {
        FUZZ_CHECK(!result.error().message().isEmpty());
        return 0;
    }
    FUZZ_CHECK(result.value().deleted.size() <= body.count("Deleted") / 2);
    FUZZ_CHECK(result.value().errors.size() <= body.count("Error") / 2);
    return 0;
}

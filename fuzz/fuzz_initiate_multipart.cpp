// SPDX-License-Identifier: GPL-3.0-or-later
// CreateMultipartUpload's answer: <InitiateMultipartUploadResult>.
#include "fuzzcheck.h"
#include "s3/multipartparsers.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const Result<MultipartUploadStart> result = parseInitiateMultipartUpload(fuzzBytes(data, size));
    if (!result.isOk()) {
        FUZZ_CHECK(!result.error().message().isEmpty());
        return 0;
    }
    // Without an upload id nothing could follow: such an answer is refused.
    FUZZ_CHECK(!result.value().uploadId.isEmpty());
    return 0;
}

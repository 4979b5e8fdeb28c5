// SPDX-License-Identifier: GPL-3.0-or-later
// ListMultipartUploads: <ListMultipartUploadsResult>.
#include "fuzzcheck.h"
#include "s3/multipartparsers.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<MultipartUploadList> result = parseListMultipartUploads(body);
    if (!result.isOk()) {
        FUZZ_CHECK(!result.error().message().isEmpty());
        return 0;
    }
    const MultipartUploadList &list = result.value();
    FUZZ_CHECK(!list.truncated || !list.nextKeyMarker.isEmpty() || !list.nextUploadIdMarker.isEmpty());
    FUZZ_CHECK(list.uploads.size() <= body.count("Upload") / 2);
    return 0;
}

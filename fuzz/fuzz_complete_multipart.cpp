// SPDX-License-Identifier: GPL-3.0-or-later
// CompleteMultipartUpload's answer: <CompleteMultipartUploadResult>, or an <Error> inside a 200.
#include "fuzzcheck.h"
#include "s3/multipartparsers.h"
#include "transport/errorbodyparser.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<CompletedUpload> result = parseCompleteMultipartUpload(body);
    const std::optional<ServiceErrorBody> serviceError = parseServiceError(body);
    if (!result.isOk()) {
        FUZZ_CHECK(!result.error().message().isEmpty() || serviceError);
        // An error document is reported as the service's error, with its code.
        if (serviceError) {
            FUZZ_CHECK(result.error().kind() == ApiError::Kind::Service);
            FUZZ_CHECK(result.error().serviceCode() == serviceError->code);
        }
        return 0;
    }
    // Success is never an error document in disguise, and always saw an <ETag> element.
    FUZZ_CHECK(!serviceError);
    FUZZ_CHECK(body.contains("ETag"));
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Error bodies of all three shapes: S3 <Error>, EC2 <Response><Errors><Error>, Query <ErrorResponse>.
#include "fuzzcheck.h"
#include "transport/errorbodyparser.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const std::optional<ServiceErrorBody> error = parseServiceError(body);
    const bool looksLikeError = looksLikeErrorDocument(body);
    if (!error)
        return 0;
    // A parsed error always has its code, trimmed, and its root is one of the three shapes.
    FUZZ_CHECK(!error->code.isEmpty());
    FUZZ_CHECK(error->code == error->code.trimmed());
    FUZZ_CHECK(body.contains("Error") || body.contains("Response"));
    // An S3 <Error> document is recognised as one by the 200-answer check too.
    const QByteArray start = body.trimmed();
    if (start.startsWith("<Error>") && body.size() < 4096)
        FUZZ_CHECK(looksLikeError);
    return 0;
}

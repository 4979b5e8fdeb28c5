// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "s3/s3client.h"

namespace WriteAccess {

// Why nothing may be written through `client`, one sentence (the cloud is set read-only, or it has
// no keys); empty when writes may go, or when there is no client (callers say "connect first").
inline QString refusal(const S3Client *client)
{
    return client ? client->profile().writeRefusal(client->sendOptions({}).credentials) : QString();
}

} // namespace WriteAccess

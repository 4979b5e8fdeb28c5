// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxresponse.h"

class SandboxStore;
struct S3Call;

// ListObjects (V1: marker) and ListObjectsV2 (continuation token, start-after): prefix, delimiter,
// max-keys counting keys and common prefixes together, encoding-type=url.
class ListingOperations
{
public:
    explicit ListingOperations(SandboxStore *store);

    SandboxResponse list(const S3Call &call) const;

private:
    SandboxStore *m_store;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/signer.h"

// The Internet Archive's "Authorization: LOW access:secret": the secret itself travels in the header,
// so it is refused on anything but HTTPS.
class LowAuthSigner final : public Signer
{
public:
    QString sign(HttpRequest &request,
        const Credentials &credentials,
        const SigningParams &params,
        SigningTrace *trace = nullptr) const override;
    QString name() const override;
};

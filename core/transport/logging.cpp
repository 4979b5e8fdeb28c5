// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/logging.h"

Q_LOGGING_CATEGORY(lcTransport, "skylight.transport", QtInfoMsg)
// Off unless asked for; even then it never carries a canonical request or a secret.
Q_LOGGING_CATEGORY(lcSigning, "skylight.auth.signing", QtWarningMsg)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// skylight-cli s3 ls|cp|rm|mb|rb|presign … with --profile NAME, or --endpoint-url URL --provider P
// --region R and the keys from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
int runS3Command(const QStringList &arguments);

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// skylight-cli s3 website get|put|delete|endpoint|public|private s3://BUCKET …, with the cloud
// chosen as for the other s3 commands (--profile NAME, or --endpoint-url URL --provider P).
int runWebsiteCommand(const QStringList &arguments);

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// skylight-cli profiles list|show NAME|add NAME …|import aws|boto|eucarc|s3cfg [FILE]|test NAME|remove NAME
int runProfilesCommand(const QStringList &arguments);

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// skylight-cli ec2 regions|instances|events [--upcoming]|start|stop|reboot|terminate ID…
//   with --profile NAME, or --endpoint-url URL --provider NAME --region R and the AWS_* keys.
int runEc2Command(const QStringList &arguments);

// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostilekeys.h"

#include "s3/trickykeys.h"

QStringList hostileKeys()
{
    return trickyS3Keys();
}

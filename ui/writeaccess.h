// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QString>

#include "apptheme.h"
#include "s3/s3client.h"

namespace WriteAccess {

// Why nothing may be written through `client`, one sentence (the cloud is set read-only, or it has
// no keys); empty when writes may go, or when there is no client (callers say "connect first").
inline QString refusal(const S3Client *client)
{
    return client ? client->writeRefusal() : QString();
}

// The line a window shows at its top when it opens read-only on such a cloud: `why`, in the warning
// colour (object name "readOnlyNotice"); hidden when `why` is empty.
inline QLabel *notice(const QString &why, QWidget *parent)
{
    auto *label = new QLabel(why, parent);
    label->setObjectName(QStringLiteral("readOnlyNotice"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(AppTheme::styleSheetColour(AppTheme::warningColour(label->palette())));
    if (why.isEmpty())
        label->hide();
    return label;
}

} // namespace WriteAccess

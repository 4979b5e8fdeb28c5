// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QWidget>

#include "clouds/credentialstore.h"
#include "clouds/profilestore.h"

// What a UI test builds instead of main(): a profile file in a temporary folder and a memory-only
// keychain (the real one is tested in tests/clouds).
struct UiTestGraph
{
    QTemporaryDir dir;
    ProfileStore profiles {dir.filePath(QStringLiteral("profiles.json"))};
    CredentialStore credentials;

    UiTestGraph() { credentials.setMemoryOnly(QStringLiteral("UI test")); }
};

// The one child of `parent` of type T with this accessible name, or null.
template <typename T> T *byAccessibleName(QWidget *parent, const QString &name)
{
    const QList<T *> all = parent->findChildren<T *>();
    for (T *w : all) {
        if (w->accessibleName() == name)
            return w;
    }
    return nullptr;
}

inline bool setField(QWidget *parent, const QString &accessibleName, const QString &text)
{
    QLineEdit *edit = byAccessibleName<QLineEdit>(parent, accessibleName);
    if (!edit)
        return false;
    edit->setText(text);
    return true;
}

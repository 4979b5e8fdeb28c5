// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include "testdata.h"

// The canary secrets of the fixture files (every secret there starts with "CANARY"), and a search
// for them that never prints what it looks for.
namespace Canaries {

inline QList<QByteArray> fromFixtures()
{
    QSet<QByteArray> found;
    static const QRegularExpression pattern(QStringLiteral("CANARY[A-Za-z0-9/+]*"));
    QDirIterator it(TestData::path(QStringLiteral("clouds")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto m = pattern.globalMatch(text); m.hasNext();)
            found.insert(m.next().captured().toUtf8());
    }
    return found.values();
}

// How many canaries occur in `bytes` (0 is the only good answer). Never says which.
inline int countIn(const QByteArray &bytes, const QList<QByteArray> &canaries)
{
    int hits = 0;
    for (const QByteArray &canary : canaries) {
        if (bytes.contains(canary) || bytes.contains(canary.toBase64()))
            ++hits;
    }
    return hits;
}

// Every file under `dir`, read whole; the number of files with a canary in them.
inline int countInTree(const QString &dir, const QList<QByteArray> &canaries)
{
    int hits = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && countIn(file.readAll(), canaries) > 0)
            ++hits;
    }
    return hits;
}

} // namespace Canaries

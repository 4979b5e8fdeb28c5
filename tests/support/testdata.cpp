// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"

#include <QFile>
#include <QTest>

QString TestData::sourceDir()
{
    const QString dir = qEnvironmentVariable("SKYLIGHT_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(".") : dir;
}

QString TestData::path(const QString &relativePath)
{
    return sourceDir() + QStringLiteral("/tests/data/") + relativePath;
}

QByteArray TestData::read(const QString &relativePath)
{
    QFile file(path(relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(
            qPrintable(QStringLiteral("missing test data %1").arg(file.fileName())), __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDateTime>
#include <QDir>
#include <QTest>
#include <QWidget>

#include "clouds/profilepresets.h"
#include "demodata.h"
#include "s3/s3client.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "transport/httptransport.h"

// The browser tests' world: the in-process sandbox with its demo buckets (photos: 10,000 keys,
// tricky-keys, www-example, empty in eu-west-1) and a real S3Client for it. Checks of what arrived
// go through the fixture's own signer and transport, not through the client under test.
struct BrowserRig
{
    SandboxFixture sandbox {{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")}};
    std::unique_ptr<S3Client> client;

    // With `demo` false only the empty bucket "empty" is made (seeding the photos syncs the disk,
    // which takes seconds on a busy machine).
    bool start(bool demo = true)
    {
        if (!sandbox.start())
            return false;
        QString problem;
        if (!demo)
            sandbox.createObjects(QStringLiteral("empty"), 0);
        else if (!S3DemoData::seed(sandbox.server().store(),
                     {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")},
                     QDateTime::currentDateTimeUtc(),
                     &problem)) {
            qWarning("demo data: %s", qPrintable(problem));
            return false;
        }
        CloudProfile profile = ProfilePresets::sandbox(sandbox.port());
        profile.name = QStringLiteral("sandbox");
        profile.regions = {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")};
        client = std::make_unique<S3Client>(&sandbox.transport(), profile, SandboxFixture::credentials());
        return true;
    }

    // The object's bytes as the sandbox serves them (status 200), or a null array.
    QByteArray fetch(const QString &bucket, const QString &key)
    {
        const HttpResponse r = sandbox.send(sandbox.request("GET", bucket, key));
        return r.status == 200 ? r.body : QByteArray();
    }

    // Another client of the sandbox with the same keys, its cloud named "Archive" and set read-only.
    std::unique_ptr<S3Client> readOnlyClient()
    {
        CloudProfile profile = client->profile();
        profile.name = QStringLiteral("Archive");
        profile.readOnly = true;
        return std::make_unique<S3Client>(&sandbox.transport(), profile, SandboxFixture::credentials());
    }
    // What the read-only client's writes are refused with, written out here rather than asked of
    // CloudProfile::writeRefusal.
    static QString readOnlyRefusal()
    {
        return QStringLiteral(
            "Cloud “Archive” is set to read-only; change that in the cloud's settings to write to it.");
    }

    bool put(const QString &bucket, const QString &key, const QByteArray &body)
    {
        HttpRequest r = sandbox.request("PUT", bucket, key);
        r.body = body;
        return sandbox.send(std::move(r)).status == 200;
    }

    // Saves a picture of `widget` as `name` in SKYLIGHT_SCREENSHOT_DIR (default: screenshots/ in the
    // working folder, made if missing), to be looked at; whether it could (a warning names the file).
    static bool savePicture(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable(
            "SKYLIGHT_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        const QString path = dir + u'/' + name;
        if (QDir().mkpath(dir) && widget->grab().save(path))
            return true;
        qWarning("could not save %s", qPrintable(path));
        return false;
    }
};

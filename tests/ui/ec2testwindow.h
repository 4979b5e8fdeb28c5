// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include "clouds/credentialjob.h"
#include "cloudsmodel.h"
#include "ec2/ec2refresh.h"
#include "ec2loader.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "transport/httptransport.h"
#include "uitesthelpers.h"

// The main window over skylight-sandbox --demo (a child process), its instances and events loaded:
// what the instances and schedule tests start from.
struct Ec2TestWindow
{
    SandboxProcess sandbox;
    UiTestGraph graph;
    HttpTransport transport;
    std::unique_ptr<MainWindow> window;

    explicit Ec2TestWindow(QStringList sandboxArguments = {})
        : sandbox(std::move(sandboxArguments))
    {}

    // QVERIFY(w.start()): sandbox up, profile "sandbox" stored (with `apiVersion` when given), window
    // shown and every instance and event loaded.
    bool start(const QString &apiVersion = {})
    {
        if (!sandbox.start())
            return false;
        CloudProfile profile = sandbox.profile(apiVersion);
        profile.credentialId = QStringLiteral("sandbox-keys");
        CredentialJob *write = graph.credentials.write(profile.credentialId, SandboxProcess::credentials());
        QSignalSpy written(write, &CredentialJob::finished);
        write->start();
        if (written.count() == 0 && !written.wait())
            return false;
        graph.profiles.upsert(profile);
        window = std::make_unique<MainWindow>(&graph.profiles, &graph.credentials, &transport);
        window->resize(1400, 860);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        return reload();
    }

    // Chooses the node of `kind` under `region` of the sandbox cloud in the clouds panel.
    bool showNode(CloudsModel::NodeKind kind, const QString &region)
    {
        CloudsModel *clouds = window->cloudsModel();
        const QModelIndex cloud = clouds->indexOfProfile(QStringLiteral("sandbox"));
        for (int r = 0; r < clouds->rowCount(cloud); ++r) {
            const QModelIndex regionNode = clouds->index(r, 0, cloud);
            if (regionNode.data(CloudsModel::RegionRole).toString() != region)
                continue;
            for (int v = 0; v < clouds->rowCount(regionNode); ++v) {
                const QModelIndex node = clouds->index(v, 0, regionNode);
                if (node.data(CloudsModel::NodeKindRole).toInt() == int(kind)) {
                    window->cloudsView()->setCurrentIndex(node);
                    return true;
                }
            }
        }
        return false;
    }

    // What the sandbox reports now, through a refresh of its own (not the window's models): the
    // independent check that an action reached it.
    struct Fresh
    {
        QList<Ec2Instance> instances;
        QList<InstanceStatus> statuses;
    };
    Fresh describeAgain()
    {
        HttpTransport own;
        Ec2Refresh refresh(&own);
        Fresh fresh;
        QObject::connect(&refresh,
            &Ec2Refresh::instancesArrived,
            [&](const Ec2Target &, const QList<Ec2Instance> &l) { fresh.instances += l; });
        QObject::connect(&refresh,
            &Ec2Refresh::eventsArrived,
            [&](const Ec2Target &, const QList<InstanceStatus> &l) { fresh.statuses += l; });
        QSignalSpy done(&refresh, &Ec2Refresh::allDone);
        refresh.start({{sandbox.profile(), SandboxProcess::credentials(), {}}});
        done.wait(30000);
        return fresh;
    }

    bool reload()
    {
        QSignalSpy loaded(window->ec2Loader(), &Ec2Loader::finished);
        window->ec2Loader()->refresh();
        if (!loaded.wait(30000))
            return false;
        if (!window->ec2Loader()->problems().isEmpty()) {
            qWarning("%s", qPrintable(window->ec2Loader()->problems().join(u'\n')));
            return false;
        }
        return true;
    }
};

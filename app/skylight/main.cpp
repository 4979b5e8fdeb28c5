// SPDX-License-Identifier: GPL-3.0-or-later
// skylight: the GUI. Builds the object graph (profiles, keychain, transport) and shows the main
// window; nothing below this file creates one of these on its own.
#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkProxyFactory>
#include <QStatusBar>
#include <QTimer>

#include "clouds/credentialstore.h"
#include "clouds/profilestore.h"
#include "mainwindow.h"
#include "transport/httptransport.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Skylight"));
    QApplication::setOrganizationName(QStringLiteral("Skylight"));
    QApplication::setApplicationVersion(QStringLiteral(SKYLIGHT_VERSION_STRING));
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A desktop console for public and private clouds."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE and exit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QApplication::translate("main", "Start the local sandbox cloud with demo data and connect to it."));
    parser.addOption(sandbox);
    parser.process(app);

    ProfileStore profiles;
    const bool loaded = profiles.load();
    CredentialStore credentials;
    HttpTransport transport;

    MainWindow window(&profiles, &credentials, &transport);
    window.show();
    if (!loaded)
        window.statusBar()->showMessage(profiles.errorString());
    if (parser.isSet(sandbox))
        window.startSandbox();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const auto shoot = [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        };
        if (parser.isSet(sandbox)) {
            // Wait for the sandbox to answer, then for its data to arrive; give up after 30 s.
            QObject::connect(&window, &MainWindow::sandboxProfileReady, &window, [&window, shoot] {
                QTimer::singleShot(2000, &window, shoot);
            });
            QTimer::singleShot(30000, &window, shoot);
        } else {
            QTimer::singleShot(500, &window, shoot);
        }
    }
    return app.exec();
}

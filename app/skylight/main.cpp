// SPDX-License-Identifier: GPL-3.0-or-later
// skylight: the GUI. Builds the object graph and shows the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkProxyFactory>
#include <QTimer>

#include "mainwindow.h"

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
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}

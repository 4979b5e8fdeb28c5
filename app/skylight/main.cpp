// SPDX-License-Identifier: GPL-3.0-or-later
// skylight: the GUI. Builds the object graph (profiles, keychain, transport) and shows the main
// window; nothing below this file creates one of these on its own.
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

#include "apptheme.h"
#include "clouds/credentialstore.h"
#include "clouds/profilestore.h"
#include "cloudsmodel.h"
#include "mainwindow.h"
#include "settingskeys.h"
#include "translationloader.h"
#include "transport/httptransport.h"
#include "trayicon.h"

using namespace Qt::StringLiterals;

namespace {

// The value of --lang CODE or --lang=CODE, read before the parser exists so that its own texts
// (--help) are translated too; a null string when absent.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

// --help and --version only print: they must work without a display (QApplication aborts when
// it cannot reach one), so they get the offscreen platform.
void offscreenForHelpAndVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--") // what follows is not an option
            return;
        if (argument == "--help" || argument == "-h" || argument == "-?" || argument == "--help-all"
            || argument == "--version" || argument == "-v") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    offscreenForHelpAndVersion(argc, argv);
    // Fractional scales (1.25, 1.5) as they are, not rounded: icons are SVG and scale cleanly.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Skylight"));
    QApplication::setOrganizationName(QStringLiteral("Skylight"));
    QApplication::setApplicationVersion(QStringLiteral(SKYLIGHT_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("skylight")); // packaging/skylight.desktop
    QApplication::setWindowIcon(TrayIcon::appIcon());
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // Translations before any text is made: --lang, else the Settings choice ("" = the system's).
    TranslationLoader translations;
    const QString language = languageArgument(QApplication::arguments());
    translations.install(language.isNull() ? QSettings().value(SettingsKeys::language).toString() : language);

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
    const QCommandLineOption lang(QStringLiteral("lang"),
        QApplication::translate(
            "main", "Show Skylight in language CODE (en, de, ja) instead of the one chosen in Settings."),
        QStringLiteral("CODE"));
    parser.addOption(lang);
    const QCommandLineOption theme(QStringLiteral("theme"),
        QApplication::translate("main",
            "Use the light or dark palette (light, dark, system) instead of the one chosen in Settings."),
        QStringLiteral("THEME"));
    parser.addOption(theme);
    const QCommandLineOption page(QStringLiteral("page"),
        QApplication::translate("main",
            "With --sandbox: once connected, show PAGE (instances, schedule or buckets) of the sandbox."),
        QStringLiteral("PAGE"));
    parser.addOption(page);
    parser.process(app);

    const QString themeName
        = parser.isSet(theme) ? parser.value(theme) : QSettings().value(SettingsKeys::theme).toString();
    if (parser.isSet(theme) && !QStringList {u"light"_s, u"dark"_s, u"system"_s}.contains(themeName)) {
        std::fputs(
            qPrintable(QApplication::translate("main", "--theme takes light, dark or system.\n")), stderr);
        return 2;
    }
    AppTheme::apply(&app, themeName);

    ProfileStore profiles;
    const bool loaded = profiles.load();
    CredentialStore credentials;
    HttpTransport transport;

    MainWindow window(&profiles, &credentials, &transport);
    window.show();
    if (!loaded)
        window.statusBar()->showMessage(profiles.errorString());
    if (parser.isSet(sandbox)) {
        window.startSandbox();
        if (parser.isSet(page)) {
            const QString name = parser.value(page);
            QObject::connect(&window, &MainWindow::sandboxProfileReady, &window, [&window, name] {
                if (name == u"schedule"_s) {
                    window.showSchedule();
                    return;
                }
                const auto kind = name == u"buckets"_s ? CloudsModel::NodeKind::Buckets
                                                       : CloudsModel::NodeKind::Instances;
                const QModelIndexList found = window.cloudsModel()->match(window.cloudsModel()->index(0, 0),
                    CloudsModel::NodeKindRole,
                    int(kind),
                    1,
                    Qt::MatchExactly | Qt::MatchRecursive);
                if (!found.isEmpty())
                    window.cloudsView()->setCurrentIndex(found.first());
            });
        }
    }
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

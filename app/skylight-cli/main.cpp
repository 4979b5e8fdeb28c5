// SPDX-License-Identifier: GPL-3.0-or-later
// skylight-cli: the core from a shell. Dispatches to one command.
#include <cstdio>

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QStringList>

#include "ec2command.h"
#include "profilescommand.h"
#include "s3command.h"
#include "sandboxcommand.h"
#include "signcommand.h"
#include "translationloader.h"
#include "websitecommand.h"

namespace {

void usage(FILE *out)
{
    std::fputs("Usage: skylight-cli COMMAND [OPTIONS]\n"
               "\n"
               "Commands:\n"
               "  ec2        regions, instances, events [--upcoming] [--ics FILE], reschedule, start|stop|\n"
               "             reboot|terminate ID… (skylight-cli ec2 --help)\n"
               "  profiles   list, show, add, import (aws, boto, eucarc, s3cfg) and remove cloud profiles\n"
               "  s3         ls, cp, rm, mb, rb and presign objects and buckets (skylight-cli s3 --help)\n"
               "  s3 website get, put, delete, endpoint, public, private: a bucket's static website\n"
               "  sandbox    run the local sandbox cloud (skylight-sandbox; skylight-cli sandbox --help)\n"
               "  sign       sign a raw HTTP request and print the canonical request, string to sign,\n"
               "             signature or signed request (see skylight-cli sign --help)\n"
               "\n"
               "Options:\n"
               "  --help     show this help\n"
               "  --version  show the version\n",
        out);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("skylight-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SKYLIGHT_VERSION_STRING));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Messages in the system's language when Skylight has a catalogue for it (LANGUAGE, LC_ALL, LANG).
    TranslationLoader translations;
    translations.install(QString());

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        usage(stderr);
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        usage(stdout);
        return 0;
    }
    if (command == QLatin1String("--version")) {
        std::printf("skylight-cli %s\n", SKYLIGHT_VERSION_STRING);
        return 0;
    }
    if (command == QLatin1String("sign"))
        return runSignCommand(args);
    if (command == QLatin1String("ec2"))
        return runEc2Command(args);
    if (command == QLatin1String("profiles"))
        return runProfilesCommand(args);
    if (command == QLatin1String("sandbox"))
        return runSandboxCommand(args);
    if (command == QLatin1String("s3") && args.value(0) == QLatin1String("website"))
        return runWebsiteCommand(args.mid(1));
    if (command == QLatin1String("s3"))
        return runS3Command(args);
    std::fprintf(stderr, "skylight-cli: unknown command '%s'\n\n", qPrintable(command));
    usage(stderr);
    return 2;
}

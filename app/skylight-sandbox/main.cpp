// SPDX-License-Identifier: GPL-3.0-or-later
// skylight-sandbox: the local S3 cloud on loopback, its state in one folder.
//   skylight-sandbox [--listen 127.0.0.1:PORT] [--website-listen 127.0.0.1:PORT] --data DIR [--demo]
//                    [--access-key K --secret-key S] [--region NAME ...] [--ec2-api-max YYYY-MM-DD]
//                    [--faults FILE]
// Without --access-key/--secret-key it accepts SKYLIGHTSANDBOX / sandbox-secret-key. With --access-key
// alone the secret comes from SKYLIGHT_SANDBOX_SECRET_KEY, out of the process list.
#include <csignal>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include "sandboxconfig.h"
#include "sandboxserver.h"

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop, so the store closes its database cleanly.
void installSignalHandlers(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"skylight-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SKYLIGHT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The local Skylight sandbox cloud (S3 REST API on loopback).\n"
                                     "Default credentials: access key %1, secret key %2."_s.arg(
                                         QLatin1StringView(SandboxConfig::kDefaultAccessKey),
                                         QLatin1StringView(SandboxConfig::kDefaultSecretKey)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        u"listen"_s, u"Address and port to listen on (port 0: any)."_s, u"HOST:PORT"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption websiteListen(u"website-listen"_s,
        u"Address and port of the S3 website endpoint (port 0: any)."_s,
        u"HOST:PORT"_s,
        u"127.0.0.1:0"_s);
    const QCommandLineOption data(u"data"_s, u"Folder holding the sandbox's state."_s, u"DIR"_s);
    const QCommandLineOption accessKey(u"access-key"_s, u"Access key id to accept."_s, u"K"_s);
    const QCommandLineOption secretKey(u"secret-key"_s,
        u"Its secret key (seen by every local user in the process list: prefer SKYLIGHT_SANDBOX_SECRET_KEY)."_s,
        u"S"_s);
    const QCommandLineOption region(
        u"region"_s, u"A region to serve (repeatable; the first is the default)."_s, u"NAME"_s);
    const QCommandLineOption demo(u"demo"_s,
        u"Add region eu-west-1 and, on first start with an empty DATA, demo instances, events and buckets."_s);
    const QCommandLineOption ec2ApiMax(u"ec2-api-max"_s,
        u"Play an older EC2 API: actions and Versions newer than this date are refused."_s,
        u"YYYY-MM-DD"_s);
    const QCommandLineOption faults(u"faults"_s,
        u"Fault rules for tests: resets, stalls, short bodies, error answers, clock shifts (JSON, see "
        "sandbox/FAULTS.md)."_s,
        u"FILE"_s);
    parser.addOptions({listen, websiteListen, data, accessKey, secretKey, region, demo, ec2ApiMax, faults});
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.isSet(data)) {
        err << "skylight-sandbox: --data DIR is required\n";
        return 2;
    }
    // The secret on the command line is readable by every local user (/proc/PID/cmdline): the
    // environment is the other way, and the one to use for anything but the published demo key.
    const QString secret = !parser.isSet(accessKey) ? QString()
        : parser.isSet(secretKey)                   ? parser.value(secretKey)
                                                    : qEnvironmentVariable("SKYLIGHT_SANDBOX_SECRET_KEY");
    if ((parser.isSet(secretKey) && !parser.isSet(accessKey))
        || (parser.isSet(accessKey) && secret.isEmpty())) {
        err << "skylight-sandbox: give --access-key with --secret-key or SKYLIGHT_SANDBOX_SECRET_KEY\n";
        return 2;
    }
    SandboxConfig config;
    config.dataDir = parser.value(data);
    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const uint port = hostPort.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || !portOk || port > 65535 || !config.address.setAddress(hostPort.left(colon))) {
        err << "skylight-sandbox: --listen wants HOST:PORT, such as 127.0.0.1:9000\n";
        return 2;
    }
    config.port = quint16(port);
    const QString websiteHostPort = parser.value(websiteListen);
    const qsizetype websiteColon = websiteHostPort.lastIndexOf(u':');
    const uint websitePort = websiteHostPort.mid(websiteColon + 1).toUInt(&portOk);
    if (websiteColon <= 0 || !portOk || websitePort > 65535
        || QHostAddress(websiteHostPort.left(websiteColon)) != config.address) {
        err << "skylight-sandbox: --website-listen wants HOST:PORT on the --listen address\n";
        return 2;
    }
    config.websitePort = quint16(websitePort);
    if (parser.isSet(accessKey))
        config.credentials.append(Credentials(parser.value(accessKey).toUtf8(), secret.toUtf8()));
    config.regions = parser.values(region);
    config.demo = parser.isSet(demo);
    config.ec2ApiMax = parser.value(ec2ApiMax);
    config.faultsFile = parser.value(faults);

    SandboxServer server(config);
    const QString problem = server.start();
    if (!problem.isEmpty()) {
        err << "skylight-sandbox: " << problem << '\n';
        return 1;
    }
    installSignalHandlers(&app);
    QTextStream out(stdout);
    out << "skylight-sandbox ready s3=" << server.endpoint() << " ec2=" << server.endpoint()
        << " website=" << server.websiteEndpoint() << " region=" << server.defaultRegion() << Qt::endl;
    const int status = app.exec();
    server.stop();
    return status;
}

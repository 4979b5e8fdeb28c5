// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QString>

#include "auth/credentials.h"
#include "clouds/cloudprofile.h"

// What the commands (ec2, s3, profiles…) share: printing, reading their command line, running one
// job to its end, and choosing the cloud.

// `text` and a newline on stdout (UTF-8), flushed at once.
void printLine(const QString &text);
// "skylight-cli COMMAND: message" on stderr; returns `status`, the exit code to end with.
int printError(const QString &command, const QString &message, int status);
// --profile, --endpoint-url and --provider, as the S3 commands (s3, s3 website) offer them.
QList<QCommandLineOption> s3CloudOptions();
// Parses `arguments` (those after COMMAND, e.g. "s3 website") into `p`. On a parse error it prints
// why and gives 2, on --help it prints the help and gives 0: the exit code to end with. Nullopt
// when the command goes on.
std::optional<int> parseCommandLine(
    QCommandLineParser &p, const QString &command, const QStringList &arguments);

// Runs a job (anything with start() and one finished(result)) to its end and returns the result.
// A command-line program may wait like this; the GUI never does.
template <typename Job> auto runToEnd(Job *job)
{
    using Args = typename QtPrivate::FunctionPointer<decltype(&Job::finished)>::Arguments;
    std::decay_t<typename Args::Car> result;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, [&](const auto &r) {
        result = r;
        loop.quit();
    });
    job->start();
    loop.exec();
    return result;
}

struct SelectedCloud
{
    CloudProfile profile;
    Credentials credentials;
};

// The cloud a command works on: --profile NAME (its keys from the keychain, waiting at most
// --keychain-timeout MS when given), or an ad-hoc --endpoint-url URL [--provider P] [--region R]
// with the keys of AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and, for S3, AWS_ENDPOINT_URL when
// no URL is given). Nullopt with *error set when it cannot be had.
std::optional<SelectedCloud> selectCloud(
    const QCommandLineParser &p, const QString &defaultProvider, bool s3, QString *error);
// Every stored profile with its keys, for the commands that work over all clouds at once. A cloud
// whose keys cannot be read is left out, with why in *errors (as is a store that cannot be read).
QList<SelectedCloud> allClouds(const QCommandLineParser &p, QStringList *errors);

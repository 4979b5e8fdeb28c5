// SPDX-License-Identifier: GPL-3.0-or-later
#include "clidriver.h"

#include <cstdio>

#include <QCoreApplication>

#include "clouds/adhocprofile.h"
#include "clouds/credentialjob.h"
#include "clouds/credentialstore.h"
#include "clouds/environmentcredentials.h"
#include "clouds/profilestore.h"

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

std::optional<SelectedCloud> withKeys(
    const CloudProfile &profile, const QCommandLineParser &p, QString *error)
{
    SelectedCloud cloud {profile, {}};
    if (!profile.credentialId.isEmpty()) {
        CredentialStore keychain;
        if (p.optionNames().contains(u"keychain-timeout"_s) && p.isSet(u"keychain-timeout"_s))
            keychain.setWatchdogMs(p.value(u"keychain-timeout"_s).toInt());
        const CredentialResult r = runToEnd(keychain.read(profile.credentialId));
        if (!r.isOk()) {
            *error = u"%1: %2"_s.arg(profile.name, r.error.message());
            return std::nullopt;
        }
        cloud.credentials = r.credentials;
    }
    return cloud;
}

std::optional<SelectedCloud> fromProfile(const QCommandLineParser &p, QString *error)
{
    ProfileStore store;
    if (!store.load()) {
        *error = store.errorString();
        return std::nullopt;
    }
    const CloudProfile *found = store.find(p.value(u"profile"_s));
    if (!found) {
        *error = Tr::tr("no profile named %1").arg(p.value(u"profile"_s));
        return std::nullopt;
    }
    return withKeys(*found, p, error);
}

} // namespace

void printLine(const QString &text)
{
    std::fputs((text + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

int printError(const QString &command, const QString &message, int status)
{
    std::fputs((u"skylight-cli "_s + command + u": "_s + message + u'\n').toUtf8().constData(), stderr);
    return status;
}

QList<QCommandLineOption> s3CloudOptions()
{
    return {
        {u"profile"_s, Tr::tr("The cloud profile to use."), u"NAME"_s},
        {u"endpoint-url"_s,
            Tr::tr("An ad-hoc cloud at this URL (keys from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)."),
            u"URL"_s},
        {u"provider"_s,
            Tr::tr("With --endpoint-url: aws, eucalyptus, gcs, internet-archive, s3-compatible or sandbox."),
            u"NAME"_s},
    };
}

std::optional<int> parseCommandLine(
    QCommandLineParser &p, const QString &command, const QStringList &arguments)
{
    if (!p.parse(QStringList {u"skylight-cli "_s + command} + arguments))
        return printError(command, p.errorText(), 2);
    if (p.isSet(u"help"_s)) {
        printLine(p.helpText());
        return 0;
    }
    return std::nullopt;
}

std::optional<SelectedCloud> selectCloud(
    const QCommandLineParser &p, const QString &defaultProvider, bool s3, QString *error)
{
    if (p.isSet(u"profile"_s))
        return fromProfile(p, error);
    const EnvironmentCredentials env = EnvironmentCredentials::read();
    const QString url = p.isSet(u"endpoint-url"_s) ? p.value(u"endpoint-url"_s)
        : s3                                       ? env.s3EndpointUrl()
                                                   : QString();
    if (url.isEmpty()) {
        *error = Tr::tr("say which cloud: --profile NAME, or --endpoint-url URL");
        return std::nullopt;
    }
    const QString providerName = p.isSet(u"provider"_s) ? p.value(u"provider"_s) : defaultProvider;
    const auto provider = cloudProviderFromName(providerName);
    if (!provider) {
        *error = Tr::tr("unknown provider %1").arg(providerName);
        return std::nullopt;
    }
    const QString region = p.isSet(u"region"_s) ? p.value(u"region"_s) : env.region();
    auto profile = AdHocProfile::make(*provider, url, region, error);
    if (!profile)
        return std::nullopt;
    profile->name = url; // an ad-hoc profile is named by its endpoint
    if (!env.problem().isEmpty()) {
        *error = env.problem();
        return std::nullopt;
    }
    return SelectedCloud {*profile, env.credentials()};
}

QList<SelectedCloud> allClouds(const QCommandLineParser &p, QStringList *errors)
{
    QList<SelectedCloud> clouds;
    ProfileStore store;
    if (!store.load()) {
        errors->append(store.errorString());
        return clouds;
    }
    for (const CloudProfile &profile : store.profiles()) {
        QString error;
        if (auto cloud = withKeys(profile, p, &error))
            clouds.append(std::move(*cloud));
        else
            errors->append(error);
    }
    return clouds;
}

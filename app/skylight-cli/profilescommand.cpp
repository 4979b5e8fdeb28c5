// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilescommand.h"

#include <cstdio>
#include <functional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include "clidriver.h"
#include "clouds/adhocprofile.h"
#include "clouds/awsconfigimporter.h"
#include "clouds/botoimporter.h"
#include "clouds/connectiontester.h"
#include "clouds/credentialjob.h"
#include "clouds/credentialstore.h"
#include "clouds/environmentcredentials.h"
#include "clouds/eucarcimporter.h"
#include "clouds/profilestore.h"
#include "clouds/s3cfgimporter.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(profiles)
};

int fail(const QString &message, int status = 1)
{
    return printError(u"profiles"_s, message, status);
}

// The access key id is not a secret, but a listing has no need of all of it.
QString maskedKeyId(const QByteArray &keyId)
{
    return keyId.size() <= 4 ? u"****"_s : u"****"_s + QString::fromLatin1(keyId.right(4));
}

// The endpoints of the default region, placeholders filled in.
QString mainEndpoint(const CloudProfile &p)
{
    return (p.hasS3() ? p.s3Url() : p.ec2Url()).toString();
}

QString describe(const CloudProfile &p)
{
    QStringList lines;
    lines << Tr::tr("name:         %1").arg(p.name)
          << Tr::tr("provider:     %1").arg(cloudProviderName(p.provider));
    if (p.hasEc2())
        lines << Tr::tr("EC2:          %1 (%2, API %3)")
                     .arg(p.ec2Url().toString(),
                         signingAlgorithmName(p.ec2Signing.algorithm),
                         p.ec2ApiVersion);
    if (p.hasS3())
        lines << Tr::tr("S3:           %1 (%2, %3)")
                     .arg(p.s3Url().toString(),
                         signingAlgorithmName(p.s3Signing.algorithm),
                         bucketAddressingName(p.addressing));
    lines << Tr::tr("region:       %1 (%2 known)").arg(p.defaultRegion).arg(p.regions.size());
    lines << Tr::tr("TLS:          %1%2%3")
                 .arg(Tr::tr("system CAs"),
                     p.tls.caFile.isEmpty() ? QString() : Tr::tr(", CA %1").arg(p.tls.caFile),
                     p.tls.pinnedSha256.isEmpty() ? QString()
                                                  : Tr::tr(", pinned %1").arg(p.tls.pinnedSha256));
    lines << Tr::tr("credentials:  keychain entry %1").arg(p.credentialId);
    if (p.readOnly)
        lines << Tr::tr("read-only:    yes (nothing is uploaded, changed or deleted)");
    if (!p.source.isEmpty())
        lines << Tr::tr("imported from %1").arg(p.source);
    return lines.join(u'\n');
}

struct Context
{
    ProfileStore store;
    CredentialStore credentials;
    bool json = false;
};

int list(Context &c)
{
    if (c.json) {
        QJsonArray array;
        for (const CloudProfile &p : c.store.profiles())
            array.append(p.toJson());
        printLine(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    for (const CloudProfile &p : c.store.profiles())
        printLine(u"%1\t%2\t%3"_s.arg(p.name, cloudProviderName(p.provider), mainEndpoint(p)));
    return 0;
}

int show(Context &c, const QString &name)
{
    const CloudProfile *p = c.store.find(name);
    if (!p)
        return fail(Tr::tr("no profile named %1").arg(name));
    printLine(c.json ? QString::fromUtf8(QJsonDocument(p->toJson()).toJson(QJsonDocument::Indented)).trimmed()
                     : describe(*p));
    return 0;
}

// Stores the secrets first, then the profiles: a keychain failure leaves the profile list as it was.
int storeAll(Context &c, const QList<ImportedProfile> &profiles)
{
    bool memoryOnly = false;
    for (const ImportedProfile &imported : profiles) {
        if (!imported.credentials.isValid())
            continue;
        const CredentialResult r
            = runToEnd(c.credentials.write(imported.profile.credentialId, imported.credentials));
        if (!r.isOk())
            return fail(Tr::tr("%1: %2").arg(imported.profile.name, r.error.message()));
        memoryOnly = memoryOnly || r.storage == CredentialResult::Storage::Memory;
    }
    for (const ImportedProfile &imported : profiles) {
        const bool replaced = c.store.upsert(imported.profile);
        printLine((replaced ? Tr::tr("updated %1") : Tr::tr("added %1")).arg(imported.profile.name));
    }
    if (!c.store.save())
        return fail(c.store.errorString());
    if (memoryOnly) {
        return fail(
            Tr::tr("%1 skylight-cli ends now, so the secrets are lost: unlock the keychain and run this "
                   "again.")
                .arg(c.credentials.memoryOnlyReason()),
            3);
    }
    return 0;
}

int import(Context &c, const QStringList &args, bool dryRun, const QString &configFile)
{
    if (args.isEmpty())
        return fail(Tr::tr("import needs a source: aws, boto, eucarc or s3cfg"), 2);
    const QString kind = args.at(0);
    const QString file = args.value(1);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ImportResult result;
    if (kind == u"aws"_s) {
        AwsConfigImporter::Files files = AwsConfigImporter::locate(env);
        if (!file.isEmpty())
            files.credentialsPath = file;
        if (!configFile.isEmpty())
            files.configPath = configFile;
        result = AwsConfigImporter::importFiles(files);
    } else if (kind == u"boto"_s) {
        result = BotoImporter::importFiles(file.isEmpty() ? BotoImporter::locate(env) : QStringList {file});
    } else if (kind == u"eucarc"_s) {
        if (file.isEmpty())
            return fail(Tr::tr("import eucarc needs the eucarc file"), 2);
        result = EucarcImporter::importFile(file);
    } else if (kind == u"s3cfg"_s) {
        result = S3cfgImporter::importFile(file.isEmpty() ? S3cfgImporter::locate(env) : file);
    } else {
        return fail(Tr::tr("unknown import source '%1'").arg(kind), 2);
    }
    for (const QString &warning : std::as_const(result.warnings))
        std::fprintf(stderr, "warning: %s\n", qPrintable(warning));
    if (!result.isOk())
        return fail(result.error);
    for (const ImportedProfile &imported : std::as_const(result.profiles)) {
        printLine(Tr::tr("%1\t%2\t%3\t%4")
                      .arg(imported.profile.name,
                          cloudProviderName(imported.profile.provider),
                          mainEndpoint(imported.profile),
                          imported.credentials.isValid()
                              ? Tr::tr("key %1").arg(maskedKeyId(imported.credentials.accessKeyId()))
                              : Tr::tr("no key")));
    }
    if (dryRun)
        return 0;
    return storeAll(c, result.profiles);
}

int remove(Context &c, const QString &name)
{
    const CloudProfile *p = c.store.find(name);
    if (!p)
        return fail(Tr::tr("no profile named %1").arg(name));
    const QString credentialId = p->credentialId;
    c.store.remove(name);
    if (!c.store.save())
        return fail(c.store.errorString());
    if (!credentialId.isEmpty()) {
        const CredentialResult r = runToEnd(c.credentials.remove(credentialId));
        if (!r.isOk())
            return fail(Tr::tr("removed %1, but its keychain entry stays: %2").arg(name, r.error.message()));
    }
    printLine(Tr::tr("removed %1").arg(name));
    return 0;
}

// test: ListBuckets and DescribeRegions with the profile's keys; 0 when every service answered.
int test(Context &c, const QString &name)
{
    const CloudProfile *p = c.store.find(name);
    if (!p)
        return fail(Tr::tr("no profile named %1").arg(name));
    Credentials credentials;
    if (!p->credentialId.isEmpty()) {
        const CredentialResult r = runToEnd(c.credentials.read(p->credentialId));
        if (!r.isOk())
            return fail(Tr::tr("%1: %2").arg(name, r.error.message()));
        credentials = r.credentials;
    }
    HttpTransport transport;
    auto *tester = new ConnectionTester(&transport, *p, credentials);
    ConnectionTestResult result;
    QEventLoop loop;
    QObject::connect(tester, &ConnectionTester::finished, &loop, [&](const ConnectionTestResult &r) {
        result = r;
        loop.quit();
    });
    tester->start();
    loop.exec();
    for (const ServiceTestOutcome &outcome : std::as_const(result.outcomes)) {
        if (outcome.isOk())
            printLine(outcome.summary());
    }
    if (result.outcomes.isEmpty())
        return fail(Tr::tr("%1 has neither an S3 nor an EC2 endpoint").arg(name));
    if (const ServiceTestOutcome *failure = result.firstFailure())
        return fail(failure->summary());
    return 0;
}

// add: the fields a preset does not settle.
QList<QCommandLineOption> fieldOptions()
{
    return {
        {u"ec2-signing"_s, Tr::tr("add: EC2 signing: v4, v2 or v2-sha1."), u"NAME"_s},
        {u"s3-signing"_s, Tr::tr("add: S3 signing: v4-s3, s3-v1, goog-v1 or low (https only)."), u"NAME"_s},
        {u"addressing"_s, Tr::tr("add: bucket addressing: virtual-host, path or auto."), u"STYLE"_s},
        {u"ec2-api-version"_s, Tr::tr("add: the EC2 API Version to send."), u"DATE"_s},
        {u"ca-file"_s, Tr::tr("add: a PEM file of extra trusted CAs."), u"FILE"_s},
        {u"pin-sha256"_s, Tr::tr("add: trust the certificate with this SHA-256 fingerprint."), u"HEX"_s},
        {u"read-only"_s, Tr::tr("add: refuse every upload, delete and bucket change on this cloud.")},
    };
}

bool applyFieldOptions(const QCommandLineParser &p, CloudProfile &profile, QString *error)
{
    const auto signing = [&](const QString &option, SignerChoice &choice) {
        if (!p.isSet(option))
            return true;
        const auto algorithm = signingAlgorithmFromName(p.value(option));
        if (!algorithm) {
            *error = Tr::tr("unknown --%1 '%2'").arg(option, p.value(option));
            return false;
        }
        choice.algorithm = *algorithm;
        return true;
    };
    if (!signing(u"ec2-signing"_s, profile.ec2Signing) || !signing(u"s3-signing"_s, profile.s3Signing))
        return false;
    if (p.isSet(u"addressing"_s)) {
        const auto addressing = bucketAddressingFromName(p.value(u"addressing"_s));
        if (!addressing) {
            *error = Tr::tr("unknown --addressing '%1'").arg(p.value(u"addressing"_s));
            return false;
        }
        profile.addressing = *addressing;
    }
    if (p.isSet(u"ec2-api-version"_s))
        profile.ec2ApiVersion = p.value(u"ec2-api-version"_s);
    if (p.isSet(u"ca-file"_s))
        profile.tls.caFile = p.value(u"ca-file"_s);
    if (p.isSet(u"pin-sha256"_s))
        profile.tls.pinnedSha256 = p.value(u"pin-sha256"_s);
    profile.readOnly = p.isSet(u"read-only"_s);
    return true;
}

} // namespace

int runProfilesCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Lists, shows, adds, imports, tests and removes cloud profiles. Secrets go "
               "to the OS keychain, never to the profile file."));
    p.addHelpOption();
    p.addPositionalArgument(
        u"action"_s, Tr::tr("list, show NAME, add NAME, import SOURCE [FILE], test NAME, remove NAME"));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print JSON."));
    const QCommandLineOption dryRun(
        u"dry-run"_s, Tr::tr("import: show what would be imported, store nothing."));
    const QCommandLineOption config(u"config"_s, Tr::tr("import aws: the config file."), u"FILE"_s);
    const QCommandLineOption provider(u"provider"_s,
        Tr::tr("add: aws, eucalyptus, gcs, internet-archive, s3-compatible or sandbox."),
        u"NAME"_s);
    const QCommandLineOption endpoint(u"endpoint-url"_s,
        Tr::tr("add: the endpoint (S3 and EC2 for the sandbox, the host for Eucalyptus)."),
        u"URL"_s);
    const QCommandLineOption region(u"region"_s, Tr::tr("add: the default region."), u"REGION"_s);
    const QCommandLineOption withKey(u"key-from-env"_s,
        Tr::tr("add: store AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment as this profile's "
               "keys."));
    const QCommandLineOption timeout(
        u"keychain-timeout"_s, Tr::tr("Milliseconds to wait for the keychain (default 5000)."), u"MS"_s);
    p.addOptions({json, dryRun, config, provider, endpoint, region, withKey, timeout});
    p.addOptions(fieldOptions());
    if (const auto done = parseCommandLine(p, u"profiles"_s, arguments))
        return *done;
    QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return fail(Tr::tr("an action is needed: list, show, add, import, test or remove"), 2);
    const QString action = positional.takeFirst();

    Context c;
    c.json = p.isSet(json);
    if (p.isSet(timeout))
        c.credentials.setWatchdogMs(p.value(timeout).toInt());
    if (!c.store.load())
        return fail(c.store.errorString());

    if (action == u"list"_s)
        return list(c);
    if (action == u"show"_s && positional.size() == 1)
        return show(c, positional.first());
    if (action == u"test"_s && positional.size() == 1)
        return test(c, positional.first());
    if (action == u"remove"_s && positional.size() == 1)
        return remove(c, positional.first());
    if (action == u"import"_s)
        return import(c, positional, p.isSet(dryRun), p.value(config));
    if (action == u"add"_s && positional.size() == 1) {
        const auto kind = cloudProviderFromName(p.value(provider));
        if (!kind)
            return fail(
                Tr::tr("add needs --provider aws|eucalyptus|gcs|internet-archive|s3-compatible|sandbox"), 2);
        QString error;
        const auto made = AdHocProfile::make(*kind, p.value(endpoint), p.value(region), &error);
        if (!made)
            return fail(error, 2);
        CloudProfile profile = *made;
        profile.name = positional.first();
        // A cloud added without keys has no keychain entry: it opens anonymously, read-only.
        if (p.isSet(withKey))
            profile.credentialId = profile.name;
        if (!applyFieldOptions(p, profile, &error))
            return fail(error, 2);
        if (!profile.problems().isEmpty())
            return fail(profile.problems().join(u' '), 2);
        ImportedProfile added {profile, {}};
        if (p.isSet(withKey)) {
            const EnvironmentCredentials env = EnvironmentCredentials::read();
            if (!env.hasKeys())
                return fail(env.problem().isEmpty()
                        ? Tr::tr("--key-from-env: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set")
                        : env.problem(),
                    2);
            added.credentials = env.credentials();
        }
        return storeAll(c, {added});
    }
    return fail(Tr::tr("unknown or incomplete action '%1'").arg(action), 2);
}

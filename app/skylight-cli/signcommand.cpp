// SPDX-License-Identifier: GPL-3.0-or-later
#include "signcommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include "auth/credentials.h"
#include "auth/signer.h"
#include "auth/signerfactory.h"
#include "transport/rawhttprequest.h"

namespace {

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "skylight-cli sign: %s\n", qPrintable(message));
    return 2;
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(text, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (t.isValid())
        t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

int runSignCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("sign",
        "Signs a raw HTTP/1.1 request and prints the canonical request, the string to sign, the "
        "signature or the signed request, byte for byte."));
    p.addHelpOption();
    const auto opt = [&p](const char *name, const char *description, const char *value = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QCoreApplication::translate("sign", description));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        p.addOption(o);
        return o;
    };
    const auto request = opt("request",
        QT_TRANSLATE_NOOP("sign", "The raw HTTP request to sign ('-' for standard input)."),
        "FILE");
    const auto accessKey = opt("access-key", QT_TRANSLATE_NOOP("sign", "The access key id."), "KEY");
    const auto secretKey = opt("secret-key",
        QT_TRANSLATE_NOOP("sign",
            "The secret key (visible to every user in the process list: prefer AWS_SECRET_ACCESS_KEY in the "
            "environment)."),
        "SECRET");
    const auto token = opt("session-token",
        QT_TRANSLATE_NOOP("sign", "A session token (or AWS_SESSION_TOKEN in the environment)."),
        "TOKEN");
    const auto region
        = opt("region", QT_TRANSLATE_NOOP("sign", "The region in the credential scope."), "REGION");
    const auto service = opt(
        "service", QT_TRANSLATE_NOOP("sign", "The service name in the credential scope (s3, ec2…)."), "NAME");
    const auto time = opt("time",
        QT_TRANSLATE_NOOP("sign", "The signing time: 2015-08-30T12:36:00Z or 20150830T123600Z."),
        "TIME");
    const auto algorithm = opt("algorithm",
        QT_TRANSLATE_NOOP("sign", "v4 (default), v4-s3, v2, v2-sha1, s3-v1, goog-v1 or low."),
        "NAME");
    const auto mode
        = opt("mode", QT_TRANSLATE_NOOP("sign", "header (default) or query (presigned)."), "MODE");
    const auto expires = opt("expires",
        QT_TRANSLATE_NOOP("sign", "Seconds a presigned request stays valid (default 3600)."),
        "SECONDS");
    const auto noNormalize
        = opt("no-normalize", QT_TRANSLATE_NOOP("sign", "SigV4 generic rules: do not normalise the path."));
    const auto signBody = opt(
        "sign-body", QT_TRANSLATE_NOOP("sign", "SigV4 generic rules: add and sign x-amz-content-sha256."));
    const auto unsignedPayload
        = opt("unsigned-payload", QT_TRANSLATE_NOOP("sign", "SigV4 S3 rules: sign UNSIGNED-PAYLOAD."));
    const auto hostNoPort = opt(
        "v2-host-without-port", QT_TRANSLATE_NOOP("sign", "Query SigV2: sign the host without its port."));
    const auto scheme = opt("scheme", QT_TRANSLATE_NOOP("sign", "https (default) or http."), "SCHEME");
    const auto print = opt("print",
        QT_TRANSLATE_NOOP(
            "sign", "canonical-request, string-to-sign, signature, signed-request or all (default)."),
        "PART");
    QStringList args = arguments;
    args.prepend(QStringLiteral("skylight-cli sign"));
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        writeOut(p.helpText().toUtf8());
        return 0;
    }
    for (const QCommandLineOption &required : {request, accessKey, time}) {
        if (!p.isSet(required))
            return fail(
                QCoreApplication::translate("sign", "--%1 is required").arg(required.names().constFirst()));
    }
    // The secret from the environment, where other users cannot read it; on the command line only
    // for the published test vectors, with a warning.
    const QByteArray secret
        = p.isSet(secretKey) ? p.value(secretKey).toUtf8() : qgetenv("AWS_SECRET_ACCESS_KEY");
    if (secret.isEmpty())
        return fail(QCoreApplication::translate("sign", "the secret key is required: AWS_SECRET_ACCESS_KEY"));
    if (p.isSet(secretKey))
        std::fprintf(stderr,
            "skylight-cli sign: %s\n",
            qPrintable(QCoreApplication::translate("sign",
                "warning: --secret-key shows the secret in the process list; use AWS_SECRET_ACCESS_KEY")));
    const QByteArray sessionToken = p.isSet(token) ? p.value(token).toUtf8() : qgetenv("AWS_SESSION_TOKEN");

    QFile file;
    const QString path = p.value(request);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(QCoreApplication::translate("sign", "cannot read %1: %2").arg(path, file.errorString()));
    QString error;
    const QByteArray schemeName = p.isSet(scheme) ? p.value(scheme).toLatin1() : QByteArrayLiteral("https");
    auto parsed = RawHttpRequest::parse(file.readAll(), schemeName, &error);
    if (!parsed)
        return fail(error);

    SignerChoice choice;
    const QString algorithmName = p.isSet(algorithm) ? p.value(algorithm) : QStringLiteral("v4");
    const auto chosen = signingAlgorithmFromName(algorithmName);
    if (!chosen)
        return fail(QCoreApplication::translate("sign", "unknown algorithm %1").arg(algorithmName));
    choice.algorithm = *chosen;
    const QString modeName = p.isSet(mode) ? p.value(mode) : QStringLiteral("header");
    if (modeName != QLatin1String("header") && modeName != QLatin1String("query"))
        return fail(QCoreApplication::translate("sign", "--mode is header or query"));
    choice.presign = modeName == QLatin1String("query");
    choice.normalizePath = !p.isSet(noNormalize);
    choice.signBody = p.isSet(signBody);
    choice.unsignedPayload = p.isSet(unsignedPayload);
    choice.v2HostWithPort = !p.isSet(hostNoPort);

    SigningParams params;
    params.time = parseTime(p.value(time));
    if (!params.time.isValid())
        return fail(QCoreApplication::translate("sign", "cannot read the time %1").arg(p.value(time)));
    params.region = p.value(region);
    params.service = p.value(service);
    if (p.isSet(expires)) {
        bool ok = false;
        params.expiresSeconds = p.value(expires).toLongLong(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("sign", "--expires takes a number of seconds"));
    }
    const Credentials credentials(p.value(accessKey).toUtf8(), secret, sessionToken);

    const auto signer = makeSigner(choice);
    SigningTrace trace;
    HttpRequest signedRequest = *parsed;
    const QString problem = signer->sign(signedRequest, credentials, params, &trace);
    if (!problem.isEmpty())
        return fail(problem);

    const QString part = p.isSet(print) ? p.value(print) : QStringLiteral("all");
    if (part == QLatin1String("canonical-request"))
        writeOut(trace.canonicalRequest);
    else if (part == QLatin1String("string-to-sign"))
        writeOut(trace.stringToSign);
    else if (part == QLatin1String("signature"))
        writeOut(trace.signature);
    else if (part == QLatin1String("signed-request"))
        writeOut(RawHttpRequest::serialize(signedRequest));
    else if (part == QLatin1String("all"))
        writeOut("== canonical request ==\n" + trace.canonicalRequest + "\n== string to sign ==\n"
            + trace.stringToSign + "\n== signature ==\n" + trace.signature + "\n== signed request ==\n"
            + RawHttpRequest::serialize(signedRequest) + '\n');
    else
        return fail(QCoreApplication::translate("sign", "unknown --print part %1").arg(part));
    return 0;
}

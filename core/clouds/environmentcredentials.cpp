// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/environmentcredentials.h"

using namespace Qt::StringLiterals;

namespace {

QString first(const QProcessEnvironment &env, std::initializer_list<QString> names)
{
    for (const QString &name : names) {
        const QString value = env.value(name);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

EnvironmentCredentials EnvironmentCredentials::read()
{
    QByteArray token = qgetenv("AWS_SESSION_TOKEN");
    if (token.isEmpty())
        token = qgetenv("AWS_SECURITY_TOKEN");
    // Only the settings, not the whole environment: the keys never pass through a QString.
    QProcessEnvironment settings;
    for (const QString &name : {u"AWS_PROFILE"_s,
             u"AWS_DEFAULT_PROFILE"_s,
             u"AWS_REGION"_s,
             u"AWS_DEFAULT_REGION"_s,
             u"AWS_ENDPOINT_URL"_s,
             u"AWS_ENDPOINT_URL_S3"_s,
             u"AWS_ENDPOINT_URL_EC2"_s}) {
        if (qEnvironmentVariableIsSet(name.toLatin1().constData()))
            settings.insert(name, qEnvironmentVariable(name.toLatin1().constData()));
    }
    return read(settings, qgetenv("AWS_ACCESS_KEY_ID"), qgetenv("AWS_SECRET_ACCESS_KEY"), token);
}

EnvironmentCredentials EnvironmentCredentials::read(const QProcessEnvironment &env)
{
    return read(env,
        env.value(u"AWS_ACCESS_KEY_ID"_s).toUtf8(),
        env.value(u"AWS_SECRET_ACCESS_KEY"_s).toUtf8(),
        first(env, {u"AWS_SESSION_TOKEN"_s, u"AWS_SECURITY_TOKEN"_s}).toUtf8());
}

EnvironmentCredentials EnvironmentCredentials::read(
    const QProcessEnvironment &env, QByteArray keyId, QByteArray secret, QByteArray token)
{
    EnvironmentCredentials out;
    if (!keyId.isEmpty() && !secret.isEmpty()) {
        out.m_credentials = Credentials(std::move(keyId), std::move(secret), std::move(token));
    } else if (!keyId.isEmpty() || !secret.isEmpty()) {
        out.m_problem = keyId.isEmpty() ? tr("AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not")
                                        : tr("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not");
    }
    out.m_profile = first(env, {u"AWS_PROFILE"_s, u"AWS_DEFAULT_PROFILE"_s});
    out.m_region = first(env, {u"AWS_REGION"_s, u"AWS_DEFAULT_REGION"_s});
    out.m_endpoint = env.value(u"AWS_ENDPOINT_URL"_s);
    out.m_s3Endpoint = env.value(u"AWS_ENDPOINT_URL_S3"_s);
    out.m_ec2Endpoint = env.value(u"AWS_ENDPOINT_URL_EC2"_s);
    return out;
}

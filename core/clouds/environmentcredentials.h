// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include "auth/credentials.h"

// What the AWS environment variables say, read as the AWS CLI and SDKs read them: static keys from
// AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN, or the older AWS_SECURITY_TOKEN)
// win over any profile; otherwise AWS_PROFILE (or AWS_DEFAULT_PROFILE) names the profile to use.
// AWS_ENDPOINT_URL applies to every service, AWS_ENDPOINT_URL_S3 / _EC2 to one. AWS_REGION, then
// AWS_DEFAULT_REGION, give the region.
class EnvironmentCredentials
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentCredentials)
public:
    // The process's own environment: the keys are read as bytes (qgetenv), never as a QString.
    static EnvironmentCredentials read();
    // A given environment (tests, child processes).
    static EnvironmentCredentials read(const QProcessEnvironment &env);

    bool hasKeys() const { return m_credentials.isValid(); }
    const Credentials &credentials() const { return m_credentials; }
    const QString &profileName() const { return m_profile; }
    const QString &region() const { return m_region; }
    QString s3EndpointUrl() const { return m_s3Endpoint.isEmpty() ? m_endpoint : m_s3Endpoint; }
    QString ec2EndpointUrl() const { return m_ec2Endpoint.isEmpty() ? m_endpoint : m_ec2Endpoint; }
    // Set when only one of the key pair is present (botocore's PartialCredentialsError); never
    // contains a key.
    const QString &problem() const { return m_problem; }

private:
    static EnvironmentCredentials read(
        const QProcessEnvironment &env, QByteArray keyId, QByteArray secret, QByteArray token);

    Credentials m_credentials;
    QString m_profile;
    QString m_region;
    QString m_endpoint;
    QString m_s3Endpoint;
    QString m_ec2Endpoint;
    QString m_problem;
};

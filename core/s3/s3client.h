// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>

#include "auth/credentials.h"
#include "clouds/cloudprofile.h"
#include "transport/endpoint.h"
#include "transport/httprequest.h"

class HttpTransport;
class ListBucketsJob;
class ListObjectsJob;
class Signer;
struct ListObjectsRequest;

// The S3 side of one cloud: builds each request for the profile's endpoint, addressing and signing,
// and hands out jobs. Jobs report once through finished() and delete themselves.
class S3Client final : public QObject
{
    Q_OBJECT
public:
    S3Client(
        HttpTransport *transport, CloudProfile profile, Credentials credentials, QObject *parent = nullptr);
    ~S3Client() override;

    ListBucketsJob *listBuckets();
    ListObjectsJob *listObjects(const ListObjectsRequest &request);

    // For jobs: an unsigned request for bucket and key, and how to send it.
    HttpRequest request(const QByteArray &method, const QString &bucket, const QString &key = {}) const;
    SendOptions sendOptions(const QString &bucket) const;
    QString regionFor(const QString &bucket) const;
    HttpTransport *transport() const { return m_transport; }
    const CloudProfile &profile() const { return m_profile; }

private:
    HttpTransport *m_transport;
    CloudProfile m_profile;
    Credentials m_credentials;
    std::unique_ptr<Signer> m_signer;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "auth/credentials.h"
#include "auth/hmacv1signer.h"
#include "auth/sigv4signer.h"
#include "clouds/cloudprofile.h"
#include "sandboxfixture.h"
#include "transport/endpoint.h"
#include "transport/httprequest.h"
#include "transport/httpresponse.h"

class HttpTransport;

// The S3 server a shared suite runs against, chosen by the environment: with S3_TARGET=rgw it is the
// Ceph RADOS Gateway that the `rgw` CTest fixture started (endpoint, keys, website host and log read
// from the file named by RGW_PEER_ENV, written by tests/peers/rgw.sh); with S3_TARGET=s3rver the
// s3rver that the `s3rver` fixture started (S3RVER_PEER_ENV, tests/peers/s3rver.sh); otherwise an
// in-process sandbox on 127.0.0.1:0. Either way requests go over real HTTP through HttpTransport and the real
// signers, path-style to 127.0.0.1:PORT unless a test asks for virtual-host addressing.
class S3Target
{
public:
    using Addressing = SandboxFixture::Addressing;

    S3Target();
    ~S3Target();

    bool start(QString *why); // QVERIFY2(target.start(&why), qPrintable(why)); never skips
    bool isRgw() const { return m_server == Server::Rgw; }
    bool isS3rver() const { return m_server == Server::S3rver; }
    QString name() const; // "sandbox", "radosgw" or "s3rver", for messages

    quint16 port() const { return m_port; }
    Credentials credentials() const;
    // A bucket name unique to this process, so reruns against one radosgw never collide.
    QString bucket(const QString &stem) const;
    // The profile a user would make for this server (sandbox preset, or "S3-compatible").
    CloudProfile profile() const;

    HttpRequest request(const QByteArray &method,
        const QString &bucket,
        const QString &key = {},
        Addressing addressing = Addressing::PathStyle) const;
    // BUCKET.localhost: both servers take the bucket from a Host under "localhost".
    QByteArray virtualHost(const QString &bucket) const;
    SendOptions options(const Signer *signer, const QString &region = QStringLiteral("us-east-1")) const;
    HttpResponse send(HttpRequest request, SendOptions options);
    HttpResponse send(HttpRequest request) { return send(std::move(request), options(&sigV4)); }
    HttpResponse sendObject(HttpRequest request); // SigV4, body taken as object data
    HttpResponse anonymous(HttpRequest request);  // unsigned, body taken as object data
    // Signs `request` at `time` (default: now) and sends it over a plain socket, so nothing corrects
    // the clock or rewrites the path; signer null: sent as it is.
    HttpResponse sendRaw(HttpRequest request,
        const Signer *signer,
        const QString &region = QStringLiteral("us-east-1"),
        const QDateTime &time = {});
    HttpResponse putSubresource(const QString &bucket,
        const QByteArray &subresource,
        const QByteArray &body,
        const QString &key = {});
    HttpResponse sendSubresource(const QByteArray &method,
        const QString &bucket,
        const QByteArray &subresource,
        const QString &key = {});
    // Creates the bucket (optionally with a canned ACL); false with a warning on failure.
    bool createBucket(const QString &bucket, const QByteArray &acl = {});
    bool putObject(
        const QString &bucket, const QString &key, const QByteArray &body, const QByteArray &acl = {});
    // `count` objects PREFIXkey-000000… over HTTP, each holding its own key.
    bool createObjects(const QString &bucket, int count, const QString &prefix = {});

    // The website endpoint: sandbox on its own port with Host BUCKET.s3-website.us-east-1.localhost,
    // radosgw on its S3 port with Host BUCKET.s3-website.localhost (rgw dns s3website name), s3rver
    // on its S3 port with Host BUCKET.s3-website-us-east-1.localhost (--service-endpoint). Anonymous,
    // redirects not followed; byHost false: path-style (/BUCKET/…) on the website host.
    HttpResponse website(
        const QByteArray &method, const QString &bucket, const QByteArray &path, bool byHost = true);
    QByteArray websiteHostHeader(const QString &bucket) const; // with ":PORT"; bucket empty: the bare domain
    quint16 websitePort() const { return m_websitePort; }

    // radosgw's access log lines for one request line ("PUT /b/k HTTP/1.1") answered `status`;
    // -1 for the sandbox, which keeps no log.
    int rgwLogLines(const QByteArray &requestLine, int status) const;

    // What s3rver does with a key. It keeps each object as files under its data folder,
    // DATA/BUCKET/SEGMENT/…/LAST._S3rver_object, so the file system decides, not S3's rules:
    enum class S3rverKeyFate
    {
        Kept,             // stored and listed as sent
        Refused,          // an empty segment ("/x", "a//b", "d///"): its router answers 404 Not Found
        Renamed,          // a "." or ".." segment before the last: stored and listed as the normalised path
        OutsideTheBucket, // ".." climbs out of DATA/BUCKET: stored beside it, read back, never listed
        KillsTheServer,   // a segment too long for a file name: ENAMETOOLONG, and the process exits
    };
    // `listedAs`: the key a listing shows for Kept and Renamed keys.
    static S3rverKeyFate s3rverKeyFate(const QString &key, QString *listedAs = nullptr);

    HttpTransport &transport() { return *m_transport; }
    SigV4Signer sigV4;
    SigV4Signer sigV4Presigned;
    HmacV1Signer hmacV1;
    HmacV1Signer hmacV1Presigned;

private:
    enum class Server
    {
        Sandbox,
        Rgw,
        S3rver
    };
    // The file a peer script wrote (KEY=VALUE lines, keys starting with `prefix`), named by `variable`.
    bool usePeer(const char *variable, const QByteArray &prefix, QString *why);

    Server m_server = Server::Sandbox;
    quint16 m_port = 0;
    quint16 m_websitePort = 0;
    QByteArray m_accessKey;
    QByteArray m_secretKey;
    QByteArray m_websiteDomain; // "s3-website.localhost" or "s3-website.us-east-1.localhost"
    QString m_logPath;
    QString m_suffix;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<HttpTransport> m_transport;
};

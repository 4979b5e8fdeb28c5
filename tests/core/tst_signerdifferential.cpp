// SPDX-License-Identifier: GPL-3.0-or-later
// Differential test against botocore (Debian's python3-botocore, run by /usr/bin/python3 through
// tests/peers/botocore_sign.py): thousands of seeded random requests signed by both, every
// canonical request, string to sign and signature compared byte for byte.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include "auth/credentials.h"
#include "auth/hmacv1signer.h"
#include "auth/sigv2querysigner.h"
#include "auth/sigv4signer.h"
#include "auth/uriencode.h"
#include "hostilekeys.h"
#include "testdata.h"
#include "transport/httprequest.h"

using namespace Qt::StringLiterals;

namespace {

// botocore's signer classes, and how ours is set up to match each.
enum class Kind
{
    V4,
    V4S3,
    V4Query,
    V4S3Query,
    V2,
    V2Sha1,
    V1,
    V1Query,
    Count
};

const char *botocoreName(Kind k)
{
    switch (k) {
    case Kind::V4:
        return "SigV4Auth";
    case Kind::V4S3:
        return "S3SigV4Auth";
    case Kind::V4Query:
        return "SigV4QueryAuth";
    case Kind::V4S3Query:
        return "S3SigV4QueryAuth";
    case Kind::V2:
        return "SigV2Auth";
    case Kind::V2Sha1:
        return "SigV2AuthSHA1";
    case Kind::V1:
        return "HmacV1Auth";
    case Kind::V1Query:
        return "HmacV1QueryAuth";
    case Kind::Count:
        break;
    }
    return "";
}

bool isS3(Kind k)
{
    return k == Kind::V4S3 || k == Kind::V4S3Query || k == Kind::V1 || k == Kind::V1Query;
}

struct Case
{
    Kind kind;
    HttpRequest request;
    Credentials credentials;
    SigningParams params;
    bool unsignedPayload = false;
    QString s3Key;
    QByteArray s3Prefix;
    bool hasKey = false;
    QJsonObject json;
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {}

    int below(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

    QString word()
    {
        static const QStringList words = {u"a"_s,
            u"photos"_s,
            u"Key"_s,
            u"x y"_s,
            u"a+b"_s,
            u"100%"_s,
            u"%41"_s,
            u"~tilde"_s,
            u"caf\u00e9"_s,
            u"\u6f22\u5b57"_s,
            u"\U0001F600"_s,
            u"a=b"_s,
            u"a&b"_s,
            u"semi;colon"_s,
            u"sl/ash"_s,
            u"q?"_s,
            u"hash#"_s,
            u"-_.~"_s,
            u"UPPER"_s,
            u"\u00a0nbsp"_s,
            u"'quote'"_s,
            u"*star*"_s,
            u"(p)"_s,
            u"!"_s};
        QString w = pick(words);
        if (chance(30))
            w += QString::number(below(1000));
        return w;
    }

    // A header value: ASCII, with inner runs of spaces; folded lines only where both sides unfold.
    QByteArray headerValue(bool folds)
    {
        static const QList<QByteArray> parts = {"value",
            "a  b",
            "  padded  ",
            "\"quoted   string\"",
            "x,y",
            "text/plain; charset=utf-8",
            "bytes=0-9",
            "123",
            "=+/%"};
        QByteArray v = pick(parts);
        if (chance(40))
            v += ' ' + pick(parts);
        if (folds && chance(15))
            v += pick(QList<QByteArray> {"\r\n  folded", "\n\tfolded  again"});
        return v;
    }

    Case make(Kind kind, int id)
    {
        Case c;
        c.kind = kind;
        HttpRequest &r = c.request;
        const bool s3 = isS3(kind);
        const bool query = kind == Kind::V4Query || kind == Kind::V4S3Query || kind == Kind::V1Query;
        const bool v2 = kind == Kind::V2 || kind == Kind::V2Sha1;
        const bool v1 = kind == Kind::V1 || kind == Kind::V1Query;

        r.scheme = chance(70) ? "https" : "http";
        static const QList<QByteArray> hosts = {"examplebucket.s3.amazonaws.com",
            "s3.eu-west-1.amazonaws.com",
            "EC2.US-EAST-1.amazonaws.com",
            "127.0.0.1",
            "cloud.example.org",
            "objects.example.com"};
        r.host = pick(hosts);
        if (v2) // AWS's rule is the lower-cased Host; botocore signs the host as given
            r.host = r.host.toLower();
        if (chance(30))
            r.port = pick(QList<int> {8773, 9000, 8080, 4443});
        static const QList<QByteArray> methods = {"GET", "PUT", "POST", "DELETE", "HEAD"};
        r.method = v2 ? (chance(50) ? QByteArray("GET") : QByteArray("POST")) : pick(methods);
        const bool forceForm = v2 && r.method == "POST"; // SigV2 signs a POST's form, never a raw body

        if (s3) {
            c.hasKey = true;
            c.s3Key = chance(60) ? pick(hostileKeys()) : word() + u'/' + word();
            c.s3Prefix = chance(50) ? QByteArray("/bucket.name") : QByteArray();
            r.path = c.s3Prefix + UriEncode::s3KeyPath(c.s3Key);
            if (v1)
                r.resourcePath = c.s3Prefix.isEmpty() ? "/examplebucket" + r.path : r.path;
        } else if (v2) {
            r.path = pick(QList<QByteArray> {"/", "/services/Eucalyptus/", "/services/compute", ""});
        } else {
            static const QList<QByteArray> segments
                = {"a", "b%20c", ".", "..", "", "%E1%88%B4", "x~y", "A-Z", "%2F", "%25", "sp%20ace"};
            QByteArray path;
            const int n = below(5);
            for (int i = 0; i < n; ++i)
                path += '/' + pick(segments);
            if (path.isEmpty() || chance(30))
                path += '/';
            r.path = path;
        }

        // Query: repeats and bare names only where botocore keeps them.
        const int nq = below(v2 ? 6 : 5);
        QSet<QByteArray> used;
        static const QStringList subresources = {u"acl"_s,
            u"uploads"_s,
            u"uploadId"_s,
            u"partNumber"_s,
            u"versionId"_s,
            u"website"_s,
            u"tagging"_s,
            u"location"_s,
            u"delete"_s,
            u"policy"_s,
            u"response-content-type"_s};
        for (int i = 0; i < nq; ++i) {
            QByteArray name = (v1 && chance(60) ? pick(subresources) : word()).toUtf8();
            if ((query || v2 || v1) && used.contains(name))
                continue;
            used.insert(name);
            if (v2
                && (name == "Signature" || name == "AWSAccessKeyId" || name == "Timestamp"
                    || name == "SignatureVersion" || name == "SignatureMethod" || name == "SecurityToken"))
                continue;
            if (!v2 && !query && !v1 && chance(15)) { // repeated name, kept by SigV4 header signing
                r.addQuery(name, word().toUtf8());
            }
            if (v1 && chance(30))
                r.addBareQuery(name);
            else
                r.addQuery(name, chance(20) ? QByteArray() : word().toUtf8());
        }

        // Headers.
        const bool folds = !v1 && !v2;
        static const QList<QByteArray> names = {"X-Amz-Meta-Color",
            "x-amz-meta-note",
            "Content-Type",
            "Range",
            "If-None-Match",
            "X-Amz-Storage-Class",
            "Cache-Control",
            "User-Agent",
            "Content-MD5",
            "x-amz-acl"};
        const int nh = below(5);
        QSet<QByteArray> headerNames;
        for (int i = 0; i < nh; ++i) {
            const QByteArray name = pick(names);
            const QByteArray lower = name.toLower();
            if (v1 && headerNames.contains(lower) && (lower == "content-type" || lower == "content-md5"))
                continue;
            if ((kind == Kind::V1Query || query) && headerNames.contains(lower))
                continue; // presigned forms keep one value per name
            headerNames.insert(lower);
            r.addHeader(name, headerValue(folds));
        }

        // Body: raw bytes, or an EC2-style form.
        if (!query && !v1 && (r.method == "PUT" || r.method == "POST") && chance(60)) {
            QByteArray body;
            const int len = below(200);
            for (int i = 0; i < len; ++i)
                body.append(char(below(256)));
            r.body = body;
        }
        if (forceForm || ((kind == Kind::V4 || kind == Kind::V4Query) && r.method == "POST" && chance(70))) {
            r.body.clear();
            r.isForm = true;
            r.addForm("Action", "DescribeInstances");
            r.addForm("Version", "2016-11-15");
            const int nf = below(4);
            for (int i = 0; i < nf; ++i)
                r.addForm("Filter." + QByteArray::number(i + 1) + ".Value.1", word().toUtf8());
            if (!v2) {
                r.removeHeader("Content-Type");
                r.addHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
            }
            if (v2) {
                r.query.clear(); // botocore signs the form, not the URL query, for a POST
            }
        }
        if (v2 && r.method == "GET")
            r.body.clear();

        const QByteArray token = chance(25) ? QByteArray("FQoGZXIvYXdzE+token/with=chars") : QByteArray();
        c.credentials = Credentials(chance(50) ? "AKIDEXAMPLE" : "AKIAIOSFODNN7EXAMPLE",
            chance(50) ? "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" : "s3cr3t+/=k\xc3\xa9y",
            token);
        c.params.time = QDateTime(QDate(2010 + below(15), 1 + below(12), 1 + below(28)),
            QTime(below(24), below(60), below(60)),
            QTimeZone::utc());
        c.params.region
            = pick(QStringList {u"us-east-1"_s, u"eu-west-1"_s, u"cn-north-1"_s, u"eucalyptus"_s});
        c.params.service = s3 ? u"s3"_s : pick(QStringList {u"ec2"_s, u"service"_s, u"sts"_s});
        c.params.expiresSeconds = pick(QList<qint64> {1, 60, 3600, 86400, 604800});
        c.unsignedPayload = kind == Kind::V4S3 && r.scheme == "https" && chance(20);

        // The same request as botocore will see it.
        QJsonObject o;
        o[u"id"_s] = id;
        o[u"signer"_s] = QString::fromLatin1(botocoreName(kind));
        o[u"method"_s] = QString::fromLatin1(r.method);
        o[u"scheme"_s] = QString::fromLatin1(r.scheme);
        o[u"host"_s] = QString::fromLatin1(r.host);
        o[u"port"_s] = r.port > 0 ? QJsonValue(r.port) : QJsonValue(QJsonValue::Null);
        o[u"path"_s] = QString::fromLatin1(r.path);
        QJsonArray q;
        for (const QueryItem &item : r.query)
            q.append(QJsonArray {QString::fromUtf8(item.name),
                item.hasValue ? QJsonValue(QString::fromUtf8(item.value)) : QJsonValue()});
        o[u"query"_s] = q;
        QJsonArray h;
        for (const HttpHeader &header : r.headers)
            h.append(QJsonArray {QString::fromLatin1(header.name), QString::fromLatin1(header.value)});
        o[u"headers"_s] = h;
        o[u"body_b64"_s] = QString::fromLatin1(r.body.toBase64());
        if (r.isForm) {
            QJsonArray f;
            for (const QueryItem &item : r.form)
                f.append(QJsonArray {QString::fromUtf8(item.name), QString::fromUtf8(item.value)});
            o[u"form"_s] = f;
        } else {
            o[u"form"_s] = QJsonValue();
        }
        o[u"access_key"_s] = QString::fromUtf8(c.credentials.accessKeyId());
        o[u"secret_key"_s] = QString::fromUtf8(c.credentials.secretKey().toByteArray());
        o[u"token"_s] = token.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(token));
        o[u"region"_s] = c.params.region;
        o[u"service"_s] = c.params.service;
        o[u"time"_s] = QString::fromLatin1(SigningTime::isoSeconds(c.params.time));
        o[u"expires"_s] = c.params.expiresSeconds;
        o[u"auth_path"_s]
            = r.resourcePath.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(r.resourcePath));
        o[u"unsigned_payload"_s] = c.unsignedPayload;
        if (c.hasKey) {
            o[u"s3_key"_s] = c.s3Key;
            o[u"s3_path_prefix"_s] = QString::fromLatin1(c.s3Prefix);
        }
        c.json = o;
        return c;
    }

private:
    QRandomGenerator m_rng;
};

std::unique_ptr<Signer> ourSigner(const Case &c)
{
    switch (c.kind) {
    case Kind::V4:
    case Kind::V4S3:
    case Kind::V4Query:
    case Kind::V4S3Query: {
        SigV4Signer::Options o;
        o.rules = (c.kind == Kind::V4S3 || c.kind == Kind::V4S3Query) ? SigV4Signer::Rules::S3
                                                                      : SigV4Signer::Rules::Generic;
        o.mode = (c.kind == Kind::V4Query || c.kind == Kind::V4S3Query) ? SigV4Signer::Mode::Query
                                                                        : SigV4Signer::Mode::Header;
        o.unsignedPayload = c.unsignedPayload;
        return std::make_unique<SigV4Signer>(o);
    }
    case Kind::V2:
    case Kind::V2Sha1: {
        SigV2QuerySigner::Options o;
        o.algorithm = c.kind == Kind::V2Sha1 ? SigV2QuerySigner::Algorithm::HmacSHA1
                                             : SigV2QuerySigner::Algorithm::HmacSHA256;
        return std::make_unique<SigV2QuerySigner>(o);
    }
    case Kind::V1:
    case Kind::V1Query: {
        HmacV1Signer::Options o;
        o.mode = c.kind == Kind::V1Query ? HmacV1Signer::Mode::Query : HmacV1Signer::Mode::Header;
        return std::make_unique<HmacV1Signer>(o);
    }
    case Kind::Count:
        break;
    }
    return nullptr;
}

} // namespace

class TestSignerDifferential : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesBotocore();
};

void TestSignerDifferential::matchesBotocore()
{
    const int perKind = qEnvironmentVariableIntValue("SKYLIGHT_DIFFERENTIAL_PER_SIGNER") > 0
        ? qEnvironmentVariableIntValue("SKYLIGHT_DIFFERENTIAL_PER_SIGNER")
        : 1250; // 10,000 requests over the eight signers
    const quint32 seed = qEnvironmentVariableIsSet("SKYLIGHT_DIFFERENTIAL_SEED")
        ? quint32(qEnvironmentVariableIntValue("SKYLIGHT_DIFFERENTIAL_SEED"))
        : 20261124u;
    Generator gen(seed);
    QList<Case> cases;
    for (int i = 0; i < perKind * int(Kind::Count); ++i)
        cases.append(gen.make(Kind(i % int(Kind::Count)), i));

    QByteArray input;
    for (const Case &c : std::as_const(cases))
        input += QJsonDocument(c.json).toJson(QJsonDocument::Compact) + '\n';

    QProcess python;
    python.start(u"/usr/bin/python3"_s, {TestData::sourceDir() + u"/tests/peers/botocore_sign.py"_s});
    QVERIFY2(python.waitForStarted(10000), "cannot start /usr/bin/python3 (install python3-botocore)");
    python.write(input);
    python.closeWriteChannel();
    QVERIFY2(python.waitForFinished(300000), "botocore_sign.py did not finish");
    QCOMPARE(python.exitCode(), 0);
    const QList<QByteArray> lines = python.readAllStandardOutput().split('\n');

    int compared = 0;
    QStringList mismatches;
    QMap<QString, int> perSigner;
    for (int i = 0; i < cases.size(); ++i) {
        const QJsonObject theirs = QJsonDocument::fromJson(lines.value(i)).object();
        QCOMPARE(theirs.value(u"id"_s).toInt(-1), i);
        const QString signerName = QString::fromLatin1(botocoreName(cases[i].kind));
        if (!theirs.value(u"error"_s).isNull()) {
            mismatches.append(u"#%1 %2: botocore refused: %3"_s.arg(i).arg(
                signerName, theirs.value(u"error"_s).toString()));
            continue;
        }
        Case &c = cases[i];
        const auto signer = ourSigner(c);
        SigningTrace trace;
        const QString problem = signer->sign(c.request, c.credentials, c.params, &trace);
        if (!problem.isEmpty()) {
            mismatches.append(u"#%1 %2: we refused: %3"_s.arg(i).arg(signerName, problem));
            continue;
        }
        const auto check = [&](const char *what, const QByteArray &ours, const QJsonValue &value) {
            const QString expected = value.toString();
            if (QString::fromUtf8(ours) != expected)
                mismatches.append(
                    u"#%1 %2 %3 differs\n--- botocore:\n%4\n--- ours:\n%5\n--- request:\n%6"_s.arg(i).arg(
                        signerName,
                        QLatin1StringView(what),
                        expected,
                        QString::fromUtf8(ours),
                        QString::fromUtf8(QJsonDocument(c.json).toJson(QJsonDocument::Compact))));
        };
        const qsizetype before = mismatches.size();
        if (c.kind != Kind::V1 && c.kind != Kind::V1Query && c.kind != Kind::V2 && c.kind != Kind::V2Sha1)
            check("canonical request", trace.canonicalRequest, theirs.value(u"canonical_request"_s));
        check("string to sign", trace.stringToSign, theirs.value(u"string_to_sign"_s));
        check("signature", trace.signature, theirs.value(u"signature"_s));
        if (c.hasKey)
            check("S3 key path", c.request.path, theirs.value(u"path_from_key"_s));
        if (mismatches.size() == before) {
            ++compared;
            ++perSigner[signerName];
        }
    }
    qInfo("compared %d requests with botocore (seed %u): %s", compared, seed, qPrintable([&] {
        QStringList parts;
        for (auto it = perSigner.cbegin(); it != perSigner.cend(); ++it)
            parts.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
        return parts.join(u", "_s);
    }()));
    for (const QString &m : mismatches.mid(0, 8))
        qWarning("%s", qPrintable(m));
    QCOMPARE(mismatches.size(), 0);
    QVERIFY(compared >= 2000);
}

QTEST_GUILESS_MAIN(TestSignerDifferential)
#include "tst_signerdifferential.moc"

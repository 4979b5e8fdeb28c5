// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include <QCryptographicHash>

#include "s3/trickykeys.h"
#include "sandboxstore.h"

using namespace Qt::StringLiterals;

namespace {

using Batch = QList<std::pair<ObjectInfo, QByteArray>>;

void add(Batch *batch, QByteArray key, QByteArray body, QByteArray contentType, const QDateTime &when)
{
    ObjectInfo info;
    info.key = std::move(key);
    info.size = body.size();
    info.etag = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
    info.contentType = std::move(contentType);
    info.lastModified = when;
    batch->append({std::move(info), std::move(body)});
}

// A JPEG-looking body (SOI, JFIF APP0, filler, EOI) of exactly `size` bytes, different per photo.
QByteArray photoBody(int number, int size)
{
    QByteArray body("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11);
    const QByteArray tag = "IMG_" + QByteArray::number(number) + ' ';
    while (body.size() < size - 2)
        body.append(tag);
    body.truncate(size - 2);
    body.append("\xFF\xD9", 2);
    return body;
}

QByteArray page(const QByteArray &title, const QByteArray &content)
{
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title
        + "</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>\n<body><h1>" + title + "</h1>\n"
        + content + "\n</body></html>\n";
}

bool put(SandboxStore *store, const QByteArray &bucket, Batch batch, QString *error)
{
    return store->putObjectsBytes(bucket, std::move(batch), error);
}

bool seedPhotos(SandboxStore *store, const QDateTime &now, QString *error)
{
    static const char *const albums[] = {"beach", "birthday", "city-trip", "garden", "hiking", "family"};
    static const int sizes[] = {512, 1536, 4096, 12288};
    Batch batch;
    for (int i = 0; i < S3DemoData::kPhotoCount; ++i) {
        const int year = 2021 + i / 2500;
        const int month = 1 + (i % 2500) / 209; // 1..12
        const QByteArray key = QByteArray::number(year) + '/'
            + QByteArray::number(month).rightJustified(2, '0') + '/' + albums[(i / 40) % std::size(albums)]
            + "/IMG_" + QByteArray::number(i).rightJustified(4, '0') + ".jpg";
        add(&batch,
            key,
            photoBody(i, sizes[i % std::size(sizes)]),
            "image/jpeg",
            now.addSecs(-60 * (10000 - i)));
    }
    return put(store, "photos", std::move(batch), error);
}

bool seedWebsite(SandboxStore *store, const QDateTime &now, QString *error)
{
    Batch batch;
    add(&batch,
        "index.html",
        page("Example", "<p>Served by the sandbox's website endpoint.</p><p><a href=\"/blog/\">Blog</a></p>"),
        "text/html",
        now);
    add(&batch, "error.html", page("Not here", "<p>This page does not exist.</p>"), "text/html", now);
    add(&batch,
        "blog/index.html",
        page("Blog", "<ul><li><a href=\"/blog/first-post.html\">First post</a></li></ul>"),
        "text/html",
        now);
    add(&batch, "blog/first-post.html", page("First post", "<p>Hello.</p>"), "text/html", now);
    add(&batch, "css/site.css", "body { font-family: sans-serif; margin: 2em; }\n", "text/css", now);
    // public-read as well as the policy: BucketPolicy's "*" does not yet cross '/' (blog/index.html).
    for (auto &[info, body] : batch)
        info.acl = "public-read";
    return put(store, "www-example", std::move(batch), error)
        && store->setBucketSetting("www-example", "website", S3DemoData::websiteXml())
        && store->setBucketSetting("www-example", "policy", S3DemoData::websitePolicy());
}

bool seedTrickyKeys(SandboxStore *store, const QDateTime &now, QString *error)
{
    Batch batch;
    for (const QString &key : trickyS3Keys())
        add(&batch, key.toUtf8(), key.toUtf8(), "text/plain; charset=utf-8", now);
    return put(store, "tricky-keys", std::move(batch), error);
}

} // namespace

QByteArray S3DemoData::websiteXml()
{
    return "<WebsiteConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
           "<IndexDocument><Suffix>index.html</Suffix></IndexDocument>"
           "<ErrorDocument><Key>error.html</Key></ErrorDocument>"
           "<RoutingRules><RoutingRule>"
           "<Condition><KeyPrefixEquals>old-blog/</KeyPrefixEquals></Condition>"
           "<Redirect><ReplaceKeyPrefixWith>blog/</ReplaceKeyPrefixWith></Redirect>"
           "</RoutingRule></RoutingRules>"
           "</WebsiteConfiguration>";
}

QByteArray S3DemoData::websitePolicy()
{
    return R"({"Version":"2012-10-17","Statement":[{"Sid":"PublicReadGetObject","Effect":"Allow",)"
           R"("Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::www-example/*"},)"
           R"({"Sid":"PublicList","Effect":"Allow","Principal":"*","Action":"s3:ListBucket",)"
           R"("Resource":"arn:aws:s3:::www-example"}]})";
}

bool S3DemoData::seed(SandboxStore *store, const QStringList &regions, const QDateTime &now, QString *error)
{
    QString ignored;
    QString *problem = error ? error : &ignored;
    if (!store->buckets().isEmpty())
        return true; // not a first start: never seed twice
    const QString home = regions.contains(u"us-east-1"_s) ? u"us-east-1"_s : regions.value(0);
    const QString other = regions.contains(u"eu-west-1"_s) ? u"eu-west-1"_s : regions.value(0);
    const QDateTime created = now.addDays(-30);
    for (const auto &[name, region] : {std::pair {QByteArrayLiteral("photos"), home},
             std::pair {QByteArrayLiteral("www-example"), home},
             std::pair {QByteArrayLiteral("tricky-keys"), home},
             std::pair {QByteArrayLiteral("empty"), other}}) {
        if (!store->createBucket({name, region, created})) {
            *problem = u"cannot create the demo bucket %1"_s.arg(QString::fromUtf8(name));
            return false;
        }
    }
    if (!seedWebsite(store, now, problem) || !seedTrickyKeys(store, now, problem))
        return false;
    // Last: the bulk of the time, and the buckets above are already usable if it fails.
    return seedPhotos(store, now, problem);
}

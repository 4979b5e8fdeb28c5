// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/websiteendpoint.h"

#include <QCoreApplication>

#include "clouds/cloudprofile.h"
#include "transport/regioncache.h"

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WebsiteEndpoint)
};

QString normalisedRegion(const QString &region)
{
    const QString r = RegionCache::normaliseLocation(region); // "" → us-east-1, "EU" → eu-west-1
    return r.isEmpty() || r == u"US" ? u"us-east-1"_s : r;
}

} // namespace

bool WebsiteEndpoint::awsUsesDashForm(const QString &region)
{
    // AWS's table of website endpoints, "Amazon S3 website endpoints" in
    // https://docs.aws.amazon.com/general/latest/gr/s3.html#s3_website_region_endpoints (linked from
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteEndpoints.html, whose examples are
    // us-west-2 → s3-website-us-west-2 and eu-central-1 → s3-website.eu-central-1). These regions,
    // the oldest, are in the dash column; every other region (all launched since 2014, China's
    // included) is in the dot column. The same nine are hashicorp/terraform-provider-aws's
    // isOldRegion() list. boto 2's S3WebsiteEndpointTranslate agrees for the regions it knows.
    static const QStringList dash = {
        u"us-east-1"_s,
        u"us-west-1"_s,
        u"us-west-2"_s,
        u"ap-northeast-1"_s,
        u"ap-southeast-1"_s,
        u"ap-southeast-2"_s,
        u"eu-west-1"_s,
        u"sa-east-1"_s,
        u"us-gov-west-1"_s,
    };
    return dash.contains(normalisedRegion(region));
}

QString WebsiteEndpoint::awsHost(const QString &bucket, const QString &region)
{
    const QString r = normalisedRegion(region);
    const QString suffix = r.startsWith(u"cn-") ? u"amazonaws.com.cn"_s : u"amazonaws.com"_s;
    return awsUsesDashForm(r) ? u"%1.s3-website-%2.%3"_s.arg(bucket, r, suffix)
                              : u"%1.s3-website.%2.%3"_s.arg(bucket, r, suffix);
}

WebsiteEndpoint WebsiteEndpoint::forBucket(
    const CloudProfile &profile, const QString &bucket, const QString &region, const QString &websiteBase)
{
    WebsiteEndpoint e;
    const QString r = region.isEmpty() ? profile.regionOrDefault({}) : region;
    // The caller's URL overrides the profile's own.
    const QString given = websiteBase.trimmed().isEmpty() ? profile.websiteEndpoint.trimmed() : websiteBase;
    auto fromBase = [&] {
        QString base = given.trimmed();
        if (base.contains(u"{bucket}")) {
            e.url = QUrl(base.replace(u"{bucket}"_s, bucket));
            e.host = e.url.host();
        } else {
            if (!base.endsWith(u'/'))
                base += u'/';
            e.url = QUrl(base + QString::fromUtf8(QUrl::toPercentEncoding(bucket)) + u'/');
        }
        if (!e.url.isValid() || e.url.host().isEmpty())
            e.problem = Tr::tr("\"%1\" is not a website URL.").arg(given);
    };
    switch (profile.provider) {
    case CloudProvider::Aws:
        e.host = awsHost(bucket, r);
        e.url = QUrl(u"http://%1/"_s.arg(e.host));
        e.note = Tr::tr("S3 website endpoints serve plain http only; put CloudFront in front for https.");
        if (bucket.contains(u'.'))
            e.note += u' '
                + Tr::tr("With dots in its name the bucket can be served under its own domain "
                         "(a CNAME to %1).")
                      .arg(e.host);
        break;
    case CloudProvider::Sandbox:
        if (given.isEmpty()) {
            e.problem = Tr::tr("The sandbox serves websites on its own port; give its website URL (the "
                               "\"website=\" address the sandbox prints when it starts).");
            break;
        }
        fromBase();
        if (e.host.isEmpty())
            e.host = u"%1.s3-website.%2.localhost"_s.arg(bucket, normalisedRegion(r));
        e.note = Tr::tr("The sandbox also serves the bucket by name: Host %1.").arg(e.host);
        break;
    case CloudProvider::Gcs:
        // Google serves MainPageSuffix and NotFoundPage only to requests that reach a bucket named
        // after a domain through a CNAME to c.storage.googleapis.com; storage.googleapis.com/BUCKET/
        // serves the objects themselves, without index or not-found pages.
        if (bucket.contains(u'.')) {
            e.host = bucket;
            e.url = QUrl(u"http://%1/"_s.arg(bucket));
            e.note = Tr::tr("Served once the domain %1 has a CNAME record for c.storage.googleapis.com.")
                         .arg(bucket);
        } else {
            e.url = QUrl(u"https://storage.googleapis.com/%1/"_s.arg(bucket));
            e.note = Tr::tr("Google applies the main page and not-found page only to a bucket named after "
                            "a domain (with a CNAME to c.storage.googleapis.com); this URL serves the "
                            "objects themselves.");
        }
        break;
    case CloudProvider::Eucalyptus:
    case CloudProvider::S3Compatible:
        if (given.isEmpty()) {
            e.problem = Tr::tr("This cloud's website endpoint is not known: give its website URL (with "
                               "{bucket} where the bucket name goes, or a base the bucket is appended to).");
            break;
        }
        fromBase();
        break;
    case CloudProvider::InternetArchive:
        e.problem = Tr::tr("The Internet Archive does not host static websites.");
        break;
    }
    return e;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/profilepresets.h"

using namespace Qt::StringLiterals;

namespace {

SignerChoice signing(SigningAlgorithm algorithm)
{
    SignerChoice choice;
    choice.algorithm = algorithm;
    return choice;
}

// The EC2 API version boto 2.35+ sends (PROTOCOLS.md §1.2) is old; this is the current one.
constexpr auto kAwsEc2Version = u"2016-11-15";
// euca2ools 3.0-3.2 spoke API 2013-02-01 with Query SigV2 (PROTOCOLS.md §2.2).
constexpr auto kEucalyptusEc2Version = u"2013-02-01";

} // namespace

QStringList ProfilePresets::awsRegions()
{
    return {
        u"us-east-1"_s,
        u"us-east-2"_s,
        u"us-west-1"_s,
        u"us-west-2"_s,
        u"af-south-1"_s,
        u"ap-east-1"_s,
        u"ap-south-1"_s,
        u"ap-south-2"_s,
        u"ap-southeast-1"_s,
        u"ap-southeast-2"_s,
        u"ap-southeast-3"_s,
        u"ap-southeast-4"_s,
        u"ap-northeast-1"_s,
        u"ap-northeast-2"_s,
        u"ap-northeast-3"_s,
        u"ca-central-1"_s,
        u"eu-central-1"_s,
        u"eu-central-2"_s,
        u"eu-west-1"_s,
        u"eu-west-2"_s,
        u"eu-west-3"_s,
        u"eu-south-1"_s,
        u"eu-south-2"_s,
        u"eu-north-1"_s,
        u"il-central-1"_s,
        u"me-south-1"_s,
        u"me-central-1"_s,
        u"sa-east-1"_s,
        u"cn-north-1"_s,
        u"cn-northwest-1"_s,
    };
}

CloudProfile ProfilePresets::aws(const QString &defaultRegion)
{
    CloudProfile p;
    p.provider = CloudProvider::Aws;
    p.ec2Endpoint = u"https://ec2.{region}.{dnsSuffix}"_s;
    p.s3Endpoint = u"https://s3.{region}.{dnsSuffix}"_s;
    p.regions = awsRegions();
    p.defaultRegion = defaultRegion.isEmpty() ? u"us-east-1"_s : defaultRegion;
    if (!p.regions.contains(p.defaultRegion))
        p.regions.append(p.defaultRegion);
    p.ec2Signing = signing(SigningAlgorithm::SigV4);
    p.s3Signing = signing(SigningAlgorithm::SigV4S3);
    p.addressing = BucketAddressing::Auto;
    p.ec2ApiVersion = QString::fromUtf16(kAwsEc2Version);
    return p;
}

CloudProfile ProfilePresets::eucalyptus(const QString &host, int majorVersion, int port, bool https)
{
    CloudProfile p;
    p.provider = CloudProvider::Eucalyptus;
    const QString base = u"%1://%2:%3"_s.arg(https ? u"https"_s : u"http"_s, host).arg(port);
    const bool v3 = majorVersion < 4;
    p.ec2Endpoint = base + (v3 ? u"/services/Eucalyptus"_s : u"/services/compute"_s);
    p.s3Endpoint = base + (v3 ? u"/services/Walrus"_s : u"/services/objectstorage"_s);
    // "eucalyptus doesn't care what name one chooses for a region" (euca2ools); the SigV4 scope
    // needs one all the same.
    p.regions = {u"eucalyptus"_s};
    p.defaultRegion = u"eucalyptus"_s;
    p.ec2Signing = signing(SigningAlgorithm::SigV2);
    p.s3Signing = signing(SigningAlgorithm::S3V1);
    p.addressing = BucketAddressing::Path;
    p.ec2ApiVersion = QString::fromUtf16(kEucalyptusEc2Version);
    return p;
}

CloudProfile ProfilePresets::gcs()
{
    CloudProfile p;
    p.provider = CloudProvider::Gcs;
    p.s3Endpoint = u"https://storage.googleapis.com"_s;
    p.regions = {u"auto"_s};
    p.defaultRegion = u"auto"_s;
    p.ec2Signing = signing(SigningAlgorithm::SigV4);
    p.s3Signing = signing(SigningAlgorithm::GoogV1);
    p.addressing = BucketAddressing::Auto;
    return p;
}

CloudProfile ProfilePresets::internetArchive()
{
    CloudProfile p;
    p.provider = CloudProvider::InternetArchive;
    p.s3Endpoint = u"https://s3.us.archive.org"_s;
    p.regions = {u"us-east-1"_s};
    p.defaultRegion = u"us-east-1"_s;
    p.ec2Signing = signing(SigningAlgorithm::SigV4);
    p.s3Signing = signing(SigningAlgorithm::S3V1);
    p.addressing = BucketAddressing::Path;
    return p;
}

CloudProfile ProfilePresets::s3Compatible(const QString &url, const QString &region)
{
    CloudProfile p;
    p.provider = CloudProvider::S3Compatible;
    p.s3Endpoint = url;
    p.regions = {region.isEmpty() ? u"us-east-1"_s : region};
    p.defaultRegion = p.regions.first();
    p.ec2Signing = signing(SigningAlgorithm::SigV4);
    p.s3Signing = signing(SigningAlgorithm::SigV4S3);
    p.addressing = BucketAddressing::Path;
    return p;
}

CloudProfile ProfilePresets::sandbox(int port)
{
    CloudProfile p;
    p.provider = CloudProvider::Sandbox;
    p.ec2Endpoint = u"http://127.0.0.1:%1"_s.arg(port);
    p.s3Endpoint = p.ec2Endpoint;
    p.regions = {u"us-east-1"_s};
    p.defaultRegion = u"us-east-1"_s;
    p.ec2Signing = signing(SigningAlgorithm::SigV4);
    p.s3Signing = signing(SigningAlgorithm::SigV4S3);
    p.addressing = BucketAddressing::Path;
    p.ec2ApiVersion = QString::fromUtf16(kAwsEc2Version);
    return p;
}

CloudProfile ProfilePresets::forProvider(CloudProvider provider)
{
    switch (provider) {
    case CloudProvider::Aws:
        return aws();
    case CloudProvider::Eucalyptus:
        return eucalyptus(u"eucalyptus.example"_s);
    case CloudProvider::Gcs:
        return gcs();
    case CloudProvider::InternetArchive:
        return internetArchive();
    case CloudProvider::S3Compatible:
        return s3Compatible(u"https://s3.example"_s);
    case CloudProvider::Sandbox:
        return sandbox(9000);
    }
    return {};
}

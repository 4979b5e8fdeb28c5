// SPDX-License-Identifier: GPL-3.0-or-later
// SigV4 header signatures per second for an S3 GET with five headers, on one core. The same
// request is signed by botocore in bench/botocore_sign_bench.py; bench/run-signing.sh prints both
// and their ratio.
#include <QTimeZone>

#include "auth/credentials.h"
#include "auth/hmacv1signer.h"
#include "auth/sigv2querysigner.h"
#include "auth/sigv4signer.h"
#include "transport/httprequest.h"

#include <benchmark/benchmark.h>

namespace {

HttpRequest s3Get()
{
    HttpRequest r;
    r.method = "GET";
    r.host = "examplebucket.s3.amazonaws.com";
    r.path = "/photos/2024/holiday%20pictures/IMG_0001.jpg";
    r.headers = {{"Range", "bytes=0-1048575"},
        {"If-None-Match", "\"9b2cf535f27731c974343645a3985328\""},
        {"Accept-Encoding", "identity"},
        {"x-amz-request-payer", "requester"},
        {"x-amz-expected-bucket-owner", "111122223333"}};
    return r;
}

SigningParams params()
{
    SigningParams p;
    p.time = QDateTime(QDate(2013, 5, 24), QTime(0, 0), QTimeZone::utc());
    p.region = QStringLiteral("us-east-1");
    p.service = QStringLiteral("s3");
    return p;
}

void BM_SigV4_S3Get(benchmark::State &state)
{
    const Credentials creds("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    SigV4Signer::Options o;
    o.rules = SigV4Signer::Rules::S3;
    const SigV4Signer signer(o);
    const HttpRequest base = s3Get();
    const SigningParams p = params();
    for (auto _ : state) {
        HttpRequest r = base;
        signer.sign(r, creds, p);
        benchmark::DoNotOptimize(r.headers.last().value.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SigV4_S3Get);

void BM_SigV4_S3Presign(benchmark::State &state)
{
    const Credentials creds("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    SigV4Signer::Options o;
    o.rules = SigV4Signer::Rules::S3;
    o.mode = SigV4Signer::Mode::Query;
    const SigV4Signer signer(o);
    HttpRequest base = s3Get();
    base.headers.clear();
    const SigningParams p = params();
    for (auto _ : state) {
        HttpRequest r = base;
        signer.sign(r, creds, p);
        benchmark::DoNotOptimize(r.query.last().value.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SigV4_S3Presign);

void BM_HmacV1_S3Get(benchmark::State &state)
{
    const Credentials creds("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    const HmacV1Signer signer({});
    const HttpRequest base = s3Get();
    const SigningParams p = params();
    for (auto _ : state) {
        HttpRequest r = base;
        signer.sign(r, creds, p);
        benchmark::DoNotOptimize(r.headers.last().value.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HmacV1_S3Get);

void BM_SigV2_DescribeInstances(benchmark::State &state)
{
    const Credentials creds("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    const SigV2QuerySigner signer({});
    HttpRequest base;
    base.method = "POST";
    base.host = "ec2.us-east-1.amazonaws.com";
    base.addForm("Action", "DescribeInstances");
    base.addForm("Version", "2016-11-15");
    const SigningParams p = params();
    for (auto _ : state) {
        HttpRequest r = base;
        signer.sign(r, creds, p);
        benchmark::DoNotOptimize(r.form.last().value.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SigV2_DescribeInstances);

} // namespace

BENCHMARK_MAIN();

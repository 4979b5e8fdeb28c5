#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""botocore's signing speed on the requests bench/bench_signing.cpp signs.

    /usr/bin/python3 bench/botocore_sign_bench.py [--seconds 3]

Prints one JSON line per case:
    {"case": "sigv4_s3_get", "signatures_per_second": N, "iterations": M}

Each iteration builds a fresh AWSRequest and a fresh auth object and calls
add_auth, as botocore's RequestSigner does for every request it sends. The
clock is frozen at 2013-05-24T00:00:00Z the way tests/peers/botocore_sign.py
freezes it (botocore.auth's datetime and time modules are replaced).
"""

import argparse
import datetime as _real_datetime
import json
import sys
import time as _real_time
import types
from email.utils import formatdate

import botocore.auth as bauth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

EPOCH = 1369353600  # 2013-05-24T00:00:00Z
CREDS = Credentials('AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
REGION = 'us-east-1'
S3_URL = 'https://examplebucket.s3.amazonaws.com/photos/2024/holiday%20pictures/IMG_0001.jpg'
S3_HEADERS = {
    'Range': 'bytes=0-1048575',
    'If-None-Match': '"9b2cf535f27731c974343645a3985328"',
    'Accept-Encoding': 'identity',
    'x-amz-request-payer': 'requester',
    'x-amz-expected-bucket-owner': '111122223333',
}
EC2_URL = 'https://ec2.us-east-1.amazonaws.com/'

# --- Frozen clock (as in tests/peers/botocore_sign.py) ---------------------


class _FrozenDateTime(_real_datetime.datetime):
    @classmethod
    def utcnow(cls):
        return _real_datetime.datetime(1970, 1, 1) + _real_datetime.timedelta(seconds=EPOCH)


_fake_datetime = types.ModuleType('datetime')
_fake_datetime.__dict__.update(_real_datetime.__dict__)
_fake_datetime.datetime = _FrozenDateTime
_fake_time = types.ModuleType('time')
_fake_time.__dict__.update(_real_time.__dict__)
_fake_time.time = lambda: float(EPOCH)
_fake_time.gmtime = lambda secs=None: _real_time.gmtime(EPOCH if secs is None else secs)
bauth.datetime = _fake_datetime  # SigV4 (datetime.datetime.utcnow())
bauth.time = _fake_time  # SigV2Auth (time.gmtime), query signers (time.time)


class HmacV1Auth(bauth.HmacV1Auth):
    def _get_date(self):  # botocore: formatdate(usegmt=True) of the real "now"
        return formatdate(EPOCH, usegmt=True)


# --- The four cases: each returns a freshly signed request ------------------


def sigv4_s3_get():
    req = AWSRequest(method='GET', url=S3_URL, headers=S3_HEADERS)
    bauth.S3SigV4Auth(CREDS, 's3', REGION).add_auth(req)
    return req


def sigv4_s3_presign():
    req = AWSRequest(method='GET', url=S3_URL)
    bauth.S3SigV4QueryAuth(CREDS, 's3', REGION, expires=3600).add_auth(req)
    return req


def hmacv1_s3_get():
    req = AWSRequest(method='GET', url=S3_URL, headers=S3_HEADERS)
    HmacV1Auth(CREDS).add_auth(req)
    return req


def sigv2_describe_instances():
    req = AWSRequest(method='POST', url=EC2_URL,
                     data={'Action': 'DescribeInstances', 'Version': '2016-11-15'})
    bauth.SigV2Auth(CREDS).add_auth(req)
    return req


CASES = [sigv4_s3_get, sigv4_s3_presign, hmacv1_s3_get, sigv2_describe_instances]


def check_s3_get():
    """The S3 GET canonical request signs exactly our five headers + host, x-amz-date and
    x-amz-content-sha256 (so both sides do the same work)."""
    seen = {}

    class Capture(bauth.S3SigV4Auth):
        def canonical_request(self, request):
            seen['cr'] = super().canonical_request(request)
            return seen['cr']

    req = AWSRequest(method='GET', url=S3_URL, headers=S3_HEADERS)
    Capture(CREDS, 's3', REGION).add_auth(req)
    lines = seen['cr'].split('\n')
    # GET, path, query, header lines..., '', signed headers, payload hash
    header_names = [line.split(':', 1)[0] for line in lines[3:-3]]
    want = sorted([h.lower() for h in S3_HEADERS] + ['host', 'x-amz-date', 'x-amz-content-sha256'])
    if header_names != want or lines[-2] != ';'.join(want) or lines[-3] != '':
        sys.exit('botocore canonical request for the S3 GET is not the expected one:\n' + seen['cr'])
    if 'x-amz-date:20130524T000000Z' not in lines:
        sys.exit('clock not frozen:\n' + seen['cr'])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seconds', type=float, default=3.0, help='wall time per case (default 3)')
    args = ap.parse_args()
    check_s3_get()
    for case in CASES:
        case()  # warm up
        n = 0
        clock = _real_time.perf_counter
        start = clock()
        end = start + args.seconds
        while True:
            case()
            n += 1
            now = clock()
            if now >= end:
                break
        print(json.dumps({'case': case.__name__,
                          'signatures_per_second': round(n / (now - start), 1),
                          'iterations': n}), flush=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())

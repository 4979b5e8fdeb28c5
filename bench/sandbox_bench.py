#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives one S3 server for bench/run-sandbox-vs-s3rver.sh with boto3 (the same client for both
servers): populate N small keys and one big object, then time a full listing and a GET of the big
object, recording wall time and the server's CPU seconds (utime+stime from /proc/PID/stat)."""
import argparse
import concurrent.futures
import json
import os
import time

import boto3
from botocore.config import Config

TICKS = os.sysconf('SC_CLK_TCK')


def server_cpu(pid):
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def client(endpoint, key, secret):
    return boto3.client('s3', endpoint_url=endpoint, aws_access_key_id=key, aws_secret_access_key=secret,
                        region_name='us-east-1',
                        config=Config(s3={'addressing_style': 'path'}, retries={'max_attempts': 3},
                                      max_pool_connections=16))


def populate(s3, bucket, keys, big_mib):
    s3.create_bucket(Bucket=bucket)

    def put(i):
        s3.put_object(Bucket=bucket, Key=f'folder-{i % 100:03d}/key-{i:06d}', Body=b'x')

    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        list(pool.map(put, range(keys)))
    chunk = os.urandom(1024 * 1024)
    path = '/tmp/skylight-bench-big.bin'
    if not os.path.exists(path) or os.path.getsize(path) != big_mib * 1024 * 1024:
        with open(path, 'wb') as f:
            for _ in range(big_mib):
                f.write(chunk)
    s3.upload_file(path, bucket, 'big.bin')


def measure(s3, bucket, pid):
    out = {}
    cpu0, t0 = server_cpu(pid), time.monotonic()
    count = 0
    for page in s3.get_paginator('list_objects_v2').paginate(Bucket=bucket, PaginationConfig={'PageSize': 1000}):
        count += len(page.get('Contents', []))
    out['list_wall'], out['list_server_cpu'], out['listed'] = time.monotonic() - t0, server_cpu(pid) - cpu0, count
    cpu0, t0 = server_cpu(pid), time.monotonic()
    body = s3.get_object(Bucket=bucket, Key='big.bin')['Body']
    size = 0
    while True:
        block = body.read(1024 * 1024)
        if not block:
            break
        size += len(block)
    out['get_wall'], out['get_server_cpu'], out['got_bytes'] = time.monotonic() - t0, server_cpu(pid) - cpu0, size
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--endpoint', required=True)
    p.add_argument('--key', required=True)
    p.add_argument('--secret', required=True)
    p.add_argument('--pid', type=int, required=True)
    p.add_argument('--keys', type=int, default=100000)
    p.add_argument('--big-mib', type=int, default=1024)
    p.add_argument('--runs', type=int, default=3)
    a = p.parse_args()
    s3 = client(a.endpoint, a.key, a.secret)
    t0 = time.monotonic()
    populate(s3, 'bench', a.keys, a.big_mib)
    print(json.dumps({'populate_wall': time.monotonic() - t0}), flush=True)
    measure(s3, 'bench', a.pid)  # warm-up, not reported
    for _ in range(a.runs):
        print(json.dumps(measure(s3, 'bench', a.pid)), flush=True)


if __name__ == '__main__':
    main()

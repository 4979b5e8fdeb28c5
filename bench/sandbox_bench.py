#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives one S3 server for bench/run-sandbox-vs-s3rver.sh, the same clients for both servers:
populate N small keys and one big object, then time a full ListObjectsV2 and a GET of the big
object, recording wall time and the server's CPU seconds (utime+stime from /proc/PID/stat).

Each measurement is made twice: with boto3 (paginator, body.read: what a Python user sees, where
the client's own parsing costs about 0.08 ms per key) and with a thin client (http.client over one
keep-alive connection, botocore's SigV4 signer, pages counted without an XML parser, the body read
into one buffer), so that the server, not the client, sets the pace. The keys are populated with
the thin client too (16 threads, keep-alive): 100,000 boto3 PUTs cost the client ~2 minutes of CPU
on their own."""
import argparse
import concurrent.futures
import http.client
import json
import os
import re
import threading
import time
import urllib.parse

import boto3
from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials

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


class Thin:
    """One keep-alive connection per thread; every request signed with botocore's S3 SigV4."""

    def __init__(self, endpoint, key, secret):
        self.endpoint = endpoint.rstrip('/')
        self.netloc = urllib.parse.urlsplit(self.endpoint).netloc
        self.credentials = Credentials(key, secret)
        self.local = threading.local()
        self.reconnects = 0

    def request(self, method, path_and_query, body=b''):
        request = AWSRequest(method=method, url=self.endpoint + path_and_query, data=body)
        S3SigV4Auth(self.credentials, 's3', 'us-east-1').add_auth(request)
        headers = dict(request.headers.items())
        for attempt in (1, 2):
            connection = getattr(self.local, 'connection', None)
            if connection is None:
                connection = self.local.connection = http.client.HTTPConnection(self.netloc, timeout=600)
            try:
                connection.request(method, path_and_query, body=body, headers=headers)
                return connection.getresponse()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # A keep-alive connection the server has closed: once more on a new one, as every
                # HTTP client does; counted, so that the report shows it.
                connection.close()
                self.local.connection = None
                self.reconnects += 1
                if attempt == 2:
                    raise

    def put(self, path, body):
        response = self.request('PUT', path, body)
        response.read()
        if response.status != 200:
            raise RuntimeError(f'PUT {path}: {response.status}')


def populate(s3, thin, bucket, keys, big_mib):
    s3.create_bucket(Bucket=bucket)

    def put(i):
        thin.put(f'/{bucket}/folder-{i % 100:03d}/key-{i:06d}', b'x')

    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        list(pool.map(put, range(keys)))
    chunk = os.urandom(1024 * 1024)
    path = '/tmp/skylight-bench-big.bin'
    if not os.path.exists(path) or os.path.getsize(path) != big_mib * 1024 * 1024:
        with open(path, 'wb') as f:
            for _ in range(big_mib):
                f.write(chunk)
    s3.upload_file(path, bucket, 'big.bin')


TOKEN = re.compile(rb'<NextContinuationToken>([^<]*)</NextContinuationToken>')


def measure_thin(thin, bucket, pid):
    out = {}
    cpu0, t0 = server_cpu(pid), time.monotonic()
    count, token = 0, None
    while True:
        query = 'list-type=2&max-keys=1000'
        if token is not None:
            query += '&continuation-token=' + urllib.parse.quote(token.decode(), safe='')
        response = thin.request('GET', f'/{bucket}?{query}')
        page = response.read()
        if response.status != 200:
            raise RuntimeError(f'list: {response.status}')
        count += page.count(b'<Key>')
        match = TOKEN.search(page)
        if b'<IsTruncated>true</IsTruncated>' not in page or not match:
            break
        token = match.group(1)
    out['thin_list_wall'], out['thin_list_server_cpu'] = time.monotonic() - t0, server_cpu(pid) - cpu0
    out['thin_listed'] = count
    cpu0, t0 = server_cpu(pid), time.monotonic()
    response = thin.request('GET', f'/{bucket}/big.bin')
    buffer = memoryview(bytearray(1024 * 1024))
    size = 0
    while True:
        n = response.readinto(buffer)
        if not n:
            break
        size += n
    out['thin_get_wall'], out['thin_get_server_cpu'] = time.monotonic() - t0, server_cpu(pid) - cpu0
    out['thin_got_bytes'] = size
    return out


def measure(s3, thin, bucket, pid):
    out = measure_thin(thin, bucket, pid)
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
    thin = Thin(a.endpoint, a.key, a.secret)
    cpu0, t0 = server_cpu(a.pid), time.monotonic()
    populate(s3, thin, 'bench', a.keys, a.big_mib)
    print(json.dumps({'populate_wall': time.monotonic() - t0, 'populate_server_cpu': server_cpu(a.pid) - cpu0}),
          flush=True)
    measure(s3, thin, 'bench', a.pid)  # warm-up, not reported
    for _ in range(a.runs):
        result = measure(s3, thin, 'bench', a.pid)
        result['thin_reconnects'] = thin.reconnects
        print(json.dumps(result), flush=True)


if __name__ == '__main__':
    main()

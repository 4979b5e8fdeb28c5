#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""boto3 as a peer for bench/run-transfer-peers.sh (keys from the AWS_* environment):
  ENDPOINT populate BUCKET N          create BUCKET and N one-byte keys under list/ (16 threads)
  ENDPOINT list BUCKET PREFIX         a full ListObjectsV2, printed one key a line
  ENDPOINT upload FILE BUCKET KEY     upload_file (boto3's transfer manager, its defaults)
  ENDPOINT download BUCKET KEY FILE   download_file
  ENDPOINT rm BUCKET KEY              delete one key
  ENDPOINT upload-dir DIR BUCKET P    every file under DIR to P + relative path, 10 at a time
                                      (awscli's default concurrency)"""
import concurrent.futures
import os
import sys

import boto3
from botocore.config import Config

endpoint, action, *args = sys.argv[1:]
s3 = boto3.client('s3', endpoint_url=endpoint, region_name='us-east-1',
                  config=Config(s3={'addressing_style': 'path'}, max_pool_connections=16))

if action == 'populate':
    bucket, n = args[0], int(args[1])
    s3.create_bucket(Bucket=bucket)
    put = lambda i: s3.put_object(Bucket=bucket, Key=f'list/folder-{i % 100:03d}/key-{i:06d}', Body=b'x')
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        list(pool.map(put, range(n)))
elif action == 'list':
    out = sys.stdout
    for page in s3.get_paginator('list_objects_v2').paginate(Bucket=args[0], Prefix=args[1]):
        for o in page.get('Contents', []):
            out.write(f"{o['Key']} {o['Size']}\n")
elif action == 'upload':
    s3.upload_file(args[0], args[1], args[2])
elif action == 'download':
    s3.download_file(args[0], args[1], args[2])
elif action == 'rm':
    s3.delete_object(Bucket=args[0], Key=args[1])
elif action == 'upload-dir':
    root, bucket, prefix = args
    files = [os.path.join(d, f) for d, _, names in os.walk(root) for f in names]
    send = lambda p: s3.upload_file(p, bucket, prefix + os.path.relpath(p, root))
    with concurrent.futures.ThreadPoolExecutor(10) as pool:
        list(pool.map(send, files))
else:
    sys.exit(f'unknown action {action}')

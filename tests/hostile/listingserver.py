#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Serves huge S3 listings on 127.0.0.1 for tst_hostilelisting, generated as they are sent.

In a process of its own, so that the test measures only the client's memory. Prints the port on
its first line. Every request is a ListObjectsV2 page of bucket:
  /huge/...              one page of 100 MiB (IsTruncated false), streamed in 1 MiB writes
  /pages/...             100 pages of 1,000 keys (about 1.1 MiB each), continuation-token N
Signatures are not checked: the client side is what is tested.
"""
import http.server
import sys
import urllib.parse

PAGES = 100
KEYS_PER_PAGE = 1000
HUGE_BYTES = 100 * 1024 * 1024
PAD = "x" * 960


def entry(n):
    return ("<Contents><Key>k/%08d/%s</Key><LastModified>2024-01-01T00:00:00.000Z</LastModified>"
            "<ETag>&quot;d41d8cd98f00b204e9800998ecf8427e&quot;</ETag><Size>%d</Size>"
            "<StorageClass>STANDARD</StorageClass></Contents>" % (n, PAD, n)).encode()


HEAD = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name>'
        b'<Prefix></Prefix><MaxKeys>1000</MaxKeys>')


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_body_head(self, length):
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(length))
        self.end_headers()

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        try:
            if url.path.startswith("/huge"):
                self.huge()
            else:
                self.page(int(query.get("continuation-token", ["0"])[0]))
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client stopped reading: what the test wants

    def huge(self):
        tail = b"<KeyCount>0</KeyCount><IsTruncated>false</IsTruncated></ListBucketResult>"
        one = len(entry(0))
        count = (HUGE_BYTES - len(HEAD) - len(tail)) // one
        self.send_body_head(len(HEAD) + count * one + len(tail))
        self.wfile.write(HEAD)
        n = 0
        while n < count:
            batch = min(1000, count - n)
            self.wfile.write(b"".join(entry(i) for i in range(n, n + batch)))
            n += batch
        self.wfile.write(tail)

    def page(self, number):
        first = number * KEYS_PER_PAGE
        body = [HEAD, b"<KeyCount>%d</KeyCount>" % KEYS_PER_PAGE]
        if number + 1 < PAGES:
            body.append(b"<IsTruncated>true</IsTruncated><NextContinuationToken>%d</NextContinuationToken>"
                        % (number + 1))
        else:
            body.append(b"<IsTruncated>false</IsTruncated>")
        body.extend(entry(i) for i in range(first, first + KEYS_PER_PAGE))
        body.append(b"</ListBucketResult>")
        data = b"".join(body)
        self.send_body_head(len(data))
        self.wfile.write(data)


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())

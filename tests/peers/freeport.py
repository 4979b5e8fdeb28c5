# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints a free TCP port on 127.0.0.1 below the kernel's ephemeral range (ip_local_port_range,
32768 and up on Linux). A port taken from that range can be handed to some other test's outgoing
connection in the seconds before a daemon binds it, and the daemon then exits with "address in use";
below the range only another listener can take it, and the scripts that use this retry then."""
import random
import socket

low = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0])
for _ in range(1000):
    port = random.randrange(20000, max(20001, min(low, 32768)))
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        continue
    finally:
        s.close()
    print(port)
    break
else:
    raise SystemExit("no free port between 20000 and %d" % low)

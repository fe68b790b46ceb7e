#!/usr/bin/env python3
"""Soak test of a running-stub command under hostile mixed traffic, for a bounded time; prints RSS over time.

Usage: soak.py [--seconds 60] [--port 18099] [--base-path /api/v1] -- COMMAND...
       (COMMAND starts the stub; its --port must be PORT; --base-path "" for a build whose pacts had none)

Starts COMMAND, waits for it to answer, then for SECONDS runs at once:
  - a probe: the keyed GET of ticket 14 every 20 ms, timed (the good client);
  - good load: keyed GETs and POSTs back to back;
  - misses: GETs of random unknown paths and tickets, without and with the key;
  - big bodies: JSON arrays of 60 kB, objects of 850 kB, 3 MB bodies over the limit (declared and chunked),
    JSON nested 50,000 deep;
  - slow bodies: connections that announce 1 MB and trickle a byte every 200 ms.
Every second it samples the stub's RSS. At the end it prints the RSS samples (MiB), the peak, the probe's p50/p99/max
and how many requests of each kind got which status. Stops COMMAND with SIGTERM and reports its exit code and how
long it took to exit. Loopback only; stops by itself.
"""
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter

KEY = {"X-Api-Key": "test-api-key"}


def args():
    options = {"--seconds": "60", "--port": "18099", "--base-path": "/api/v1"}
    argv = sys.argv[1:]
    command = argv[argv.index("--") + 1:]
    given = argv[:argv.index("--")]
    options.update(dict(zip(given[0::2], given[1::2])))
    return int(options["--seconds"]), int(options["--port"]), options["--base-path"], command


def request(port, method, path, headers=None, body=None, timeout=30):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        response.read()
        return response.status
    except (OSError, http.client.HTTPException):
        return -1
    finally:
        connection.close()


def rss_mib(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0


def main():
    seconds, port, base, command = args()
    stub = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while request(port, "GET", base + "/tickets/14", KEY, timeout=2) != 200:
        if time.time() > deadline or stub.poll() is not None:
            sys.exit("the stub did not answer")
        time.sleep(0.05)
    end = time.time() + seconds
    statuses = {}
    lock = threading.Lock()
    probe_times = []

    def count(kind, status):
        with lock:
            statuses.setdefault(kind, Counter())[status] += 1

    def probe():
        while time.time() < end:
            start = time.perf_counter()
            status = request(port, "GET", base + "/tickets/14", {**KEY, "X-Pact-Provider-State":
                                                                 "ticket 14 exists with status answered"})
            probe_times.append((time.perf_counter() - start) * 1000)
            count("probe", status)
            time.sleep(0.02)

    def good():
        reply = json.dumps({"reply": "The issue is resolved now, thank you!"})
        while time.time() < end:
            count("good", request(port, "GET", base + "/tickets/departments", KEY))
            count("good", request(port, "POST", base + "/tickets/14/reply",
                                  {**KEY, "Content-Type": "application/json"}, reply))

    def misses():
        while time.time() < end:
            path = random.choice([base + "/tickets/%d" % random.randint(1, 10 ** 9),
                                  "/nope/%d" % random.randint(1, 10 ** 9), "/tickets/14"])
            count("miss", request(port, "GET", path, random.choice([KEY, {}])))

    big_array = json.dumps([{"a": i, "b": "x" * 20} for i in range(1400)])
    big_object = json.dumps({"k%d" % i: "v" * 30 for i in range(20000)})
    over_limit = b"x" * (3 * 1024 * 1024)
    deep = "[" * 50000 + "]" * 50000

    def big_bodies():
        json_headers = {**KEY, "Content-Type": "application/json"}
        while time.time() < end:
            count("big-60k", request(port, "POST", base + "/tickets", json_headers, big_array))
            count("big-850k", request(port, "POST", base + "/tickets", json_headers, big_object))
            count("over-limit", request(port, "POST", base + "/tickets", json_headers, over_limit))
            count("over-limit-chunked", request(port, "POST", base + "/tickets", json_headers, iter([over_limit])))
            count("deep", request(port, "POST", base + "/tickets", json_headers, deep))

    def slow_body():
        while time.time() < end:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                    s.sendall(b"POST " + base.encode() + b"/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                              b"Content-Length: 1048576\r\n\r\n")
                    while time.time() < end:
                        s.sendall(b"x")
                        time.sleep(0.2)
            except OSError:
                count("slow-body", "cut")

    threads = [threading.Thread(target=t, daemon=True) for t in
               [probe, good, good, misses, misses, big_bodies, big_bodies] + [slow_body] * 8]
    for thread in threads:
        thread.start()
    samples = []
    while time.time() < end:
        samples.append(round(rss_mib(stub.pid)))
        time.sleep(1)
    for thread in threads:
        thread.join(35)
    stop = time.time()
    stub.terminate()
    code = stub.wait(30)
    print("rss_mib_per_second " + " ".join(map(str, samples)))
    print("rss_mib_peak %d" % max(samples))
    times = sorted(probe_times)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print("probe n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms" % (len(times), statistics.median(times), p99, times[-1]))
    for kind, counter in sorted(statuses.items()):
        print("%-20s %s" % (kind, dict(counter)))
    print("sigterm exit=%d after %.2f s" % (code, time.time() - stop))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Launch to first successful response, in milliseconds.

Usage: first-response.py URL HEADER_NAME HEADER_VALUE -- COMMAND...

Starts COMMAND, then asks URL (GET, with the one header) until it answers 200, and prints the milliseconds from
just before the launch to the end of that response; then stops COMMAND (SIGTERM). The probe is one light process
that retries every 2 ms (a refused connection costs microseconds), so unlike a loop of curl processes it takes no
CPU worth mentioning from the JVM it is timing on a 2-core machine. Exits 3 if COMMAND dies first or nothing
answers 200 within 30 s.
"""
import http.client
import subprocess
import sys
import time
import urllib.parse


def main():
    url, name, value = sys.argv[1], sys.argv[2], sys.argv[3]
    command = sys.argv[sys.argv.index("--") + 1:]
    target = urllib.parse.urlsplit(url)
    t0 = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = t0 + 30
    try:
        while True:
            if time.monotonic() > deadline:
                sys.stderr.write(f"no 200 from {url} within 30 s\n")
                sys.exit(3)
            if process.poll() is not None:
                sys.stderr.write(process.stderr.read().decode(errors="replace"))
                sys.exit(3)
            try:
                connection = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
                connection.request("GET", target.path or "/", headers={name: value})
                response = connection.getresponse()
                response.read()
                connection.close()
                if response.status == 200:
                    print(round((time.monotonic() - t0) * 1000))
                    return
            except (ConnectionRefusedError, ConnectionResetError, http.client.RemoteDisconnected):
                pass
            time.sleep(0.002)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Installs docker.io when missing and starts dockerd when none answers. Exit 0 once `docker info` works.
set -uo pipefail
if docker info >/dev/null 2>&1; then exit 0; fi
if ! command -v dockerd >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null || exit 1
fi
if ! pgrep -x dockerd >/dev/null; then
  nohup dockerd >/tmp/dockerd.log 2>&1 &
fi
for _ in $(seq 1 60); do
  docker info >/dev/null 2>&1 && exit 0
  sleep 1
done
echo "dockerd did not start; last lines of /tmp/dockerd.log:" >&2
tail -20 /tmp/dockerd.log >&2
exit 1

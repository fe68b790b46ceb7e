#!/usr/bin/env bash
# Builds the local JRE 17 base image for the stub container without any image registry:
#   jlink (a trimmed Java 17 runtime) + the shared libraries it links against (found with ldd)
#   + /etc/passwd and /etc/group with a non-root user + /tmp, packed into a rootfs and turned
#   into an image with `docker import` (no Dockerfile, no FROM, nothing pulled).
#
# Idempotent: the image carries a fingerprint label (script, module list, JDK release, libc);
# when an image with the same fingerprint exists the script prints its name and exits in well
# under a second. --force rebuilds anyway.
#
# Usage: build-base-image.sh [--force] [--help]
# Environment (all optional):
#   BASE_IMAGE   image name to create               (default skylight/jre17-base:local)
#   JDK17_HOME   JDK 17 whose jlink and jmods to use (default: $JAVA_HOME if it is 17, else the
#                Debian openjdk-17-jdk-headless location, else the jlink on PATH)
#   JRE_MODULES  comma-separated modules for jlink   (default: the set below)
#   DOCKER       docker client command               (default docker)
# Exit codes: 0 image present/built, 2 usage error, 3 missing prerequisite (JDK 17, docker engine).
set -euo pipefail

IMAGE="${BASE_IMAGE:-skylight/jre17-base:local}"
DOCKER="${DOCKER:-docker}"
# What the stub server and its libraries (Undertow, Jackson, Pact JVM, Kotlin, swagger) need:
# `jdeps --multi-release 17 --ignore-missing-deps --print-module-deps stub-server/target/tickets-stub-server.jar`
# lists java.base, compiler, desktop (java.beans for Jackson/swagger introspection; its AWT natives are never
# loaded headless), instrument, management, naming, scripting, security.jgss, security.sasl, sql, unsupported;
# logging (JUL, jboss-logging), xml, net.http, crypto.ec (TLS) and zipfs are loaded reflectively or by
# service lookup, which jdeps cannot see.
MODULES="${JRE_MODULES:-java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.xml,jdk.crypto.ec,jdk.unsupported,jdk.zipfs}"
RUN_UID=10001
RUN_GID=10001
RUN_USER=stub

force=false
for arg in "$@"; do
  case "$arg" in
    --force) force=true ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-base-image.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

die() { echo "build-base-image.sh: $1" >&2; exit "${2:-3}"; }

is_jdk17() { [ -x "$1/bin/jlink" ] && [ -d "$1/jmods" ] && grep -q '^JAVA_VERSION="17' "$1/release" 2>/dev/null; }

find_jdk17() {
  local candidate
  for candidate in "${JDK17_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-arm64 \
                   "$(dirname "$(dirname "$(readlink -f "$(command -v jlink || echo /nonexistent/bin/jlink)")")")"; do
    if [ -n "$candidate" ] && is_jdk17 "$candidate"; then echo "$candidate"; return 0; fi
  done
  return 1
}

JDK="$(find_jdk17)" || die "no JDK 17 with jlink and jmods found (set JDK17_HOME; on Debian: apt-get install -y openjdk-17-jdk-headless)"
"$DOCKER" info >/dev/null 2>&1 || die "no Docker engine answers '$DOCKER info' (start dockerd first)"

fingerprint="$( { cat "$0"; echo "$MODULES"; cat "$JDK/release"; ldd --version 2>&1 | head -1; echo "$RUN_UID:$RUN_GID"; } | sha256sum | cut -c1-32)"
existing="$("$DOCKER" image inspect -f '{{ index .Config.Labels "com.skylightchat.base.fingerprint" }}' "$IMAGE" 2>/dev/null || true)"
if ! $force && [ "$existing" = "$fingerprint" ]; then
  echo "$IMAGE is up to date (fingerprint $fingerprint)"
  exit 0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/jre17-base.XXXXXX")"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs/opt" "$rootfs/etc" "$rootfs/tmp"

echo "jlink $MODULES from $JDK"
"$JDK/bin/jlink" --module-path "$JDK/jmods" --add-modules "$MODULES" \
  --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$rootfs/opt/java"
# Debian's JDK keeps cacerts as a link into /etc/ssl; the image has no /etc/ssl, so copy the store in.
if [ -L "$rootfs/opt/java/lib/security/cacerts" ] || [ ! -e "$rootfs/opt/java/lib/security/cacerts" ]; then
  rm -f "$rootfs/opt/java/lib/security/cacerts"
  if [ -r "$JDK/lib/security/cacerts" ]; then cp -L "$JDK/lib/security/cacerts" "$rootfs/opt/java/lib/security/cacerts"; fi
fi

# Shared libraries the runtime links against, copied at the paths the dynamic loader looks in.
# The desktop natives (X11 windows, fonts, images, colour profiles) are never loaded by a
# headless server: leaving them out of the scan keeps X11/freetype/libjpeg out of the image and
# makes the result the same on machines that have those libraries and machines that do not.
libs="$work/libs.txt"
: > "$libs"
while IFS= read -r -d '' elf; do
  LD_LIBRARY_PATH="$rootfs/opt/java/lib:$rootfs/opt/java/lib/server" ldd "$elf" 2>/dev/null | while read -r line; do
    case "$line" in
      *"not found"*) echo "  skipped (not on this machine, not needed headless): ${line%% *} for ${elf#$rootfs}" >&2 ;;
      *"=> /"*) path="${line#*=> }"; echo "${path%% (*}" >> "$libs" ;;
      /*) echo "${line%% (*}" >> "$libs" ;;
    esac
  done
done < <(find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) \
           ! -name 'libawt_xawt.so' ! -name 'libjawt.so' ! -name 'libsplashscreen.so' ! -name 'libfontmanager.so' \
           ! -name 'liblcms.so' ! -name 'libjavajpeg.so' ! -name 'libmlib_image.so' -print0)
sort -u "$libs" | grep -v "^$rootfs/" | while read -r lib; do
  mkdir -p "$rootfs$(dirname "$lib")"
  cp -L "$lib" "$rootfs$lib"
done
echo "copied $(sort -u "$libs" | grep -vc "^$rootfs/") shared libraries"

cat > "$rootfs/etc/passwd" <<PASSWD
root:x:0:0:root:/root:/sbin/nologin
$RUN_USER:x:$RUN_UID:$RUN_GID:tickets stub:/tmp:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
PASSWD
cat > "$rootfs/etc/group" <<GROUP
root:x:0:
$RUN_USER:x:$RUN_GID:
nogroup:x:65534:
GROUP
# Look names up in /etc/hosts first: glibc's built-in default asks DNS first, which inside an
# offline container costs seconds per lookup of the container's own host name.
echo 'hosts: files dns' > "$rootfs/etc/nsswitch.conf"
chmod 1777 "$rootfs/tmp"

tar --numeric-owner --owner=0 --group=0 -C "$rootfs" -c . | "$DOCKER" import \
  --change 'ENV JAVA_HOME=/opt/java' \
  --change 'ENV PATH=/opt/java/bin:/usr/bin:/bin' \
  --change "USER $RUN_UID:$RUN_GID" \
  --change 'WORKDIR /tmp' \
  --change "LABEL com.skylightchat.base.fingerprint=$fingerprint" \
  --change 'LABEL org.opencontainers.image.description="Java 17 runtime (jlink) for the SkyLight tickets stub, built locally"' \
  --change 'CMD ["java", "-version"]' \
  - "$IMAGE" >/dev/null

"$DOCKER" run --rm "$IMAGE" java -version >/dev/null 2>&1 || die "built $IMAGE but 'java -version' fails inside it" 1
echo "built $IMAGE ($("$DOCKER" image inspect -f '{{.Size}}' "$IMAGE" | awk '{printf "%.1f MB", $1/1e6}'), fingerprint $fingerprint)"

#!/usr/bin/env bash
# WordPress's own sanitizer for test/browser/cms/wordpress.test.ts (run by test/cms/wp-kses.php):
# PHP from Debian, and WordPress's files unpacked from Debian's package into test/cms/wordpress/
# without installing the package, which would pull in a web server and a database.
# Needs root and Debian's package lists (.ci/run runs apt-get update first).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v php >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq php-cli >/dev/null
fi

if [ ! -f wordpress/wp-includes/kses.php ]; then
  unpack=$(mktemp -d)
  (cd "$unpack" && apt-get download -qq wordpress 2>/dev/null)
  dpkg-deb -x "$unpack"/wordpress_*.deb "$unpack/root"
  rm -rf wordpress
  mv "$unpack/root/usr/share/wordpress" wordpress
  rm -rf "$unpack"
fi

#!/bin/sh
# Brings Debian's Chromium and chromedriver for the review page's browser tests (ReviewPageIT),
# run by the plugin's build before its integration tests. Installs them with apt-get when they are
# missing and the build runs as root; otherwise says what to install (the tests then fail with the
# same message, never skip).
if [ -x /usr/bin/chromedriver ] && [ -x /usr/bin/chromium ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "review page tests: installing Debian's chromium and chromium-driver with apt-get"
  if apt-get install -y chromium chromium-driver >/dev/null 2>&1 \
      || (apt-get update >/dev/null 2>&1 && apt-get install -y chromium chromium-driver); then
    exit 0
  fi
  echo "review page tests: apt-get could not install chromium chromium-driver" >&2
  exit 0
fi
echo "review page tests: /usr/bin/chromium or /usr/bin/chromedriver is missing and this build" \
  "cannot install them (not root, or no apt-get): run  apt-get install -y chromium chromium-driver" \
  "as root, or ReviewPageIT will fail" >&2
exit 0

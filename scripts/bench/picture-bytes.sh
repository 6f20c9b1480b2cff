#!/usr/bin/env bash
# Issue 20's bytes target: what a phone (390 px wide, three device pixels to each) downloads
# for the pictures of an article with a 24-megapixel hero photo and a 9-megapixel photo in the
# body, against the bytes of the two originals, measured in headless Chromium in the same run
# (Tests/EndToEnd/test_pictures_in_browser.py, which also asserts the tenth).
#
#   scripts/bench/picture-bytes.sh       needs chromium, chromedriver and vips (libvips-tools)
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ -x ${SAHIFA_BIN:-.build/debug/sahifa} ]] || swift build --product sahifa
cd Tests/EndToEnd
python3 -m pytest -q -s test_pictures_in_browser.py -k tenth 2>&1 | grep -E "^phone|passed|failed"

#!/usr/bin/env bash
# Issue 20's rendition target: the whole rendition set of a 24-megapixel JPEG made by
# `sahifa renditions` (a release build), against libvips's own `vipsthumbnail` and
# ImageMagick's `convert` making the same set, one rendition per call, in the same run.
#
#   scripts/bench/renditions.sh            RUNS=3 MAGICK_RUNS=1 (the best of each is kept)
# Needs vipsthumbnail (libvips-tools) and ImageMagick (imagemagick); IMAGEMAGICK names its
# convert if it is not /usr/bin/convert. A rendition ImageMagick cannot make (AVIF, where its
# build lacks it) is counted as not made, and its time still counts.
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8

RUNS=${RUNS:-3}
MAGICK_RUNS=${MAGICK_RUNS:-1}  # ImageMagick takes minutes for the set
CONVERT=${IMAGEMAGICK:-/usr/bin/convert}
SHARED=${SAHIFA_SHARED:-$(cd .. && pwd)/shared}
[[ -d $SHARED/interchange ]] || SHARED=/work/shared
command -v vipsthumbnail >/dev/null || { echo "needs vipsthumbnail: apt-get install -y libvips-tools" >&2; exit 2; }
"$CONVERT" -version 2>/dev/null | grep -q ImageMagick || { echo "needs ImageMagick: apt-get install -y imagemagick" >&2; exit 2; }
# SAHIFA_BIN names another build (the work is libvips's either way).
sahifa=${SAHIFA_BIN:-.build/release/sahifa}
[[ -x $sahifa ]] || swift build -c release --product sahifa
work=$(mktemp -d /tmp/sahifa-renditions.XXXXXX)
trap 'rm -rf "$work"' EXIT

# A 24-megapixel photograph: the shared export's cover, enlarged 5.45 times (6540 × 3679).
vips resize "$SHARED/interchange/uploads/2026/12/wpbench-cover.jpg" "$work/photo.jpg[Q=92]" 5.45
echo "# $(vipsheader "$work/photo.jpg"), $(du -k "$work/photo.jpg" | cut -f1) KB"

best() { sort -n | head -1; }
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'; }

# Sahifa's set, which also names every rendition the other two must make.
for run in $(seq 1 "$RUNS"); do rm -rf "$work/sahifa"; seconds "$sahifa" renditions "$work/photo.jpg" "$work/sahifa"; done | best >"$work/sahifa.time"
ls "$work/sahifa" >"$work/set.txt"
echo "# the set: $(wc -l <"$work/set.txt") renditions"

# The same names, the same sizes and the same encoder settings (PictureRenderer's).
options() {
  case $1 in
    jpg) echo "[Q=80,optimize_coding,interlace,strip]" ;;
    webp) echo "[Q=78,strip]" ;;
    avif) echo "[Q=55,compression=av1,effort=2,strip]" ;;
  esac
}
vips_set() {
  mkdir -p "$work/vips"
  while read -r name; do
    local shape=${name%%-*} size=${name#*-}; size=${size%.*}; local extension=${name##*.}
    if [[ $shape == o ]]; then crop=(); else crop=(--smartcrop attention); fi
    vipsthumbnail "$work/photo.jpg" -s "$size" "${crop[@]}" -o "$work/vips/$name$(options "$extension")"
  done <"$work/set.txt"
}
magick_set() {
  mkdir -p "$work/magick"
  while read -r name; do
    local shape=${name%%-*} size=${name#*-}; size=${size%.*}; local extension=${name##*.}
    local quality=80; [[ $extension == webp ]] && quality=78; [[ $extension == avif ]] && quality=55
    if [[ $shape == o ]]; then
      "$CONVERT" "$work/photo.jpg" -auto-orient -thumbnail "$size" -strip -quality "$quality" "$work/magick/$name" || true
    else
      "$CONVERT" "$work/photo.jpg" -auto-orient -thumbnail "$size^" -gravity center -extent "$size" -strip \
        -quality "$quality" "$work/magick/$name" || true
    fi
  done <"$work/set.txt"
}
for run in $(seq 1 "$RUNS"); do rm -rf "$work/vips"; seconds vips_set; done | best >"$work/vips.time"
for run in $(seq 1 "$MAGICK_RUNS"); do rm -rf "$work/magick"; seconds magick_set; done | best >"$work/magick.time"
made=$(ls "$work/magick" | wc -l)

printf '%-16s %8s s  %6s KB\n' "sahifa" "$(cat "$work/sahifa.time")" "$(du -sk "$work/sahifa" | cut -f1)"
printf '%-16s %8s s  %6s KB\n' "vipsthumbnail" "$(cat "$work/vips.time")" "$(du -sk "$work/vips" | cut -f1)"
printf '%-16s %8s s  %6s KB  (%s of %s made)\n' "convert" "$(cat "$work/magick.time")" "$(du -sk "$work/magick" | cut -f1)" "$made" "$(wc -l <"$work/set.txt")"
awk -v s="$(cat "$work/sahifa.time")" -v v="$(cat "$work/vips.time")" -v m="$(cat "$work/magick.time")" 'BEGIN {
  printf "sahifa / vipsthumbnail: %.2f (target: at most 1.25)\n", s / v
  printf "convert / sahifa: %.1f (target: at least 5)\n", m / s }'

#!/bin/sh
# Prints the demo's HTML pages (roster.html, scorecard.html) to PDF and PNG with a headless
# Chromium or Chrome, and checks that each output is not empty. Skips, saying so, where no such
# browser is installed. Usage: scripts/print-pages.sh [DIR]   (default: a fresh ./roster demo --out)
set -eu
browser=""
for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
  echo "print-pages: skipped: no chromium, chromium-browser or google-chrome on the PATH"
  exit 0
fi
dir=${1:-}
if [ -z "$dir" ]; then
  dir=$(mktemp -d)/demo
  ./roster demo --quiet --out "$dir" >/dev/null
fi
for page in roster scorecard; do
  "$browser" --headless --disable-gpu --no-sandbox --print-to-pdf="$dir/$page.pdf" "file://$(cd "$dir" && pwd)/$page.html" 2>/dev/null
  "$browser" --headless --disable-gpu --no-sandbox --window-size=1400,900 --screenshot="$dir/$page.png" "file://$(cd "$dir" && pwd)/$page.html" 2>/dev/null
  for out in "$dir/$page.pdf" "$dir/$page.png"; do
    if [ ! -s "$out" ]; then echo "print-pages: $out is empty"; exit 1; fi
  done
  echo "print-pages: $page.html -> $page.pdf, $page.png"
done

#!/usr/bin/env bash
# Render a contract PDF as the screenshots a borrower would take. Needs pdftoppm
# (poppler-utils); the phone mode also needs python3 (standard library only).
#
#   scripts/render_screenshots.sh CONTRACT.pdf OUT_DIR [DPI]
#       one PNG per page (default 240 dpi: an A4 page is 1984 px wide, body text ~35 px
#       tall)                                                    -> OUT_DIR/page-1.png ...
#   scripts/render_screenshots.sh --phone CONTRACT.pdf OUT_DIR [DPI] [--jpeg]
#       as a phone captures a long page: the pages (default 130 dpi, grey: an A4 page 1075
#       px wide, as on a 1080 px phone screen) stacked into one
#       scroll, cut into phone-shaped screenshots (height 2 x width) that overlap by a few
#       lines, as consecutive screenshots do; lines cut at an edge are kept, as on a phone
#                                                                -> OUT_DIR/shot-1.png ...
#       With --jpeg: one JPEG a page instead (quality 80), as a photo or a page-by-page
#       capture                                                  -> OUT_DIR/shot-1.jpg ...
#
#   scripts/render_screenshots.sh --sms MESSAGE.txt OUT.png
#       a text message as a phone shows it (1080 px wide, a grey bubble, 44 px text in a CJK
#       font); needs python3 with Pillow and a Chinese font (fc-match :lang=zh)
#
#   scripts/render_screenshots.sh --sms-browser MESSAGE.txt OUT.png
#       a text message as a phone's browser shows it: headless Chromium lays the bubble out
#       at a 980 px page width (a page without a viewport tag, as a phone does) and captures
#       it at 780 px (a 390 pt screen at device scale 2): 780 x 1688, ~18 px text above a
#       tall blank area. Needs chromium (or chromium-headless-shell) and a Chinese font.
#
# The file names are printed one a line, in reading order.
set -euo pipefail
if [ "${1:-}" = "--sms-browser" ]; then
  [ $# -eq 3 ] || { echo "usage: $0 --sms-browser MESSAGE.txt OUT.png" >&2; exit 2; }
  browser=""
  for b in chromium-headless-shell chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null; then browser=$b; break; fi
  done
  [ -n "$browser" ] || { echo "no Chromium found (install chromium-headless-shell)" >&2; exit 3; }
  fc-list ':lang=zh-cn' 2>/dev/null | grep -q . \
    || { echo "no Chinese font found (install fonts-noto-cjk)" >&2; exit 3; }
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # The message, HTML-escaped, in a bubble under the sender's number.
  body=$(sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' "$2")
  cat >"$work/sms.html" <<HTML
<!DOCTYPE html><meta charset=utf-8><body style="margin:0;background:#f2f2f7;font:17px/1.5 'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif"><p style="text-align:center;color:#8e8e93;font-size:13px">10690000 · 今天 09:12</p><div style="margin:8px 60px 8px 12px;padding:10px 14px;background:#fff;border-radius:18px">$body</div></body>
HTML
  # 980 x 2121 CSS px at scale 780/980 is 780 x 1688 device px.
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$work/profile" --window-size=980,2121 --force-device-scale-factor=0.7959 \
    --screenshot="$3" "file://$work/sms.html" >/dev/null 2>&1
  [ -s "$3" ] || { echo "$browser wrote no screenshot" >&2; exit 3; }
  echo "$3"
  exit 0
fi
if [ "${1:-}" = "--sms" ]; then
  [ $# -eq 3 ] || { echo "usage: $0 --sms MESSAGE.txt OUT.png" >&2; exit 2; }
  # The sans-serif face fontconfig picks for simplified Chinese, if it really covers Chinese.
  pick=$(fc-match -f '%{file}\t%{index}' 'sans-serif:lang=zh-cn' 2>/dev/null || true)
  fc-list ':lang=zh-cn' -f '%{file}\t%{index}\n' 2>/dev/null | grep -qxF "$pick" \
    || { echo "no Chinese font found (install fonts-noto-cjk)" >&2; exit 3; }
  python3 - "$2" "$3" "$pick" <<'PY'
import sys
from PIL import Image, ImageDraw, ImageFont

src, out, pick = sys.argv[1:4]
font_file, index = pick.split("\t")
text = open(src, encoding="utf-8").read().strip()
font = ImageFont.truetype(font_file, 44, index=int(index))
small = ImageFont.truetype(font_file, 32, index=int(index))
width, margin, pad = 1080, 40, 36
inner = width - 2 * margin - 2 * pad - 120
lines = []
for para in text.split("\n"):
    line = ""
    for ch in para:
        if font.getlength(line + ch) > inner:
            # English wraps at a space when there is one on the line.
            cut = line.rfind(" ") if ch != " " and " " in line else -1
            if cut > 0:
                lines.append(line[:cut])
                line = line[cut + 1:]
            else:
                lines.append(line)
                line = ""
        line += ch
    lines.append(line)
step = 62
height = 260 + step * len(lines) + 2 * pad + 200
img = Image.new("L", (width, height), 255)
draw = ImageDraw.Draw(img)
draw.text((margin, 30), "10:35", font=small, fill=0)
draw.text((width // 2 - 60, 110), "106900000000", font=small, fill=60)
top = 220
draw.rounded_rectangle(
    (margin, top, width - margin - 120, top + 2 * pad + step * len(lines)), radius=36, fill=229
)
for i, line in enumerate(lines):
    draw.text((margin + pad, top + pad + i * step), line, font=font, fill=0)
img.save(out)
print(out)
PY
  exit 0
fi
phone=0
if [ "${1:-}" = "--phone" ]; then
  phone=1
  shift
fi
if [ $# -lt 2 ]; then
  echo "usage: $0 [--phone] CONTRACT.pdf OUT_DIR [DPI] [--jpeg]" >&2
  exit 2
fi
pdf=$1
out=$2
jpeg=0
if [ "${4:-}" = "--jpeg" ] || [ "${3:-}" = "--jpeg" ]; then
  jpeg=1
fi
dpi=${3:-}
if [ -z "$dpi" ] || [ "$dpi" = "--jpeg" ]; then
  dpi=$([ $phone = 1 ] && echo 130 || echo 240)
fi
command -v pdftoppm >/dev/null || { echo "pdftoppm not found (install poppler-utils)" >&2; exit 3; }
mkdir -p "$out"
if [ $phone = 0 ]; then
  pdftoppm -png -r "$dpi" "$pdf" "$out/page"
  ls "$out"/page-*.png
  exit 0
fi
if [ $jpeg = 1 ]; then
  pdftoppm -jpeg -jpegopt quality=80 -r "$dpi" "$pdf" "$out/shot"
  ls "$out"/shot-*.jpg
  exit 0
fi
command -v python3 >/dev/null || { echo "python3 not found" >&2; exit 3; }
pdftoppm -gray -r "$dpi" "$pdf" "$out/raw"
python3 - "$out" <<'PY'
import glob, os, re, struct, sys, zlib

out = sys.argv[1]

def read_pgm(path):
    data = open(path, "rb").read()
    # P5 header: magic, width, height, maxval, each separated by white space.
    fields = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    w, h = int(fields.group(1)), int(fields.group(2))
    return w, h, data[fields.end():fields.end() + w * h]

def write_png(path, w, rows):
    raw = b"".join(b"\x00" + r for r in rows)
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, len(rows), 8, 0, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)

pages = sorted(glob.glob(os.path.join(out, "raw-*.pgm")), key=lambda p: int(re.findall(r"(\d+)\.pgm$", p)[0]))
rows, width = [], None
for p in pages:
    w, h, pixels = read_pgm(p)
    width = width or w
    rows += [pixels[y * w:(y + 1) * w][:width].ljust(width, b"\xff") for y in range(h)]
    os.remove(p)
height = 2 * width
overlap = max(1, width // 8)
start, shots = 0, []
while True:
    end = min(start + height, len(rows))
    shots.append((start, end))
    if end == len(rows):
        break
    start = end - overlap
names = []
for i, (a, b) in enumerate(shots, 1):
    png = os.path.join(out, f"shot-{i}.png")
    write_png(png, width, rows[a:b])
    names.append(png)
print("\n".join(names))
PY

#!/usr/bin/env python3
"""Photos of paper contracts, for tests/photos.rs: two short contracts (English, Chinese)
written here, typeset on a page with Pillow and then spoiled as a phone photo spoils a page.

    python3 scripts/make_photo_fixtures.py                 # the fixtures, tests/fixtures/photos/
    python3 scripts/make_photo_fixtures.py --all /tmp/ph   # every variant, to measure

Each image's expected figures are the ones written in ENGLISH / CHINESE below (the level
payment checked in `expected()`), never loanlint's output. Deterministic: a seeded RNG.
"""

from __future__ import annotations

import argparse
import random
import sys
from decimal import Decimal, getcontext
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "photos"

ENGLISH = """PERSONAL LOAN AGREEMENT
Lender: Northgate Credit Union
Borrower: Dana Whitfield
Date: March 3, 2025
1. Loan amount: $4,800.00
2. Interest rate: 11.5% per year, fixed
3. Term: 24 months, repaid in 24 equal monthly payments of $224.83
4. Origination fee: $96.00, deducted from the loan proceeds
5. Late fee: $25.00 if a payment is more than 10 days late
The borrower has read and accepts these terms."""

CHINESE = """个人借款合同
出借人：华信小额贷款有限公司
借款人：李明
签订日期：2025年4月1日
第一条 借款金额为人民币30,000.00元（叁万元整）。
第二条 借款期限为12个月，自2025年4月1日至2026年3月31日。
第三条 年利率7.2%（单利），按月等额本息还款，每月应还2,598.57元。
第四条 借款人于放款时一次性支付服务费300元。
第五条 逾期未还的，按逾期金额每日0.05%计收罚息。"""

FONTS = {
    "en": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 0),
    # Noto Sans CJK's collection: index 2 is Simplified Chinese.
    "zh": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
}


def expected() -> None:
    """The level payments the texts state, by the annuity formula (checked by hand)."""
    getcontext().prec = 40

    def level(principal: Decimal, annual: Decimal, n: int) -> Decimal:
        r = annual / 100 / 12
        return (principal * r / (1 - (1 + r) ** -n)).quantize(Decimal("0.01"))

    assert level(Decimal(4800), Decimal("11.5"), 24) == Decimal("224.83")
    assert level(Decimal(30000), Decimal("7.2"), 12) == Decimal("2598.57")


def page(lang: str, width: int = 1240, size: int = 26) -> Image.Image:
    """The contract typeset black on white, a margin around it (A4 at 150 dpi is 1240 wide;
    the page is cut below the text to keep the fixtures small)."""
    text = ENGLISH if lang == "en" else CHINESE
    path, index = FONTS[lang]
    font = ImageFont.truetype(path, size, index=index)
    title = ImageFont.truetype(path, size + 8, index=index)
    lines = text.split("\n")
    pitch = size * 2
    height = 120 + pitch * (len(lines) + 1) + 100
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    y = 110
    for i, line in enumerate(lines):
        if i == 0:
            w = draw.textlength(line, font=title)
            draw.text(((width - w) / 2, y), line, font=title, fill=20)
            y += pitch + 10
        else:
            draw.text((110, y), line, font=font, fill=25)
            y += pitch
    return img


def uneven_light(img: Image.Image, rng: random.Random) -> Image.Image:
    """Grey paper lit from one side, with a soft shadow across a corner, and sensor noise."""
    w, h = img.size
    light = Image.linear_gradient("L").rotate(-35, expand=False).resize((w, h))
    # Paper at 235 where the light is, 150 at the far side.
    light = light.point(lambda v: 150 + v * 85 // 255)
    shadow = Image.new("L", (w, h), 255)
    ImageDraw.Draw(shadow).ellipse((w * 0.55, -h * 0.4, w * 1.4, h * 0.5), fill=170)
    shadow = shadow.filter(ImageFilter.GaussianBlur(60))
    out = Image.new("L", (w, h))
    src, lit, sh = img.load(), light.load(), shadow.load()
    dst = out.load()
    for y in range(h):
        for x in range(w):
            v = src[x, y] * lit[x, y] * sh[x, y] // (255 * 255)
            dst[x, y] = max(0, min(255, v + rng.randint(-6, 6)))
    return out


def on_table(img: Image.Image, border: int = 60, table: int = 55) -> Image.Image:
    """The page lying on a dark table: a dark border all round."""
    w, h = img.size
    out = Image.new("L", (w + 2 * border, h + 2 * border), table)
    out.paste(img, (border, border))
    return out


def skew(img: Image.Image, degrees: float, fill: int = 255) -> Image.Image:
    return img.rotate(degrees, resample=Image.BICUBIC, expand=True, fillcolor=fill)


def variants(lang: str) -> dict[str, tuple[Image.Image, dict]]:
    """Every spoiled version of one page, by name: the image and how to save it."""
    rng = random.Random(19 if lang == "en" else 20)
    clean = page(lang)
    png: dict = {"format": "PNG", "optimize": True}
    jpeg = lambda q: {"format": "JPEG", "quality": q}  # noqa: E731
    out = {
        "clean": (clean, png),
        "rot90": (clean.rotate(90, expand=True), png),
        "rot180": (clean.rotate(180, expand=True), png),
        "rot270": (clean.rotate(270, expand=True), png),
        "skew+4": (skew(clean, 4), png),
        "skew-6": (skew(clean, -6), png),
        "skew+2": (skew(clean, 2), png),
        "jpeg40": (clean, jpeg(40)),
        "grey": (uneven_light(clean, rng), jpeg(70)),
        "border": (on_table(clean), png),
        "lowres": (clean.resize((800, clean.height * 800 // clean.width), Image.LANCZOS), jpeg(75)),
    }
    photo = on_table(skew(uneven_light(clean, rng), -3, fill=55))
    out["photo"] = (photo, jpeg(50))
    # Stored sideways with EXIF orientation 6 (display = stored turned 90 degrees clockwise),
    # as a phone held upright for a landscape shot writes it.
    exif = Image.Exif()
    exif[0x0112] = 6
    out["exif6"] = (clean.rotate(90, expand=True), {"format": "JPEG", "quality": 70, "exif": exif})
    return out


# What each contract states, as loanlint's JSON names it: principal, rates (value, per),
# term months, level payment and fees (kind, amount).
WANT = {
    "en": {
        "principal": "4800",
        "rates": [("11.5", "year")],
        "months": 24,
        "payment": "224.83",
        "fees": [("late", "25"), ("origination", "96")],
    },
    "zh": {
        "principal": "30000",
        "rates": [("0.05", "day"), ("7.2", "year")],
        "months": 12,
        "payment": "2598.57",
        "fees": [("service", "300")],
    },
}


def measure(binary: str, path: Path, lang: str) -> list[str]:
    """The fields loanlint reads wrong in the image at `path` (empty: all right)."""
    import json
    import subprocess

    out = subprocess.run(
        [binary, "check", "--format", "json", str(path)], capture_output=True, text=True
    )
    try:
        terms = json.loads(out.stdout)["terms"]
    except (ValueError, KeyError):
        return [f"no report: {out.stderr.strip()[-200:]}"]
    num = lambda v: f"{Decimal(v).normalize():f}" if v is not None else None  # noqa: E731
    got = {
        "principal": num((terms.get("principal") or {}).get("amount")),
        "rates": sorted((num(r.get("value")), r.get("per")) for r in terms.get("rates") or []),
        "months": (terms.get("term") or {}).get("months"),
        "payment": num((terms.get("payment") or {}).get("amount")),
        "fees": sorted((f.get("kind"), num(f.get("amount"))) for f in terms.get("fees") or []),
    }
    want = dict(WANT[lang])
    want["principal"] = num(want["principal"])
    want["payment"] = num(want["payment"])
    want["fees"] = [(k, num(a)) for k, a in want["fees"]]
    return [f"{k}: want {want[k]} got {got[k]}" for k in want if got[k] != want[k]]


# The fixtures kept in the repository (the others are for measuring only).
KEEP = {
    "en": ["rot90", "exif6", "skew-6", "photo"],
    "zh": ["rot180", "skew-6", "photo"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--all", metavar="DIR", help="write every variant to DIR")
    parser.add_argument("--measure", metavar="BINARY", help="read each image with loanlint BINARY")
    args = parser.parse_args()
    expected()
    out_dir = Path(args.all) if args.all else OUT
    out_dir.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "zh"):
        for name, (img, save) in variants(lang).items():
            if not args.all and name not in KEEP[lang]:
                continue
            ext = "png" if save["format"] == "PNG" else "jpg"
            path = out_dir / f"{lang}-{name}.{ext}"
            img.save(path, **save)
            # Check the EXIF variant displays upright.
            if name == "exif6":
                with Image.open(path) as back:
                    upright = ImageOps.exif_transpose(back)
                    assert upright.size == img.size[::-1], (upright.size, img.size)
            wrong = measure(args.measure, path, lang) if args.measure else []
            print(path, path.stat().st_size, "OK" if args.measure and not wrong else "")
            for line in wrong:
                print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

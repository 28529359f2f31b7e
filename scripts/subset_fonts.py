#!/usr/bin/env python3
"""Regenerates the fonts candor embeds (themes/default/fonts/) from Debian's Noto packages.

The fonts draw the link-preview images (og/<status>.png) and measure badge text, so the
bytes must not depend on the machine that builds the site: they are compiled into the binary.
Whole fonts would add ~20 MB (Noto Sans CJK alone is 16 MB), so each is cut to what a status
site needs:

  NotoSans-Regular.ttf        Latin (Basic, Latin-1, Extended-A/B, Additional), Greek, Cyrillic,
                              general punctuation, currency and arrows
  NotoSansArabic-Regular.ttf  Arabic and its presentation forms (with the Latin digits)
  NotoSansHebrew-Regular.ttf  Hebrew
  NotoSansCJK-Regular.otf     the Simplified Chinese face of Noto Sans CJK, cut to: kana, CJK
                              punctuation, full-width forms, and the two national common-use
                              lists -- GB 2312 level 1 (the 3,755 most used hanzi) and JIS X 0208
                              level 1 (the 2,965 most used kanji); both are read from Python's own
                              codecs, so no list is downloaded. A character outside them is not
                              drawn as tofu: candor warns (`missing-glyph`) and `brand.font:`
                              lets a site supply its own font.

Hinting is dropped (the images are drawn at 1200x630, where hinting changes nothing visible).
Requires: apt-get install fonts-noto-core fonts-noto-cjk; pip install fonttools
Usage: python3 scripts/subset_fonts.py   (from the repository root)
"""
import subprocess
import sys
from pathlib import Path

NOTO = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_SC = 2  # face index of "Noto Sans CJK SC" in the collection
OUT = Path("themes/default/fonts")

LATIN = "U+0020-007E,U+00A0-024F,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF," \
        "U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+25CF,U+FEFF,U+FFFD"
ARABIC = "U+0020-0040,U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F"
HEBREW = "U+0020-0040,U+0590-05FF,U+FB1D-FB4F,U+200C-200F"
CJK_BLOCKS = "U+3000-303F,U+3040-309F,U+30A0-30FF,U+31F0-31FF,U+FF00-FFEF"


def national_level_1(codec: str, rows: range) -> set:
    """The hanzi or kanji of a national standard's first level: rows `rows` of its 94x94
    table, decoded through Python's codec (EUC form: row r, cell c is bytes 0xA0+r, 0xA0+c)."""
    chars = set()
    for row in rows:
        for cell in range(1, 95):
            try:
                chars.add(bytes([0xA0 + row, 0xA0 + cell]).decode(codec))
            except UnicodeDecodeError:
                pass
    return chars


def subset(src: Path, dest: str, unicodes: str, text_file: Path = None, index: int = None):
    # pyftsubset's default layout features (kern, liga, Arabic joining forms, mark placement);
    # the CJK face keeps none: its features are vertical forms and per-language variants,
    # which horizontal text in one face never uses, and they double its size.
    features = "--layout-features=" if index is not None else "--layout-features+=kern"
    cmd = ["pyftsubset", str(src), f"--output-file={OUT / dest}", "--no-hinting", features,
           "--name-IDs=*", "--notdef-outline", "--drop-tables+=DSIG"]
    if unicodes:
        cmd.append(f"--unicodes={unicodes}")
    if text_file:
        cmd.append(f"--text-file={text_file}")
    if index is not None:
        cmd.append(f"--font-number={index}")
    subprocess.run(cmd, check=True)
    print(f"{dest}: {(OUT / dest).stat().st_size // 1024} KiB")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    subset(NOTO / "NotoSans-Regular.ttf", "NotoSans-Regular.ttf", LATIN)
    subset(NOTO / "NotoSansArabic-Regular.ttf", "NotoSansArabic-Regular.ttf", ARABIC)
    subset(NOTO / "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Regular.ttf", HEBREW)
    hanzi = national_level_1("gb2312", range(16, 56))  # GB 2312 level 1: rows 16-55
    kanji = national_level_1("euc_jp", range(16, 48))  # JIS X 0208 level 1: rows 16-47
    chars = OUT / "cjk-chars.txt"
    chars.write_text("".join(sorted(hanzi | kanji)) + "\n", encoding="utf-8")
    print(f"CJK: {len(hanzi)} hanzi + {len(kanji)} kanji = {len(hanzi | kanji)} ideographs")
    subset(CJK, "NotoSansCJK-Regular.otf", CJK_BLOCKS, chars, CJK_SC)
    return 0


if __name__ == "__main__":
    sys.exit(main())

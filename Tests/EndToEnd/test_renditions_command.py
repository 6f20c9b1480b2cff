"""`sahifa renditions FILE FOLDER`: a picture's whole rendition set from the shell, and a clear
refusal for what is not a picture."""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path

from conftest import run_sahifa

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from shared_data import shared_folder  # noqa: E402

PHOTO = shared_folder() / "interchange" / "uploads" / "2026" / "12" / "wpbench-cover.jpg"


def test_a_photo_becomes_every_width_of_every_shape_in_three_formats(sahifa_bin, tmp_path):
    done = run_sahifa("renditions", str(PHOTO), str(tmp_path / "out"), "--focus", "0.3,0.4", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "43 renditions of a 1200 × 675 jpeg" in done.stdout
    names = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert len(names) == 43
    # 1200 × 675 holds 900 × 675 at 4:3 and 675 × 675 square: those are the widest made.
    for name in ["o-1200x675.avif", "16x9-960x540.webp", "4x3-900x675.jpg", "1x1-675x675.jpg", "1x1-320x320.avif",
                 "40x21-1200x630.jpg"]:
        assert name in names
    jpeg = (tmp_path / "out" / "16x9-640x360.jpg").read_bytes()
    assert jpeg[:3] == b"\xff\xd8\xff"
    assert (tmp_path / "out" / "o-320x180.webp").read_bytes()[8:12] == b"WEBP"
    assert b"ftypavif" in (tmp_path / "out" / "o-320x180.avif").read_bytes()[:32]


def test_a_file_that_is_not_a_picture_a_bomb_and_a_bad_focus_are_refused_with_what_to_fix(sahifa_bin, tmp_path):
    text = tmp_path / "story.jpg"
    text.write_text("ليست صورة", encoding="utf-8")
    done = run_sahifa("renditions", str(text), str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode != 0
    assert "is not a JPEG, PNG, WebP, GIF, HEIC or AVIF picture" in done.stderr
    assert not (tmp_path / "out").exists()

    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", 50_000, 50_000, 8, 2, 0, 0, 0))
                     + _chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + _chunk(b"IEND", b""))
    done = run_sahifa("renditions", str(bomb), str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode != 0
    assert "declares 50000 × 50000 pixels, more than 100 megapixels" in done.stderr

    done = run_sahifa("renditions", str(PHOTO), str(tmp_path / "out"), "--focus", "1.5,0.2", cwd=tmp_path)
    assert done.returncode != 0
    assert "--focus takes two fractions from 0 to 1" in done.stderr


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

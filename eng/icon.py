#!/usr/bin/env python3
"""Draws the package icon (nuget/icon.png, 128x128): a white shield with a check mark on a dark blue tile.

Usage: python3 eng/icon.py   (standard library only)
"""
import math
import struct
import zlib
from pathlib import Path

SIZE = 128
BACKGROUND = (23, 49, 102)
SHIELD = (255, 255, 255)
MARK = (23, 49, 102)


def inside_tile(x, y, radius=20):
    cx = min(max(x, radius), SIZE - 1 - radius)
    cy = min(max(y, radius), SIZE - 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def inside_shield(x, y):
    top, shoulder, tip = 18, 62, 112
    if y < top or y > tip:
        return False
    if y <= shoulder:
        half = 40
    else:
        t = (y - shoulder) / (tip - shoulder)
        half = 40 * math.cos(t * math.pi / 2)
    return abs(x + 0.5 - SIZE / 2) <= half


def near_segment(x, y, a, b, width):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= width ** 2


def pixel(x, y):
    if not inside_tile(x, y):
        return (0, 0, 0, 0)
    if inside_shield(x, y):
        if near_segment(x, y, (44, 60), (58, 76), 6) or near_segment(x, y, (58, 76), (86, 44), 6):
            return MARK + (255,)
        return SHIELD + (255,)
    return BACKGROUND + (255,)


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in rows)
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def main():
    rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
    target = Path(__file__).resolve().parent.parent / "nuget" / "icon.png"
    target.write_bytes(png(SIZE, SIZE, rows))
    print(target)


if __name__ == "__main__":
    main()

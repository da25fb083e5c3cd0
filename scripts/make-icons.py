#!/usr/bin/env python3
"""Draw the Teams app icons of ReviewBot with the Python standard library only (PNG written via zlib).

    python3 scripts/make-icons.py [OUT_DIR]      # default: manifest/ next to this script's folder

color.png   192x192, full colour: a white document with text lines and a gold check mark on the accent red.
outline.png 32x32, white on transparent (Teams' rule for outline icons): the same document and check mark.

Shapes are rasterised with 4x4 supersampling, so edges are anti-aliased. The output is deterministic;
the PNGs are committed and this script only needs to run again when the design changes.
"""
from __future__ import annotations

import os
import struct
import sys
import zlib

ACCENT = (0xB3, 0x26, 0x1E)  # manifest accentColor #B3261E
WHITE = (0xFF, 0xFF, 0xFF)
LINE_GREY = (0xC9, 0xC2, 0xBE)
GOLD = (0xF2, 0xB8, 0x2E)
SUPERSAMPLE = 4


# ---------------------------------------------------------------- shapes: (x, y) -> inside?
def rounded_rect(x0, y0, x1, y1, r):
    def inside(x, y):
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        cx = min(max(x, x0 + r), x1 - r)
        cy = min(max(y, y0 + r), y1 - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
    return inside


def ring(outer, inner):
    return lambda x, y: outer(x, y) and not inner(x, y)


def segment(ax, ay, bx, by, width):
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    half = width / 2

    def inside(x, y):
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length2))
        px, py = ax + t * dx, ay + t * dy
        return (x - px) ** 2 + (y - py) ** 2 <= half * half
    return inside


def polyline(points, width):
    parts = [segment(*points[i], *points[i + 1], width) for i in range(len(points) - 1)]
    return lambda x, y: any(p(x, y) for p in parts)


def circle(cx, cy, r):
    return lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r


# ---------------------------------------------------------------- raster
class Canvas:
    def __init__(self, size, background=None):
        self.size = size
        fill = (*background, 255) if background else (0, 0, 0, 0)
        self.px = [list(fill) for _ in range(size * size)]

    def coverage(self, shape, scale):
        """(pixel index, covered fraction) for each pixel the shape touches; shapes are in design units."""
        n = SUPERSAMPLE
        for y in range(self.size):
            for x in range(self.size):
                hits = sum(shape((x + (i + 0.5) / n) / scale, (y + (j + 0.5) / n) / scale)
                           for i in range(n) for j in range(n))
                if hits:
                    yield y * self.size + x, hits / (n * n)

    def paint(self, shape, rgb, scale=1.0):
        """Alpha-composite `shape` in colour rgb."""
        for idx, a in self.coverage(shape, scale):
            self._over(idx, rgb, a)

    def erase(self, shape, scale=1.0):
        """Make what lies under `shape` transparent again."""
        for idx, a in self.coverage(shape, scale):
            self.px[idx][3] = round(self.px[idx][3] * (1 - a))

    def _over(self, idx, rgb, a):
        r0, g0, b0, a0 = self.px[idx]
        a0 /= 255
        out_a = a + a0 * (1 - a)
        mix = [(c * a + c0 * a0 * (1 - a)) / out_a for c, c0 in zip(rgb, (r0, g0, b0))]
        self.px[idx] = [round(v) for v in mix] + [round(out_a * 255)]

    def png(self):
        rows = b"".join(b"\x00" + bytes(v for p in self.px[y * self.size:(y + 1) * self.size] for v in p)
                        for y in range(self.size))

        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        ihdr = struct.pack(">IIBBBBB", self.size, self.size, 8, 6, 0, 0, 0)  # 8-bit RGBA
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


# ---------------------------------------------------------------- the two icons (design grid: 32 units)
def check_mark(width):
    return polyline([(19.2, 22.6), (21.6, 25.0), (26.0, 20.0)], width)


def color_icon():
    c = Canvas(192, ACCENT)
    s = 192 / 32
    c.paint(rounded_rect(7.5, 5.0, 22.5, 26.5, 1.6), WHITE, s)
    for i, right in enumerate((19.5, 19.5, 17.0, 19.5, 14.5)):
        y = 9.5 + i * 3.0
        c.paint(segment(10.5, y, right, y, 1.3), LINE_GREY, s)
    c.paint(circle(22.6, 22.6, 6.2), ACCENT, s)  # a red gap around the badge
    c.paint(circle(22.6, 22.6, 5.2), GOLD, s)
    c.paint(check_mark(1.5), WHITE, s)
    return c


def outline_icon():
    c = Canvas(32)
    c.paint(ring(rounded_rect(5.0, 2.5, 21.5, 28.5, 2.0), rounded_rect(6.8, 4.3, 19.7, 26.7, 0.8)), WHITE)
    for i, right in enumerate((17.0, 17.0, 14.0)):
        y = 8.5 + i * 3.5
        c.paint(segment(9.5, y, right, y, 1.6), WHITE)
    c.erase(circle(22.6, 22.6, 7.0))  # the badge cuts through the document's corner
    c.paint(ring(circle(22.6, 22.6, 6.2), circle(22.6, 22.6, 4.6)), WHITE)
    c.paint(check_mark(1.6), WHITE)
    return c


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "manifest")
    os.makedirs(out, exist_ok=True)
    for name, icon in (("color.png", color_icon()), ("outline.png", outline_icon())):
        path = os.path.join(out, name)
        with open(path, "wb") as f:
            f.write(icon.png())
        print(f"wrote {os.path.normpath(path)} ({icon.size}x{icon.size})")


if __name__ == "__main__":
    main()

# Run from anywhere: python3 tools/make_example_photos.py (needs Pillow). Same output every run.
"""Illustrative 'portraits' for the example honorees: flat abstract figures drawn here,
no one's real photo. One is stored sideways with an EXIF orientation tag (6), one is a PNG,
one is smaller than the smallest output width."""
import hashlib, random
from PIL import Image, ImageDraw

import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "static", "photos") + "/"

def palette(seed):
    r = random.Random(seed)
    bg1 = tuple(r.randint(150, 235) for _ in range(3))
    bg2 = tuple(max(0, c - r.randint(40, 90)) for c in bg1)
    skin = r.choice([(238, 200, 170), (214, 170, 130), (190, 145, 110), (226, 186, 150)])
    cloth = tuple(r.randint(30, 170) for _ in range(3))
    hair = r.choice([(30, 24, 20), (55, 40, 30), (20, 20, 25), (80, 60, 45)])
    return r, bg1, bg2, skin, cloth, hair

def gradient(w, h, c1, c2):
    img = Image.new("RGB", (w, h), c1)
    d = ImageDraw.Draw(img)
    for y in range(h):
        t = y / (h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(c1[i] * (1 - t) + c2[i] * t) for i in range(3)))
    return img

def figure(d, cx, base, scale, skin, cloth, hair, long_hair=False):
    s = scale
    d.ellipse([cx - 1.6 * s, base - 1.1 * s, cx + 1.6 * s, base + 2.2 * s], fill=cloth)  # shoulders
    d.rectangle([cx - 0.28 * s, base - 1.45 * s, cx + 0.28 * s, base - 0.9 * s], fill=skin)  # neck
    d.ellipse([cx - 0.62 * s, base - 2.55 * s, cx + 0.62 * s, base - 1.2 * s], fill=skin)  # head
    d.chord([cx - 0.68 * s, base - 2.7 * s, cx + 0.68 * s, base - 1.6 * s], 180, 360, fill=hair)
    if long_hair:
        d.rectangle([cx - 0.7 * s, base - 2.15 * s, cx - 0.5 * s, base - 1.0 * s], fill=hair)
        d.rectangle([cx + 0.5 * s, base - 2.15 * s, cx + 0.7 * s, base - 1.0 * s], fill=hair)

def portrait(name, w, h, long_hair=False, props=None):
    r, bg1, bg2, skin, cloth, hair = palette(name)
    img = gradient(w, h, bg1, bg2)
    d = ImageDraw.Draw(img)
    for _ in range(6):  # soft background shapes
        x, y, rad = r.randint(0, w), r.randint(0, h // 2), r.randint(w // 12, w // 5)
        col = tuple(min(255, c + r.randint(5, 25)) for c in bg1)
        d.ellipse([x - rad, y - rad, x + rad, y + rad], fill=col)
    if props:
        props(d, w, h, r)
    figure(d, w / 2, h * 0.78, w / 4.2, skin, cloth, hair, long_hair)
    return img

def group(name, w, h, n):
    r, bg1, bg2, skin, cloth, hair = palette(name)
    img = gradient(w, h, bg1, bg2)
    d = ImageDraw.Draw(img)
    d.rectangle([0, h * 0.82, w, h], fill=tuple(c // 2 for c in bg2))
    for i in range(n):
        row = i % 2
        cx = w * (i + 0.5) / n
        _, _, _, sk, cl, hr = palette(name + str(i))
        figure(d, cx, h * (0.7 + 0.1 * row), w / (n * 1.9), sk, cl, hr, long_hair=(i % 3 == 1))
    return img

def runner(d, w, h, r):
    for i in range(5):
        d.line([(0, h * 0.6 + i * 14), (w, h * 0.55 + i * 14)], fill=(250, 250, 250), width=3)

def books(d, w, h, r):
    for i in range(9):
        x = 20 + i * (w - 40) / 9
        d.rectangle([x, h * 0.12, x + (w - 60) / 10, h * 0.42], fill=tuple(r.randint(60, 200) for _ in range(3)))

def screen(d, w, h, r):
    d.rounded_rectangle([w * 0.08, h * 0.08, w * 0.5, h * 0.38], radius=12, fill=(40, 60, 90))
    for i in range(4):
        d.line([(w * 0.12, h * (0.13 + i * 0.06)), (w * 0.44, h * (0.13 + i * 0.06))], fill=(140, 220, 160), width=4)

def roof(d, w, h, r):
    d.polygon([(w * 0.05, h * 0.38), (w * 0.5, h * 0.08), (w * 0.95, h * 0.38)], fill=(150, 60, 40))
    d.rectangle([w * 0.15, h * 0.38, w * 0.85, h * 0.55], fill=(200, 170, 110))

# 1. Stored sideways: the pixels are turned 90° counter-clockwise and the EXIF tag 6 says
#    "turn 90° clockwise to view", so only a reader that honours orientation shows it upright.
dung = portrait("nguyen-van-dung", 600, 750, props=runner)
exif = Image.Exif()
exif[0x0112] = 6
dung.rotate(90, expand=True).save(OUT + "nguyen-van-dung.jpg", quality=80, exif=exif.tobytes())
portrait("tran-thi-dao", 600, 750, long_hair=True, props=books).save(OUT + "tran-thi-dao.jpg", quality=80)
portrait("le-van-ut", 640, 800, props=screen).save(OUT + "le-van-ut.jpg", quality=80)
portrait("vu-thi-anh", 560, 700, long_hair=True, props=roof).save(OUT + "vu-thi-anh.jpg", quality=80)
group("to-thuyet-minh-di-san-thang-long", 800, 600, 5).save(OUT + "to-thuyet-minh-di-san-thang-long.jpg", quality=80)
group("clb-don-ca-tai-tu-long-hung", 720, 540, 4).quantize(64).save(OUT + "clb-don-ca-tai-tu-long-hung.png", optimize=True)
# Smaller than 240 px: published at its own size, never enlarged.
group("doi-thong-tin-luu-dong-tam-hiep", 200, 150, 3).save(OUT + "doi-thong-tin-luu-dong-tam-hiep.jpg", quality=85)

#!/usr/bin/env python3
"""Generates a national-scale site for measuring `build` and `serve` (issue 14).

    python3 benches/national.py /dev/shm/national

Makes 10,600 units; a campaign `quoc-gia` of all of them in 700 clusters, scored on 3 rubrics
of 40 criteria over 3 stages (self, cluster, appraised); a small campaign `nho` of 60 units
(3 clusters, one rubric); 20,000 honorees; 1,000 documents. Deterministic: the same folder
every run. Sizes can be made smaller with UNITS=, CLUSTERS=, HONOREES=, DOCS= for a quick
try. Measurement only: tests never run it.
"""

import os
import random
import sys

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
GIVEN = ["An", "Bình", "Dũng", "Đào", "Hà", "Hùng", "Lan", "Mai", "Nam", "Thảo", "Út", "Ưng"]


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def rubric(title, groups, leaves_per_group):
    """A rubric YAML of groups × leaves (max 2.5 each) and its leaf ids."""
    lines = [f"title: {title}", "criteria:"]
    leaves = []
    for g in range(1, groups + 1):
        lines += [f'  - id: "{g}"', f"    title: Nhóm {g}", "    items:"]
        for leaf in range(1, leaves_per_group + 1):
            lid = f"{g}.{leaf}"
            leaves.append(lid)
            lines.append(f'      - {{id: "{lid}", title: "Tiêu chí {lid}", max: 2.5}}')
    lines += [
        "bonus: {max: 5}",
        "deduction: {max: 5}",
        "bands:",
        "  - {label: Xuất sắc, min: 90}",
        "  - {label: Tốt, min: 80}",
        "  - {label: Khá, min: 65}",
        "  - {label: Trung bình, min: 50}",
        'tie_breakers: ["1", bonus]',
    ]
    return "\n".join(lines) + "\n", leaves


def campaign(root, cid, title, units, clusters, rubric_ids, leaves_per_group, rng):
    size = -(-len(units) // clusters)
    lines = [
        f"title: {title}",
        "year: 2024",
        "organiser: Bộ Văn hóa, Thể thao và Du lịch",
        "stages:",
        "  - {id: self, label: Đơn vị tự chấm}",
        "  - {id: cluster, label: Cụm trưởng chấm}",
        "  - {id: appraised, label: Thẩm định}",
        "clusters:",
    ]
    for c in range(clusters):
        members = units[c * size:(c + 1) * size]
        if not members:
            break
        lines += [
            f"  - id: cum-{c}",
            f"    name: Cụm {c}",
            f"    members: [{', '.join(members)}]",
            f"    leader: {members[0]}",
        ]
    lines.append(f"rubrics: [{', '.join(rubric_ids)}]")
    lines.append("awards:")
    for r in rubric_ids:
        lines.append(f"  - {{title: Cờ thi đua {r}, rubric: {r}, scope: cluster, ranks: 1}}")
        lines.append(f'  - {{title: Giấy khen {r}, rubric: {r}, scope: cluster, ranks: "2-3"}}')
    write(root, f"data/campaigns/{cid}/campaign.yaml", "\n".join(lines) + "\n")
    for r in rubric_ids:
        text, leaves = rubric(f"Bảng điểm {r}", 4, leaves_per_group)
        write(root, f"data/campaigns/{cid}/rubrics/{r}.yaml", text)
        wide = ["unit," + ",".join(leaves) + ",note"]
        long = ["unit,criterion,points,note"]
        yaml = []
        for u in units:
            cells = [f"{rng.choice([1.5, 1.75, 2, 2.25, 2.5])}" for _ in leaves]
            wide.append(f"{u},{','.join(cells)},tự chấm")
            if rng.randrange(20) == 0:
                long.append(f"{u},{rng.choice(leaves)},2,cụm trưởng điều chỉnh")
            if rng.randrange(10) == 0:
                yaml.append(f"{u}: {{bonus: {1 + rng.randrange(4)}}}")
        base = f"data/campaigns/{cid}/scores/{r}"
        write(root, f"{base}/self.csv", "\n".join(wide) + "\n")
        write(root, f"{base}/cluster.csv", "\n".join(long) + "\n")
        write(root, f"{base}/appraised.yaml", ("\n".join(yaml) + "\n") if yaml else "{}\n")


def main():
    args = sys.argv[1:]
    if len(args) > 1 or any(a.startswith("-") for a in args):
        # Not a folder: `--help` once made a site named `--help`.
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(0 if args and args[0] in ("-h", "--help") else 2)
    root = args[0] if args else "/dev/shm/national"
    n_units = int(os.environ.get("UNITS", 10_600))
    n_clusters = int(os.environ.get("CLUSTERS", 700))
    n_honorees = int(os.environ.get("HONOREES", 20_000))
    n_docs = int(os.environ.get("DOCS", 1_000))
    rng = random.Random(2024)
    write(root, "config.yaml", "title: Bảng vàng toàn quốc — thử tải\n")
    write(root, "content/_index.md", "---\ntitle: Thử tải\n---\nTrang thử tải.\n")
    write(root, "content/van-ban/_index.md", "---\ntitle: Văn bản\n---\n")
    for i in range(n_docs):
        body = "\n".join(
            f"## Mục {p}\n\nPhong trào thi đua yêu nước của **đơn vị {i}**, đoạn {p}: "
            "tổ chức các hoạt động văn hóa, thể thao, tuyên truyền ở khu phố, ấp.\n"
            for p in range(4)
        )
        write(
            root,
            f"content/van-ban/vb-{i:04}.md",
            f"---\ntitle: Văn bản số {i}\ndate: 2024-{1 + i % 12:02}-{1 + i % 28:02}\n"
            f"campaign: {'quoc-gia' if i % 2 else 'nho'}\n---\n{body}",
        )
    units = [f"u{u:05}" for u in range(n_units)]
    rows = ["id,name,kind"] + [
        f"{u},Đơn vị {i},{'xa' if i % 3 == 0 else 'phuong'}" for i, u in enumerate(units)
    ]
    write(root, "data/units.csv", "\n".join(rows) + "\n")
    campaign(root, "quoc-gia", "Phong trào toàn quốc", units, n_clusters,
             ["vh", "tt", "dl"], 10, rng)
    small = units[:60]
    campaign(root, "nho", "Phong trào cụm nhỏ", small, 3, ["vhtt"], 5, rng)
    h = ["id,name,kind,unit,position,field,photo,summary"]
    for i in range(n_honorees):
        name = f"{FAMILY[i % 8]} Văn {GIVEN[(i // 8) % 12]} {i}"
        h.append(f"h{i:05},{name},individual,{units[i % n_units]},Cán bộ văn hóa,"
                 f"Thể thao,,Gương điển hình số {i}")
    write(root, "data/honorees.csv", "\n".join(h) + "\n")
    print(f"site in {root}: {n_units} units, {n_clusters} clusters, "
          f"{n_honorees} honorees, {n_docs} documents")


if __name__ == "__main__":
    main()

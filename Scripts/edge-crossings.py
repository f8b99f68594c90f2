#!/usr/bin/env python3
"""Counts pairs of edges that cross in a drawn graph, ignoring only where two edges meet at a node they share.

../shared/tools/crossings.py, the counter the issues name, ignores any intersection within 6 px of either
edge's ends. That also hides a real crossing of an edge that passes close to another edge's arrowhead or
start, so its count depends on the gap between ranks: on the same ordering, Graphviz dot's 36 pt gap hides
about a tenth of its crossings and festdoc's 48 px gap (mermaid's rank spacing) hardly any. This counter
names each edge's two nodes and skips an intersection only when it lies within 6 px of the end at a node
both edges share, so drawings with different spacing compare on their crossings alone.

Reads festdoc's SVG (paths with data-from and data-to), Graphviz's (`g.edge` with an `a->b` title) and
Scripts/dagre-layout.js's. Usage: edge-crossings.py FILE.svg [...]  -> "file crossings edges" per file."""
import re
import sys
import xml.etree.ElementTree as ET

SHARED_END = 6.0
TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
CURVE_STEPS = 8


def bezier(points, t):
    while len(points) > 1:
        points = [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for a, b in zip(points, points[1:])]
    return points[0]


def polyline(d):
    """The path as a list of points, curves sampled; only the first subpath (an edge is one stroke)."""
    tokens = TOKEN.findall(d)
    points, here, command, index = [], (0.0, 0.0), None, 0

    def numbers(count):
        nonlocal index
        values = [float(v) for v in tokens[index:index + count]]
        index += count
        return values

    while index < len(tokens):
        if tokens[index].isalpha():
            command = tokens[index]
            index += 1
            if command in "Zz":
                break
            continue
        upper, relative = command.upper(), command.islower()
        base = here if relative else (0.0, 0.0)
        if upper in "ML":
            x, y = numbers(2)
            if upper == "M" and points:
                break
            here = (base[0] + x, base[1] + y)
            points.append(here)
            command = "l" if relative else "L"
        elif upper == "H":
            here = ((here[0] if relative else 0.0) + numbers(1)[0], here[1])
            points.append(here)
        elif upper == "V":
            here = (here[0], (here[1] if relative else 0.0) + numbers(1)[0])
            points.append(here)
        elif upper in "CSQT":
            count = {"C": 3, "S": 2, "Q": 2, "T": 1}[upper]
            values = numbers(2 * count)
            controls = [(base[0] + values[2 * k], base[1] + values[2 * k + 1]) for k in range(count)]
            curve = [here] + controls
            points += [bezier(curve, step / CURVE_STEPS) for step in range(1, CURVE_STEPS + 1)]
            here = controls[-1]
        elif upper == "A":
            values = numbers(7)
            here = (base[0] + values[5], base[1] + values[6])
            points.append(here)
        else:
            index += 1
    return points


def edges(path):
    """(from, to, points) for every edge of the drawing."""
    found = []
    for element in ET.parse(path).getroot().iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if element.get("data-from") is not None and element.get("d"):
            found.append((element.get("data-from"), element.get("data-to"), polyline(element.get("d"))))
        elif tag == "g" and element.get("class") == "edge":
            titles = [c.text or "" for c in element.iter() if c.tag.rsplit("}", 1)[-1] == "title"]
            paths = [c.get("d") for c in element.iter() if c.tag.rsplit("}", 1)[-1] == "path" and c.get("d")]
            if titles and paths and "->" in titles[0]:
                tail, head = titles[0].split("->", 1)
                found.append((tail.strip(), head.strip(), polyline(paths[0])))
    return [edge for edge in found if len(edge[2]) > 1]


def intersection(p, q, r, s):
    denominator = (q[0] - p[0]) * (s[1] - r[1]) - (q[1] - p[1]) * (s[0] - r[0])
    if abs(denominator) < 1e-12:
        return None
    t = ((r[0] - p[0]) * (s[1] - r[1]) - (r[1] - p[1]) * (s[0] - r[0])) / denominator
    u = ((r[0] - p[0]) * (q[1] - p[1]) - (r[1] - p[1]) * (q[0] - p[0])) / denominator
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]))
    return None


def crossing_pairs(drawn):
    boxes = [(min(x for x, _ in pts), min(y for _, y in pts), max(x for x, _ in pts), max(y for _, y in pts))
             for _, _, pts in drawn]
    ends = [{tail: pts[0], head: pts[-1]} for tail, head, pts in drawn]
    count = 0
    for i in range(len(drawn)):
        for j in range(i + 1, len(drawn)):
            a, b = boxes[i], boxes[j]
            if a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]:
                continue
            meetings = [ends[i][n] for n in ends[i].keys() & ends[j].keys()]
            meetings += [ends[j][n] for n in ends[i].keys() & ends[j].keys()]
            if crosses(drawn[i][2], drawn[j][2], meetings):
                count += 1
    return count


def crosses(first, second, meetings):
    for p, q in zip(first, first[1:]):
        for r, s in zip(second, second[1:]):
            point = intersection(p, q, r, s)
            if point and all((point[0] - m[0]) ** 2 + (point[1] - m[1]) ** 2 >= SHARED_END ** 2 for m in meetings):
                return True
    return False


if __name__ == "__main__":
    for name in sys.argv[1:]:
        drawn = edges(name)
        print(name, crossing_pairs(drawn), len(drawn))

#!/usr/bin/env python3
"""Crossings of hand-written flowcharts as festdoc, mermaid 11 (PyPI's mermaidx, mermaid in QuickJS) and
Graphviz dot (subgraphs as clusters) draw them, counted by ../shared/tools/crossings.py. A reference for
BENCHMARKS.md and `make bench`; never part of `make test` (mermaidx and dot are reference tools only).

  Scripts/chart-crossings.py [--charts DIR] [--min-edges 4] [--work DIR] [--table]

Prints one row per chart with at least --min-edges edges that every available tool drew, then the totals.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CROSSINGS = os.path.join(ROOT, "..", "shared", "tools", "crossings.py")


def festdoc_binary():
    explicit = os.environ.get("FESTDOC_BIN")
    if explicit:
        return os.path.join(explicit, "festdoc")
    # The newest build, so that a stale release binary never stands in for the code being measured.
    built = [os.path.join(ROOT, ".build", config, "festdoc") for config in ("release", "debug")]
    built = [path for path in built if os.path.exists(path)]
    if not built:
        sys.exit("build festdoc first (swift build)")
    return max(built, key=os.path.getmtime)


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def dot_source(model):
    """The chart as Graphviz sees it: same nodes, edges and direction, subgraphs as clusters."""
    rank = {"TB": "TB", "TD": "TB", "BT": "BT", "LR": "LR", "RL": "RL"}.get(model.get("direction"), "TB")
    subgraphs = {s["id"]: s for s in model.get("subgraphs", [])}
    parent = {}
    for subgraph in model.get("subgraphs", []):
        for member in subgraph.get("nodes", []):
            parent.setdefault(member, subgraph["id"])
    lines = [f"digraph G {{ rankdir={rank}; compound=true; node [shape=box, fontsize=14];"]

    def emit(container, depth):
        for vertex in model["vertices"]:
            if vertex["id"] not in subgraphs and parent.get(vertex["id"]) == container:
                lines.append("  " * depth + f"{quoted(vertex['id'])} [label={quoted(vertex.get('text') or vertex['id'])}];")
        for sid, subgraph in subgraphs.items():
            if parent.get(sid) == container and sid != container:
                lines.append("  " * depth + f"subgraph {quoted('cluster_' + sid)} {{ label={quoted(subgraph.get('title') or sid)};")
                lines.append("  " * depth + f"  {quoted('anchor_' + sid)} [shape=point, style=invis, width=0];")
                emit(sid, depth + 1)
                lines.append("  " * depth + "}")

    emit(None, 1)
    for edge in model["edges"]:
        ends = []
        attributes = []
        for end, side in ((edge["start"], "ltail"), (edge["end"], "lhead")):
            if end in subgraphs:
                ends.append(quoted("anchor_" + end))
                attributes.append(f"{side}={quoted('cluster_' + end)}")
            else:
                ends.append(quoted(end))
        if edge.get("text"):
            attributes.append(f"label={quoted(edge['text'])}")
        lines.append(f"  {ends[0]} -> {ends[1]} [{', '.join(attributes)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def count(svg):
    if not os.path.exists(svg) or not os.path.exists(CROSSINGS):
        return None
    python = shutil.which("pypy3") or sys.executable
    out = subprocess.run([python, CROSSINGS, svg], capture_output=True, text=True).stdout.split()
    return int(out[1]) if len(out) > 2 else None


def mermaid_svg(source, svg):
    script = ("import mermaidx, sys\nsrc = open(sys.argv[1]).read()\n"
              "open(sys.argv[2], 'w').write(mermaidx.render(src).svg())\n")
    try:
        subprocess.run([sys.executable, "-c", script, source, svg], check=True, capture_output=True,
                       timeout=120)
    except (subprocess.SubprocessError, OSError):
        return False
    return True


def measure(chart, work, festdoc, tools):
    name = os.path.splitext(os.path.basename(chart))[0]
    prefix = os.path.join(work, name)
    model = subprocess.run([festdoc, "diagram", chart, "--emit", "json"], capture_output=True, text=True)
    if model.returncode != 0:
        return None
    parsed = json.loads(model.stdout)
    if parsed.get("type") != "flowchart":
        return None
    row = {"chart": name, "edges": len(parsed["edges"]),
           "subgraphs": len(parsed.get("subgraphs", []))}
    subprocess.run([festdoc, "diagram", chart, "-o", prefix + "-festdoc.svg"], capture_output=True)
    row["festdoc"] = count(prefix + "-festdoc.svg")
    if "mermaid" in tools:
        # mermaidx draws the default dagre layout; an `elk` header would ask for a layout it lacks.
        source = prefix + ".mmd"
        with open(chart) as handle:
            text = re.sub(r"^(\s*)flowchart-elk\b", r"\1flowchart", handle.read(), flags=re.M)
        drawn = prefix + "-mermaid.svg"
        # mermaid's drawing depends only on the chart: one drawn from the same text earlier is reused.
        if not (os.path.exists(drawn) and os.path.exists(source) and open(source).read() == text):
            with open(source, "w") as out:
                out.write(text)
            if not mermaid_svg(source, drawn):
                os.remove(source)
        row["mermaid"] = count(drawn) if os.path.exists(source) else None
    if "dot" in tools:
        with open(prefix + ".dot", "w") as handle:
            handle.write(dot_source(parsed))
        done = subprocess.run(["dot", "-Tsvg", prefix + ".dot", "-o", prefix + "-dot.svg"], capture_output=True)
        row["dot"] = count(prefix + "-dot.svg") if done.returncode == 0 else None
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--charts", default=os.path.join(ROOT, "Tests", "Fixtures", "mermaid-examples"))
    parser.add_argument("--min-edges", type=int, default=4)
    parser.add_argument("--work", default="/tmp/festdoc-chart-crossings")
    parser.add_argument("--table", action="store_true", help="print every chart's row")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    tools = []
    try:
        import mermaidx  # noqa: F401
        tools.append("mermaid")
    except ImportError:
        print("mermaidx is not installed (pip install mermaidx): mermaid's column is left out", file=sys.stderr)
    if shutil.which("dot"):
        tools.append("dot")
    festdoc = festdoc_binary()
    charts = sorted(os.path.join(args.charts, f) for f in os.listdir(args.charts) if f.endswith(".mmd"))
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        rows = [r for r in pool.map(lambda c: measure(c, args.work, festdoc, tools), charts) if r]
    columns = ["festdoc"] + tools
    rows = [r for r in rows if r["edges"] >= args.min_edges and all(r.get(c) is not None for c in columns)]
    if args.table:
        print("| chart | edges | subgraphs | " + " | ".join(columns) + " |")
        print("| --- | --- | --- | " + " | ".join("---" for _ in columns) + " |")
        for r in rows:
            print(f"| {r['chart']} | {r['edges']} | {r['subgraphs']} | " + " | ".join(str(r[c]) for c in columns) + " |")
    totals = {c: sum(r[c] for r in rows) for c in columns}
    worse = sum(1 for r in rows if "mermaid" in r and r["festdoc"] > r["mermaid"])
    better = sum(1 for r in rows if "mermaid" in r and r["festdoc"] < r["mermaid"])
    print(f"{len(rows)} charts with {args.min_edges}+ edges: "
          + ", ".join(f"{c} {totals[c]}" for c in columns)
          + (f"; festdoc worse than mermaid on {worse}, better on {better}" if "mermaid" in tools else ""))


if __name__ == "__main__":
    main()

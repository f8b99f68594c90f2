#!/usr/bin/env python3
"""Extracts the flowcharts of mermaid's end-to-end tests and documentation into a folder of .mmd files,
the hand-written charts the layout is measured on (BENCHMARKS.md, `make bench`, and the metrics golden in
`make test`). Mermaid is MIT-licensed; its LICENSE goes beside the charts.

Reads a mermaid git directory (the `fetch` mirror, or any clone) at one revision without a work tree:
  Scripts/extract-mermaid-examples.py GIT_DIR REVISION OUT_DIR

A chart is the text of a template literal passed to `imgSnapshotTest(` or `renderGraph(` in the Cypress
specs under cypress/integration/rendering/flowchart/, or a ```mermaid / ```mermaid-example block of the
flowchart documentation, when it is a `flowchart`/`graph` (after optional front matter). Literals holding
`${...}` are skipped (their text is built at run time); escapes are read as JavaScript reads them.
Duplicates are written once."""
import hashlib
import os
import re
import subprocess
import sys

SPECS = "cypress/integration/rendering/flowchart/"
DOCS = ["packages/mermaid/src/docs/syntax/flowchart.md"]
CALL = re.compile(r"(?:imgSnapshotTest|renderGraph)\(\s*`((?:[^`\\]|\\.)*)`", re.S)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\n": ""}


def cooked(literal):
    """A template literal's text as JavaScript reads it: `\\`` is a backtick, `\\n` a newline, a
    backslash at a line's end joins the lines, any other escaped character stands for itself."""
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(1)), literal, flags=re.S)


BLOCK = re.compile(r"^```(?:mermaid|mermaid-example)\s*\n(.*?)^```", re.S | re.M)
HEADER = re.compile(r"^\s*(flowchart|graph)\b")


def git(git_dir, *args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True,
                          text=True).stdout


def dedent(text):
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(line[cut:] for line in lines) + "\n"


def is_flowchart(text):
    body = text
    if body.lstrip().startswith("---"):
        parts = body.lstrip().split("---", 2)
        body = parts[2] if len(parts) == 3 else ""
    lines = [line for line in body.split("\n") if line.strip() and not line.strip().startswith("%%")]
    return bool(lines) and bool(HEADER.match(lines[0]))


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    git_dir, revision, out = sys.argv[1:]
    files = [path for path in git(git_dir, "ls-tree", "-r", "--name-only", revision).split("\n")
             if path.startswith(SPECS) and re.search(r"\.spec\.[jt]s$", path)]
    charts = []
    for path in sorted(files):
        source = git(git_dir, "show", f"{revision}:{path}")
        name = os.path.basename(path).split(".spec")[0]
        charts += [(name, cooked(match.group(1))) for match in CALL.finditer(source) if "${" not in match.group(1)]
    for path in DOCS:
        source = git(git_dir, "show", f"{revision}:{path}")
        charts += [("docs", match.group(1)) for match in BLOCK.finditer(source)]
    os.makedirs(out, exist_ok=True)
    seen = set()
    count = 0
    for origin, text in charts:
        chart = dedent(text)
        digest = hashlib.sha1(chart.encode()).hexdigest()
        if not is_flowchart(chart) or digest in seen:
            continue
        seen.add(digest)
        count += 1
        with open(os.path.join(out, f"{count:03d}-{origin}.mmd"), "w") as handle:
            handle.write(chart)
    license_text = git(git_dir, "show", f"{revision}:LICENSE")
    with open(os.path.join(out, "LICENSE-mermaid"), "w") as handle:
        handle.write(license_text)
    with open(os.path.join(out, "SOURCE"), "w") as handle:
        handle.write(f"mermaid-js/mermaid {git(git_dir, 'rev-parse', revision).strip()}\n"
                     f"extracted by Scripts/extract-mermaid-examples.py: {count} flowcharts\n")
    print(f"{count} flowcharts written to {out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Developer tool: runs `festdoc diagram --emit json` over ../shared/mermaid-conformance/flow (or /seq with the
argument `seq`) and prints the cases whose result differs from mermaid's (the Swift conformance tests are the
ones CI runs). Usage: Scripts/conformance.py [flow|seq]"""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIND = sys.argv[1] if len(sys.argv) > 1 else "flow"
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "mermaid-conformance", KIND)
BINARY = os.path.join(ROOT, ".build", "debug", "festdoc")

def normalize_sequence(facts):
    return {"actors": [{k: a.get(k) for k in ("name", "description", "type")} for a in facts.get("actors", [])],
            "messages": [{k: m.get(k) for k in ("from", "to", "kind", "message")} for m in facts.get("messages", [])],
            "boxes": [{k: b.get(k) for k in ("name", "fill", "actorKeys")} for b in facts.get("boxes", [])]}

def normalize(facts):
    if KIND == "seq":
        return normalize_sequence(facts)
    out = {"direction": facts.get("direction"),
           "vertices": [{k: v.get(k) for k in ("id", "text", "labelType", "shape", "classes", "styles")} for v in facts.get("vertices", [])],
           "edges": [{k: e.get(k) for k in ("start", "end", "type", "stroke", "length", "text", "labelType", "id")} for e in facts.get("edges", [])],
           "subgraphs": [{"id": s["id"], "title": s["title"], "nodes": sorted(s["nodes"]), "dir": s.get("dir")} for s in facts.get("subgraphs", [])],
           "classes": {k: {"id": v.get("id"), "styles": v.get("styles", []), "textStyles": v.get("textStyles", [])} for k, v in facts.get("classes", {}).items()}}
    for key in ("accTitle", "accDescr"):
        if facts.get(key) is not None: out[key] = facts[key]
    return out

def check(name):
    case = json.load(open(os.path.join(CORPUS, name + ".json")))
    oracle = case["oracle"]
    run = subprocess.run([BINARY, "diagram", os.path.join(CORPUS, name + ".mmd"), "--emit", "json"], capture_output=True, text=True)
    if not oracle.get("ok"):
        return None if run.returncode == 1 else (name, "expected an error, got a parse")
    if run.returncode != 0:
        return (name, "error: " + run.stderr.strip()[:200])
    ours = normalize(json.loads(run.stdout))
    theirs = normalize(oracle["facts"])
    if ours != theirs:
        for key in theirs:
            if ours.get(key) != theirs.get(key):
                return (name, f"{key}: ours={json.dumps(ours.get(key))[:300]} theirs={json.dumps(theirs.get(key))[:300]}")
        return (name, "extra keys " + str(set(ours) - set(theirs)))
    return None

names = sorted(f[:-5] for f in os.listdir(CORPUS) if f.endswith(".json"))
with ThreadPoolExecutor(8) as pool:
    failures = [r for r in pool.map(check, names) if r]
for name, why in failures:
    print(name, why)
print(f"{len(names) - len(failures)} passed, {len(failures)} failed")

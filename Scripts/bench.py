#!/usr/bin/env python3
"""festdoc's benchmarks (`make bench`): one table, every row measured in this run, beside the tools people
would pick instead. Needs Debian's cmark-gfm, hugo, graphviz and node-dagre-layout, pypy3 to count
crossings quickly (make bench installs them; plain python3 counts the same, slower) and a release build.
Timing is never a test: this prints figures, it fails nothing.

Usage: Scripts/bench.py [--sizes 10,100,1000,10000] [--graphs 20,100,500,2000] [--graph-seeds 1] [--runs 5]
                        [--work DIR] [--bin DIR]
Every size of issue 9 runs by default (about 25 minutes on two cores); `--sizes 10,100,1000 --graphs
20,100,500` is the quick run."""
import argparse, concurrent.futures, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release")
CROSSINGS = os.path.join(os.path.dirname(ROOT), "shared", "tools", "crossings.py")
EDGE_CROSSINGS = os.path.join(ROOT, "Scripts", "edge-crossings.py")
EXTENSIONS = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]


def run(command, stdout=subprocess.DEVNULL, env=None, ok_codes=(0,)):
    """Runs a command; returns (wall seconds, CPU seconds, peak RSS in MB, stderr text)."""
    # stderr goes to a file, not a pipe: a build with many findings would fill a pipe and stall.
    with tempfile.TemporaryFile() as err_file:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=err_file, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        err_file.seek(0)
        err = err_file.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) not in ok_codes:
        raise SystemExit(f"failed ({status}): {' '.join(command)}\n{err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, err


def repeat(times, command, **kwargs):
    return [run(command, **kwargs) for _ in range(times)]


def summary(values, unit="s", scale=1.0, digits=2):
    values = [v * scale for v in values]
    median = statistics.median(values)
    return f"{median:.{digits}f} {unit}", f"{min(values):.{digits}f}–{max(values):.{digits}f}"


def markdown_files(folder):
    found = []
    for base, dirs, names in os.walk(folder):
        dirs.sort()
        found += [os.path.join(base, n) for n in sorted(names) if n.endswith(".md")]
    return found


def site_size(folder):
    pages, size = 0, 0
    for base, _, names in os.walk(folder):
        for name in names:
            size += os.path.getsize(os.path.join(base, name))
            pages += name.endswith(".html")
    return pages, size


def hugo_site(content, folder):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "layouts", "_default"))
    with open(os.path.join(folder, "hugo.toml"), "w") as f:
        f.write('baseURL = "http://localhost/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
    for name, body in [("single.html", "<!DOCTYPE html><title>{{ .Title }}</title>{{ .Content }}"),
                       ("list.html", "<!DOCTYPE html><title>{{ .Title }}</title>{{ .Content }}")]:
        with open(os.path.join(folder, "layouts", "_default", name), "w") as f:
            f.write(body)
    shutil.copytree(content, os.path.join(folder, "content"), ignore=shutil.ignore_patterns("*.yaml", "*.yml"))


def count_crossings(svg):
    """Edge crossings in a drawing: ../shared/tools/crossings.py's count ("?" without it), and
    Scripts/edge-crossings.py's, which ignores intersections only where edges meet at a shared node."""
    # PyPy runs the same scripts some twenty times faster (minutes to seconds at 2,000 nodes), same counts.
    python = shutil.which("pypy3") or sys.executable
    found = []
    for script in [CROSSINGS, EDGE_CROSSINGS]:
        counted = (subprocess.run([python, script, svg], capture_output=True, text=True).stdout.split()
                   if os.path.exists(script) else [])
        found.append(counted[1] if len(counted) > 1 else "?")
    return tuple(found)


def limit_rows(args):
    """Builds one festival per input of docs/limits.md and reports the time and what festdoc said."""
    cases = {
        "a 20 MB markdown file": lambda: ("notes/huge.md", "# Huge\n\n" + ("x" * 99 + "\n") * 200_000),
        "a table of 50,000 rows": lambda: ("notes/table.md", "# Table\n\n| id | name |\n|---|---|\n"
                                           + "".join(f"| {i} | row {i} |\n" for i in range(50_000))),
        "a contract table of 50,000 rows": lambda: ("COMMON_INTERFACES.md",
                                                    "# Common Interfaces\n\n### Interface Review Checklist\n\n"
                                                    "| Review Area | Criteria | Status |\n|---|---|---|\n"
                                                    + "".join(f"| Area {i} | Check {i} | [x] |\n" for i in range(50_000))),
        "a flowchart of 5,000 nodes": lambda: ("notes/graph.md", "# Graph\n\n```mermaid\nflowchart LR\n"
                                               + "".join(f"  n{i} --> n{(i * 7 + 1) % 5000}\n" for i in range(5000))
                                               + "```\n"),
        "an OpenAPI document of 50,000 paths": lambda: ("api/openapi.yaml", "openapi: 3.1.0\ninfo:\n  title: Big\n"
                                                        "  version: '1'\npaths:\n"
                                                        + "".join(f"  /items/{i}:\n    get:\n      summary: Item {i}\n"
                                                                  "      responses:\n        '200':\n"
                                                                  "          description: ok\n" for i in range(50_000))),
        "a $ref chain 100 deep": lambda: ("api/chain.yaml", "openapi: 3.1.0\ninfo:\n  title: Chain\n  version: '1'\n"
                                          "paths:\n  /a:\n    get:\n      parameters:\n"
                                          "        - $ref: '#/components/parameters/P0'\n      responses: {}\n"
                                          "components:\n  parameters:\n"
                                          + "".join(f"    P{i}:\n      $ref: '#/components/parameters/P{i + 1}'\n"
                                                    for i in range(100))
                                          + "    P100:\n      name: p\n      in: query\n"),
        "lists nested 1,000 deep": lambda: ("notes/deep.md", "# Deep\n\n"
                                            + "".join("  " * i + f"- level {i}\n" for i in range(1000))),
    }
    rows = []
    for name, make in cases.items():
        folder = os.path.join(args.work, "limit-" + name.split()[1].replace(",", "").replace("$", ""))
        path, text = make()
        os.makedirs(os.path.join(folder, "big", os.path.dirname(path)), exist_ok=True)
        with open(os.path.join(folder, "big", "FESTIVAL_OVERVIEW.md"), "w") as f:
            f.write("# Festival Overview: Limits\n")
        with open(os.path.join(folder, "big", path), "w") as f:
            f.write(text)
        out = folder + "-site"
        started = time.perf_counter()
        done = subprocess.run([os.path.join(BIN, "festdoc"), "build", folder, "-o", out, "-q"],
                              capture_output=True, text=True)
        seconds = time.perf_counter() - started
        said = sorted({line.rsplit("[", 1)[-1].rstrip("]") for line in done.stderr.splitlines() if "[limits." in line
                       or "[content.too-large]" in line or "[sources.openapi]" in line})
        rows.append((f"limit: {name}", "", f"{seconds:.2f} s", "", f"exit {done.returncode}; "
                     + (", ".join(said) if said else "built in full")))
    return rows


def sidebar_script(site):
    """The most script a page's sidebar loads: its festival's nav.js and every part on the way to the page,
    as festdoc.js picks them (a stub whose page range holds the page), the theme's scripts beside it."""
    parsed = {}

    def items_of(path):
        if path in parsed:
            return parsed[path]
        with open(os.path.join(site, path), encoding="utf-8") as handle:
            text = handle.read()
        inner = text[text.index("(") + 1:text.rindex(")")]
        if text.startswith("festdocNavigationPart("):
            inner = inner[inner.index(",") + 1:]  # after the part's own path
        parsed[path] = json.loads(inner)
        return parsed[path]

    def walk(items, page, loaded):
        for item in items:
            if "l" in item and "r" in item and item["r"][0] <= page <= item["r"][1] and item["l"] not in loaded:
                loaded.add(item["l"])
                walk(items_of(item["l"]), page, loaded)
            walk(item.get("c", []), page, loaded)

    theme = sum(os.path.getsize(os.path.join(site, "assets", name)) for name in ("festdoc.js", "theme.js"))
    largest = (0, "")
    for festival in sorted(os.listdir(site)):
        nav = os.path.join(festival, "nav.js")
        if not os.path.isfile(os.path.join(site, nav)):
            continue
        top = items_of(nav)["items"]
        for folder, _, names in os.walk(os.path.join(site, festival)):
            for name in names:
                if not name.endswith(".html"):
                    continue
                page = os.path.relpath(os.path.join(folder, name), site)
                loaded = set()
                walk(top, page, loaded)
                total = theme + os.path.getsize(os.path.join(site, nav)) + sum(
                    os.path.getsize(os.path.join(site, part)) for part in loaded)
                largest = max(largest, (total, page))
    return largest


def search_rows(site, size):
    """What one search loads of the index, as festdoc.js picks the parts (run in Node by search-probe.js),
    over queries of every kind: a name, its prefix, a word on every page, one letter, two words."""
    middle = max(0, size // 2)
    queries = [f"Service {middle:05d}", "Service", "s", "the", "get thing 4", f"Op{middle}x0", "field3",
               "Entity1", "postgresql swift", "queue area"]
    done = subprocess.run(["node", os.path.join(ROOT, "Scripts", "search-probe.js"), site, *queries],
                          capture_output=True, text=True, check=True)
    loads = [json.loads(line) for line in done.stdout.splitlines()]
    answered = sum(1 for load in loads if load["results"])
    largest = max(loads, key=lambda load: load["bytes"])
    folder = os.path.join(site, "search")
    total = sum(os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder))
    return [("index one search loads", size, f"{largest['bytes'] / 1000:.0f} KB",
             f"median {statistics.median(load['bytes'] for load in loads) / 1000:.0f} KB",
             f"the most of {len(loads)} queries ('{largest['query']}', {largest['files']} parts); {answered} answered; "
             f"whole index {total / 1e6:.1f} MB in {len(os.listdir(folder))} parts; target: at most 300 KB")]


def serve_rows(args, size, content):
    """From saving a file to the reloaded page, through `festdoc serve` (edit, rebuild, event, fetch)."""
    import http.client, socket
    work = os.path.join(args.work, f"serve-{size}")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(content, os.path.join(work, "content"))
    server = subprocess.Popen([os.path.join(BIN, "festdoc"), "serve", os.path.join(work, "content"), "--port", "0",
                               "--output", os.path.join(work, "site")], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
    rows = []
    try:
        port = None
        for line in server.stdout:
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if found:
                port = int(found.group(1))
                break
        if port is None:
            return [("serve: edit to reloaded page", size, "did not start", "", "")]
        events = socket.create_connection(("127.0.0.1", port))
        events.sendall(b"GET /__festdoc/events HTTP/1.1\r\nHost: x\r\n\r\n")
        events.settimeout(120)
        events.recv(4096)
        tasks = sorted(p for p in markdown_files(os.path.join(work, "content")) if re.search(r"/\d{3}_[^/]+/\d\d_[^/]+/\d\d_[^/]+\.md$", p))
        contract = next(p for p in markdown_files(os.path.join(work, "content")) if p.endswith("COMMON_INTERFACES.md"))
        for name, path in [("a task file", tasks[0]), ("COMMON_INTERFACES.md", contract),
                           ("one component's cell", contract)]:
            times = []
            for run_number in range(args.runs):
                marker = f"Benchmark edit {run_number} of {name}."
                with open(path) as handle:
                    text = handle.read()
                if name == "one component's cell":
                    # The responsibility of the first component row: one element's details, in place.
                    lines = text.split("\n")
                    row = next(i for i, line in enumerate(lines) if line.startswith("| Component |")) + 2
                    cells = lines[row].split("|")
                    cells[2] = cells[2].rstrip() + f" ({run_number}) "
                    lines[row] = "|".join(cells)
                    text = "\n".join(lines)
                else:
                    text += f"\n{marker}\n"
                started = time.perf_counter()
                with open(path, "w") as handle:
                    handle.write(text)
                received = b""
                while b"event: reload" not in received:
                    received += events.recv(65536)
                # The reloaded tab asks for the page again: that request is part of the wait.
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                connection.request("GET", "/")
                connection.getresponse().read()
                connection.close()
                times.append(time.perf_counter() - started)
                time.sleep(0.2)
            rows.append((f"serve: save {name} to reloaded page", size, *summary(times, unit="ms", scale=1000, digits=0),
                         "edit, inotify, incremental rebuild, reload event, page fetched; goals: a task file 100 ms, "
                         "one component 300 ms"))
        events.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return rows


def parse_step_rounds(args, content, jobs):
    """The parse step alone, in milliseconds per round: `festdoc-bench parse` times it in one process."""
    output = subprocess.run([os.path.join(BIN, "festdoc-bench"), "parse", content, "--jobs", str(jobs),
                             "--rounds", str(max(1, args.runs))], capture_output=True, text=True, check=True).stdout
    return [float(v) for v in re.search(r"\(([\d. ]+)\)", output).group(1).split()]


def incremental_rows(args, size, content):
    """`festdoc build` into the site a build left, after one task file was saved: a new process each time,
    reading the record the build before wrote."""
    work = os.path.join(args.work, f"incremental-{size}")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(content, os.path.join(work, "content"))
    tasks = sorted(p for p in markdown_files(os.path.join(work, "content"))
                   if re.search(r"/\d{3}_[^/]+/\d\d_[^/]+/\d\d_[^/]+\.md$", p))
    command = [os.path.join(BIN, "festdoc"), "build", os.path.join(work, "content"), "-o", os.path.join(work, "site"),
               "-q", "--timings"]
    run(command)
    results = []
    for run_number in range(args.runs):
        with open(tasks[run_number % len(tasks)], "a") as handle:
            handle.write(f"\nIncremental benchmark edit {run_number}.\n")
        results.append(run(command))
    stages = {}
    for _, _, _, err in results:
        for stage, ms in re.findall(r"^\s+(\w+)\s+([\d.]+) ms", err, re.M):
            stages.setdefault(stage, []).append(float(ms))
    stage_text = ", ".join(f"{k} {statistics.median(v):.0f}" for k, v in stages.items())
    return [("festdoc build after one task edit (incremental, new process)", size, *summary([r[0] for r in results]),
             f"peak {max(r[2] for r in results):.0f} MB; stages ms: {stage_text}; target at 10,000: 1 s")]


def chart_rows():
    """Crossings on the mermaid examples (Scripts/chart-crossings.py): one row of totals, and the
    table's lines for the charts where any tool has a crossing."""
    script = os.path.join(ROOT, "Scripts", "chart-crossings.py")
    done = subprocess.run([sys.executable, script, "--table"], capture_output=True, text=True,
                          env=dict(os.environ, FESTDOC_BIN=BIN))
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return ("drawings: crossings of mermaid's examples", "", "failed", "", done.stderr.strip()[-200:]), []
    header, table = lines[:2], lines[2:-1]
    crossed = [line for line in table if any(cell.strip() not in ("", "0") for cell in line.split("|")[4:-1])]
    return ("drawings: crossings of mermaid's examples", "", "", "", lines[-1]), header + crossed


def main():
    global BIN
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10,100,1000,10000")
    parser.add_argument("--graphs", default="20,100,500,2000")
    parser.add_argument("--graph-seeds", default="1",
                        help="seeds of the generated graphs; with several, a row sums each tool's crossings")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", default=os.path.join(ROOT, ".build", "bench"))
    parser.add_argument("--bin", default=BIN, help="folder holding festdoc and festdoc-bench")
    parser.add_argument("--serve", default="yes", choices=["yes", "no"],
                        help="also time festdoc serve from a saved edit to the reloaded page")
    parser.add_argument("--serve-up-to", type=int, default=1000,
                        help="time serve only on festivals of at most this many components")
    parser.add_argument("--limits", default="yes", choices=["yes", "no"],
                        help="also build the inputs of docs/limits.md (20 MB file, 50,000-row table, ...)")
    parser.add_argument("--charts", default="yes", choices=["yes", "no"],
                        help="also count crossings of mermaid's example flowcharts beside mermaid and dot")
    args = parser.parse_args()
    BIN = args.bin
    cores = os.cpu_count() or 1
    rows = []
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    page_times = {}  # size -> median ms per page with all cores
    for size in [int(s) for s in args.sizes.split(",") if s]:
        content = os.path.join(args.work, f"festival-{size}")
        subprocess.run([os.path.join(BIN, "festdoc-bench"), "generate", "--components", str(size), "--seed", "1",
                        "-o", content], check=True)
        files = markdown_files(content)
        per_job = {}
        for jobs in [1, cores]:
            out = os.path.join(args.work, f"site-{size}-{jobs}")
            results = repeat(args.runs, [os.path.join(BIN, "festdoc"), "build", content, "-o", out, "-q", "--timings", "--full",
                                         "--jobs", str(jobs)])
            pages, size_bytes = site_size(out)
            per_job[jobs] = results
            median_wall = statistics.median(r[0] for r in results)
            if jobs == cores:
                page_times[size] = median_wall / max(pages, 1) * 1000
            stages = {}
            for _, _, _, err in results:
                for stage, ms in re.findall(r"^\s+(\w+)\s+([\d.]+) ms", err, re.M):
                    stages.setdefault(stage, []).append(float(ms))
            stage_text = ", ".join(f"{k} {statistics.median(v):.0f}" for k, v in stages.items())
            rows.append((f"festdoc build --jobs {jobs}", size, *summary([r[0] for r in results]),
                         f"CPU {statistics.median(r[1] for r in results):.2f} s; {median_wall / max(pages, 1) * 1000:.2f} ms/page; "
                         f"the first run, into an empty folder, {results[0][0]:.2f} s (the others rebuild the site it left); "
                         f"peak {max(r[2] for r in results):.0f} MB; {pages} pages, {size_bytes / 1e6:.1f} MB; stages ms: {stage_text}"))
        # check runs every step that reports and stops before rendering (target at 1,000: 0.35x a build).
        checks = repeat(args.runs, [os.path.join(BIN, "festdoc"), "check", content], ok_codes=(0, 1))
        build_wall = statistics.median(r[0] for r in per_job[cores])
        rows.append(("festdoc check", size, *summary([r[0] for r in checks]),
                     f"check / build = {statistics.median(r[0] for r in checks) / build_wall:.2f} (all cores); "
                     f"peak {max(r[2] for r in checks):.0f} MB"))
        rows += incremental_rows(args, size, content)
        if args.serve == "yes" and size <= args.serve_up_to:
            rows += serve_rows(args, size, content)
        outputs = [os.path.join(args.work, f"site-{size}-{jobs}") for jobs in (1, cores)]
        script, page = sidebar_script(outputs[1])
        rows.append(("script a page loads (sidebar and theme, not search)", size, f"{script / 1000:.0f} KB", "",
                     f"the most of any page ({page}); target at 10,000: at most 100 KB"))
        rows += search_rows(outputs[1], size)
        same = subprocess.run(["diff", "-r", "-q", *outputs], capture_output=True).returncode == 0
        rows.append(("festdoc output --jobs 1 vs all cores", size, "identical" if same else "DIFFERENT", "", ""))
        parse_rounds = parse_step_rounds(args, content, cores)
        rows.append(("festdoc parse step alone (all cores)", size, *summary(parse_rounds, "ms", digits=0),
                     f"festdoc-bench parse, {len(parse_rounds)} rounds in one process (the first maps fresh memory)"))
        if not shutil.which("cmark-gfm") or not shutil.which("hugo"):
            rows.append(("cmark-gfm floor and Hugo", size, "not installed", "", "make bench-deps installs them"))
            continue
        floor = repeat(args.runs, ["cmark-gfm", *sum([["-e", e] for e in EXTENSIONS], []), *files])
        festdoc = statistics.median(r[0] for r in per_job[cores])
        floor_wall = statistics.median(r[0] for r in floor)
        rows.append(("cmark-gfm floor (one process)", size, *summary([r[0] for r in floor]),
                     f"{len(files)} files; festdoc / floor = {festdoc / floor_wall:.1f}; "
                     f"parse step / floor = {statistics.median(parse_rounds) / 1000 / floor_wall:.2f}"))
        hugo_folder = os.path.join(args.work, f"hugo-{size}")
        hugo_site(content, hugo_folder)
        hugo_out = os.path.join(hugo_folder, "public")
        hugo = repeat(args.runs, ["hugo", "--quiet", "--source", hugo_folder, "--destination", hugo_out,
                                  "--cleanDestinationDir"])
        hugo_pages, _ = site_size(hugo_out)
        rows.append(("Hugo (minimal single.html)", size, *summary([r[0] for r in hugo]),
                     f"{hugo_pages} pages (festdoc {site_size(outputs[1])[0]}); festdoc / Hugo = "
                     f"{festdoc / statistics.median(r[0] for r in hugo):.2f}"))
    for small, large in zip(sorted(page_times), sorted(page_times)[1:]):
        rows.append((f"time per page, {large} against {small} components", large,
                     f"{page_times[large] / page_times[small]:.2f}×", "",
                     f"{page_times[large]:.2f} ms against {page_times[small]:.2f} ms, all cores; target at 10,000: 1.2×"))
    env = dict(os.environ, NODE_PATH="/usr/share/nodejs")
    drawings = []  # (row index, tool, nodes, svg)
    seeds = [int(s) for s in args.graph_seeds.split(",") if s]
    for nodes in [int(s) for s in args.graphs.split(",") if s]:
        for seed in seeds:
            prefix = os.path.join(args.work, f"graph-{nodes}-{seed}")
            subprocess.run([os.path.join(BIN, "festdoc-bench"), "graph", "--nodes", str(nodes), "--seed", str(seed),
                            "-o", prefix], check=True)
            size = nodes if seeds == [1] else f"{nodes}, seed {seed}"
            tools = [("festdoc diagram", [os.path.join(BIN, "festdoc"), "diagram", prefix + ".mmd", "-o", prefix + "-festdoc.svg"],
                      prefix + "-festdoc.svg", None),
                     ("Graphviz dot -Tsvg", ["dot", "-Tsvg", prefix + ".dot", "-o", prefix + "-dot.svg"], prefix + "-dot.svg", None),
                     ("dagre (node)", ["node", os.path.join(ROOT, "Scripts", "dagre-layout.js"), prefix + ".json",
                                       prefix + "-dagre.svg"], prefix + "-dagre.svg", env)]
            for name, command, svg, tool_env in tools:
                if not shutil.which(command[0]) or (command[0] == "node" and not os.path.isdir("/usr/share/nodejs/dagre")):
                    rows.append((f"layout: {name}", size, "not installed", "", "make bench-deps installs it"))
                    continue
                results = repeat(args.runs, command, env=tool_env)
                rows.append((f"layout: {name}", size, *summary([r[0] for r in results]), svg))
                drawings.append((len(rows) - 1, name, nodes, svg))
    # Counting takes a while on big drawings, so it runs after every timed run, on all cores.
    totals = {}  # (nodes, tool) -> crossings over every seed, by crossings.py and by edge-crossings.py
    with concurrent.futures.ThreadPoolExecutor(max_workers=cores) as pool:
        counts = pool.map(count_crossings, [svg for *_, svg in drawings])
        for (index, name, nodes, _), (crossings, apart) in zip(drawings, counts):
            rows[index] = (*rows[index][:4], f"{crossings} crossings ({apart} away from shared nodes)")
            if crossings != "?" and apart != "?":
                old = totals.get((nodes, name), (0, 0))
                totals[(nodes, name)] = (old[0] + int(crossings), old[1] + int(apart))
    if len(seeds) > 1:
        for nodes in sorted({nodes for nodes, _ in totals}):
            found = {name: total for (size, name), total in totals.items() if size == nodes}
            for rule, column in [("crossings.py", 0), ("away from shared nodes", 1)]:
                dot = found.get("Graphviz dot -Tsvg", (0, 0))[column]
                ratio = (f"; festdoc / dot = {found['festdoc diagram'][column] / dot:.3f}"
                         if dot and "festdoc diagram" in found else "")
                rows.append((f"layout: crossings over seeds {args.graph_seeds} ({rule})", nodes, "", "",
                             ", ".join(f"{name} {total[column]}" for name, total in found.items()) + ratio))
    chart_table = []
    if args.charts == "yes":
        row, chart_table = chart_rows()
        rows.append(row)
    if args.limits == "yes":
        rows += limit_rows(args)
    print(f"festdoc benchmarks: {cores} cores, {args.runs} runs each, median and min–max\n")
    print("| measure | size | median | spread | details |\n| --- | --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")
    if chart_table:
        print("\nCharts where any tool crosses an edge:\n")
        print("\n".join(chart_table))


if __name__ == "__main__":
    main()

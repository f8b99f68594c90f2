#!/bin/sh
# Builds the libFuzzer targets of Fuzz/ and runs each for FUZZ_TIME seconds (default 600), seeded from
# the mermaid conformance corpus, the interface template and the sample festival. Crashes land in
# .fuzz/<target>/ as crash-* files; keep each as a regression test under Tests/Fixtures/fuzz/.
# Usage: Scripts/fuzz.sh [target...]   (targets: flowchart sequence er state class model protobuf openapi renderer)
# FUZZ_RUNS=N stops each process after N executions instead of the time; FUZZ_PROCS=N runs N processes
# over one corpus; FUZZ_FORK=N uses libFuzzer's fork mode instead; FUZZ_MAX_LEN caps an input's bytes.
set -eu
cd "$(dirname "$0")/.."
TIME="${FUZZ_TIME:-600}"
TARGETS="${*:-flowchart sequence er state class model protobuf openapi renderer}"
SHARED="../shared"
WORK=".fuzz"
swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld >/dev/null
BIN="$(swift build --package-path Fuzz -c release --show-bin-path)"
for target in $TARGETS; do
  seeds="$WORK/$target/seeds"
  rm -rf "$seeds" && mkdir -p "$seeds" "$WORK/$target/corpus"
  case "$target" in
    flowchart) [ -d "$SHARED/mermaid-conformance/flow" ] && cp "$SHARED"/mermaid-conformance/flow/*.mmd "$seeds"/ ;;
    sequence) [ -d "$SHARED/mermaid-conformance/seq" ] && cp "$SHARED"/mermaid-conformance/seq/*.mmd "$seeds"/ ;;
    er) [ -d "$SHARED/mermaid-conformance/er" ] && cp "$SHARED"/mermaid-conformance/er/*.mmd "$seeds"/ ;;
    state) [ -d "$SHARED/mermaid-conformance/state" ] && cp "$SHARED"/mermaid-conformance/state/*.mmd "$seeds"/ ;;
    class) [ -d "$SHARED/mermaid-conformance/class" ] && cp "$SHARED"/mermaid-conformance/class/*.mmd "$seeds"/ ;;
    protobuf)
      find Content Tests/Fixtures -name '*.proto' | while read -r file; do
        cp "$file" "$seeds/$(echo "$file" | tr '/' '_')"
      done ;;
    openapi)
      # The first byte picks YAML (even) or JSON (odd), as the target reads it.
      for file in Tests/Fixtures/openapi/* Tests/Fixtures/asyncapi/* Content/festivals/*/*/002_PLAN/contracts/*.yaml; do
        [ -f "$file" ] || continue
        case "$file" in *.json) prefix="1" ;; *) prefix="0" ;; esac
        { printf '%s' "$prefix"; cat "$file"; } > "$seeds/$(echo "$file" | tr '/' '_')"
      done
      # The two-file pet store: the document, a form feed, and the file its $refs name.
      { printf '0'; cat Tests/Fixtures/openapi/petstore.yaml; printf '\f';
        sed 's/petstore\.yaml/api.yaml/' Tests/Fixtures/openapi/common.yaml; } > "$seeds/petstore-two-files"
      ;;
    model | renderer)
      find Content -name '*.md' -o -name '*.yaml' | while read -r file; do
        cp "$file" "$seeds/$(echo "$file" | tr '/' '_')"
      done
      [ -d "$SHARED" ] && find "$SHARED" -maxdepth 3 -name '*.md' | while read -r file; do
        cp "$file" "$seeds/shared_$(basename "$file")"
      done ;;
  esac
  [ -d "Tests/Fixtures/fuzz/$target" ] && cp Tests/Fixtures/fuzz/"$target"/* "$seeds"/ 2>/dev/null || true
  limit="-max_total_time=$TIME"
  [ -n "${FUZZ_RUNS:-}" ] && limit="-runs=$FUZZ_RUNS"
  procs="${FUZZ_PROCS:-1}"
  echo "fuzz-$target: $limit, $procs process(es)"
  # Several plain processes share the corpus folder (libFuzzer reloads it), one log each; on this
  # corpus that did better than -fork, which spent a tenth of its time merging.
  rm -f "$WORK/$target"/run-*.log
  i=1
  while [ "$i" -le "$procs" ]; do
    SWIFT_BACKTRACE=enable=no "$BIN/fuzz-$target" "$limit" -fork="${FUZZ_FORK:-0}" -timeout=20 -rss_limit_mb=4096 \
      -max_len="${FUZZ_MAX_LEN:-16384}" -print_final_stats=1 -artifact_prefix="$WORK/$target/" \
      "$WORK/$target/corpus" "$seeds" >"$WORK/$target/run-$i.log" 2>&1 &
    i=$((i + 1))
  done
  wait || true
  grep -hE "Test unit written|SUMMARY" "$WORK/$target"/run-*.log || true
  grep -hE "stat::number_of_executed_units" "$WORK/$target"/run-*.log |
    awk '{ total += $2 } END { print "executions, all processes: " total }'
  # With FUZZ_FORK the parent reports its totals in status lines instead (`#runs: cov: ... crash: N`).
  for log in "$WORK/$target"/run-*.log; do grep -E "^#[0-9]+: cov" "$log" | tail -1 || true; done
done

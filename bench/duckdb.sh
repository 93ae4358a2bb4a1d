#!/usr/bin/env bash
# DuckDB engine against the in-memory engine, one-off commands from the shell, as a user runs them:
# time to the answer (wall clock) and peak memory (max RSS, from /usr/bin/time -v) of
#   claimtrail quotes DIR --speaker X --json
#   claimtrail contradictions DIR --json
#   claimtrail check DIR --json --rule <the six rules both engines run>
# over generated corpora, the in-memory engine on JSONL, the DuckDB engine on the same JSONL in
# place and on its Parquet export. Prints a Markdown table.
#
# Usage: npm run build && [COMMANDS="quotes check"] bash bench/duckdb.sh [WORKDIR] [SIZES...]
#   WORKDIR defaults to /tmp/claimtrail-bench-duckdb; SIZES to 200000 1000000.
# Corpora are generated (seed 1) and exported once, then reused.
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-/tmp/claimtrail-bench-duckdb}"
shift || true
sizes=("${@:-200000 1000000}")
read -r -a sizes <<<"${sizes[*]}"
cli="node --max-old-space-size=16384 dist/cli.js"
rules="duplicate-id,unknown-reference,said-after-published,cited-source-published-later,role-not-held,orphan"
mkdir -p "$work"

# One run: prints "seconds|peak MB|exit code".
measure() {
  local log
  log="$(mktemp)"
  local code=0
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || code=$?
  local wall rss
  wall="$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')"
  rss="$(grep 'Maximum resident set size' "$log" | awk '{print int($NF / 1024)}')"
  rm -f "$log"
  echo "${wall}|${rss}|${code}"
}

echo "| attributions | command | engine, files | time (s) | peak RSS (MB) | exit |"
echo "|---:|---|---|---:|---:|---:|"
for n in "${sizes[@]}"; do
  jsonl="$work/$n-jsonl"
  parquet="$work/$n-parquet"
  [ -f "$jsonl/attributions.jsonl" ] || $cli generate --attributions "$n" --seed 1 --out "$jsonl" >/dev/null
  [ -f "$parquet/attributions.parquet" ] ||
    node --input-type=module -e "import { openCorpusDatabase } from './dist/duckdb.js'; const db = await openCorpusDatabase('$jsonl'); await db.exportParquet('$parquet'); await db.close();"
  speaker="$(head -n 1 "$jsonl/attributions.jsonl" | sed -E 's/.*"speaker":"([^"]+)".*/\1/')"
  for command in ${COMMANDS:-quotes contradictions check}; do
    case "$command" in
      quotes) args=(quotes --speaker "$speaker" --json) ;;
      contradictions) args=(contradictions --json) ;;
      check) args=(check --json --rule "$rules") ;;
    esac
    for engine in "memory|$jsonl|in-memory, JSONL" "duckdb|$jsonl|DuckDB, JSONL in place" "duckdb|$parquet|DuckDB, Parquet"; do
      IFS='|' read -r name dir label <<<"$engine"
      IFS='|' read -r wall rss code <<<"$(measure $cli "${args[0]}" "$dir" "${args[@]:1}" --engine "$name")"
      echo "| $n | ${args[0]}${args[1]:+ ${args[1]}}${args[2]:+ …} | $label | $wall | $rss | $code |"
    done
  done
done

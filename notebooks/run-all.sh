#!/usr/bin/env bash
# Executes every notebook headlessly (or the ones given as arguments) with Jupyter's nbconvert and writes the
# executed copies, outputs included, to target/notebooks/. Exits 1 when a cell of any notebook fails.
# Needs notebooks/install-kernel.sh once. Builds target/bomoco.jar through ./bomoco when it is missing or stale.
# Usage: notebooks/run-all.sh [NOTEBOOK.ipynb ...]
set -euo pipefail
cd "$(dirname "$0")/.."

KERNEL_NAME=bomoco-java
OUT=target/notebooks

if ! jupyter nbconvert --version >/dev/null 2>&1; then
  echo "run-all: jupyter nbconvert is missing: run notebooks/install-kernel.sh first" >&2
  exit 1
fi
if ! jupyter kernelspec list 2>/dev/null | grep -q "^ *$KERNEL_NAME "; then
  echo "run-all: the Jupyter kernel '$KERNEL_NAME' is not installed: run notebooks/install-kernel.sh first" >&2
  exit 1
fi
# ./bomoco rebuilds target/bomoco.jar when it is missing or older than the sources (no-op after mvn -B verify)
./bomoco --version >/dev/null

if [ $# -gt 0 ]; then
  notebooks=("$@")
else
  notebooks=(notebooks/*.ipynb)
fi
mkdir -p "$OUT"
failed=()
# One headless execution of notebook $1 into $OUT, log in $2. timeout: per cell; startup_timeout: how long to wait
# for the kernel's first answer.
execute() {
  jupyter nbconvert --to notebook --execute \
    --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.startup_timeout=60 \
    --output-dir "$OUT" "$1" >"$2" 2>&1
}

for nb in "${notebooks[@]}"; do
  name="$(basename "$nb" .ipynb)"
  log="$OUT/$name.log"
  start=$(date +%s)
  status=1
  # The rapaio kernel sometimes never answers its first request (its shell socket misses the message, about one
  # start in eight here); such a start fails before any cell ran, so it is retried with a fresh kernel.
  for attempt in 1 2 3; do
    if execute "$nb" "$log"; then
      status=0
      break
    fi
    grep -q "Kernel didn't respond\|Kernel died before replying" "$log" || break
    echo "       $nb: the kernel did not start answering; retrying (attempt $attempt of 3)"
  done
  if [ $status -eq 0 ]; then
    echo "ok     $nb  $(( $(date +%s) - start )) s  -> $OUT/$name.ipynb"
  else
    echo "FAILED $nb  $(( $(date +%s) - start )) s  (full log: $log)"
    # the failing cell and its error, without the kernel's INFO lines and Python's traceback
    sed -n '/CellExecutionError\|RuntimeError\|Error:/,$p' "$log" | grep -v '\[INFO ' | tail -n 30 | sed 's/^/    /'
    failed+=("$nb")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "run-all: ${#failed[@]} of ${#notebooks[@]} notebooks failed: ${failed[*]}" >&2
  exit 1
fi
echo "run-all: all ${#notebooks[@]} notebooks ran; executed copies in $OUT/"

#!/usr/bin/env bash
# Issue 10's Spark overhead figure: the quickstart on the local engine and on Spark local[2], same thread count
# (2), from scratch each time (the output directory is removed before every run: --force alone would resume,
# skipping the finished runs), REPEAT times each, alternating. Prints each wall time, the median ratio
# spark/local (target <= 1.15) and checks that indicators.csv is byte-identical.
# Run from the repository root on a quiet machine:  src/test/bench/spark-overhead.sh [REPEAT]
set -euo pipefail
repeat="${1:-3}"
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for e in local spark; do
  sed -e "s|^output:.*||" experiments/quickstart.yaml > "$work/$e.yaml"
  printf 'output: %s\nthreads: 2\n' "$work/out-$e" >> "$work/$e.yaml"
done
./bomoco validate "$work/local.yaml" > /dev/null   # builds the jars once, outside the timings
./bomoco --master local --version > /dev/null   # and the Spark class-data archive (once per build)
declare -a tl ts
for i in $(seq 1 "$repeat"); do
  rm -rf "$work/out-local"; s=$(date +%s.%N); ./bomoco run "$work/local.yaml" > /dev/null 2>&1; tl+=("$(echo "$(date +%s.%N) - $s" | bc)")
  rm -rf "$work/out-spark"; s=$(date +%s.%N); ./bomoco run "$work/spark.yaml" --engine spark --master 'local[2]' > /dev/null 2>&1
  ts+=("$(echo "$(date +%s.%N) - $s" | bc)")
  echo "round $i: local ${tl[-1]} s, spark local[2] ${ts[-1]} s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ml=$(median "${tl[@]}"); ms=$(median "${ts[@]}")
echo "median local $ml s, spark $ms s, ratio $(echo "scale=3; $ms / $ml" | bc)"
if cmp -s "$work/out-local/indicators.csv" "$work/out-spark/indicators.csv"; then
  echo "indicators.csv identical"
else
  echo "indicators.csv DIFFERS"; exit 1
fi

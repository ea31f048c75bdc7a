#!/usr/bin/env bash
# Per-submission overhead of the docker sandbox against the namespace sandbox: the whole `grader grade` process,
# start to exit, on one submission, alternating the two sandboxes so both see the same machine load.
# Usage: benchmarks/docker-overhead.sh [submission] [runs]   (needs root, dockerd and `grader image build`)
set -euo pipefail
cd "$(dirname "$0")/.."
submission=${1:-submissions/python-correct}
runs=${2:-10}
dotnet build grader -c Release -v quiet -nologo >/dev/null
grader=(dotnet grader/bin/Release/net10.0/grader.dll grade "$submission" --format json)

seconds() { local start=$EPOCHREALTIME; "${grader[@]}" --sandbox "$1" >/dev/null || true; awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }'; }
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

seconds namespace >/dev/null; seconds docker >/dev/null # warm-up: disk caches, the image's layers
ns=(); dk=()
for ((i = 0; i < runs; i++)); do ns+=("$(seconds namespace)"); dk+=("$(seconds docker)"); done
ns_median=$(printf '%s\n' "${ns[@]}" | median)
dk_median=$(printf '%s\n' "${dk[@]}" | median)
printf 'namespace: median %.2f s of %d runs\n' "$ns_median" "$runs"
printf 'docker:    median %.2f s of %d runs\n' "$dk_median" "$runs"
awk -v d="$dk_median" -v n="$ns_median" 'BEGIN { printf "docker / namespace: %.2f (overhead %+.2f s per submission)\n", d / n, d - n }' 

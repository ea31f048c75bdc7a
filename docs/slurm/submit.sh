#!/usr/bin/env bash
# Grades a class on a Slurm cluster: an array job of SHARDS shards (docs/slurm/grade-class.sbatch, `grader batch
# --shard K/N` each) into OUT/shards/, then a merge job (docs/slurm/merge.sbatch) that runs once they have all ended
# and writes the class's results and reports into OUT, as one `grader batch CLASS --out OUT` would have.
#
#   docs/slurm/submit.sh CLASS LAB OUT [SHARDS] [-- grader batch options… [--merge grader merge options…]]
#   GRADER="dotnet $PWD/grader.dll" SHARD_CPUS=4 docs/slurm/submit.sh class lab1-sockets out 8
#   docs/slurm/submit.sh class lab1-sockets out 8 -- --assignment lab1.yaml --merge --gradebook canvas --points 10
#
# CLASS and OUT must be on a file system every node sees. SHARDS defaults to 4. Environment:
#   GRADER      the grader's command on the nodes (default `grader`: the single file on the PATH)
#   SHARD_CPUS  cores per shard (default 1): each shard grades that many submissions at once
#   SBATCH_PARTITION, SBATCH_ACCOUNT, SBATCH_TIMELIMIT, …: sbatch's own settings, for the site's queue
# Prints the two job ids on standard output (`<array job> <merge job>`), and what it submitted on standard error.
# Logs: OUT/slurm/. Submitting the same command again, after a shard failed, grades only what is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
say() { echo "submit.sh: $*" >&2; }
usage() {
  say "usage: submit.sh CLASS LAB OUT [SHARDS] [-- grader batch options… [--merge grader merge options…]]"
  exit 2
}
(($# >= 3)) || usage
class=$1 lab=$2 out=$3
shift 3
shards=4
if (($#)) && [[ $1 != -- ]]; then
  shards=$1
  shift
fi
[[ $shards =~ ^[1-9][0-9]*$ ]] || { say "SHARDS is a number of at least 1, not '$shards'"; exit 2; }
batch_options=() merge_options=()
if (($#)); then
  [[ $1 == -- ]] || usage
  shift
  while (($#)) && [[ $1 != --merge ]]; do batch_options+=("$1"); shift; done
  (($#)) && shift
  merge_options=("$@")
fi
cpus=${SHARD_CPUS:-1}
[[ $cpus =~ ^[1-9][0-9]*$ ]] || { say "SHARD_CPUS is a number of at least 1, not '$cpus'"; exit 2; }
[[ -d $class ]] || { say "$class is not a folder"; exit 2; }
class=$(cd "$class" && pwd)
mkdir -p "$out/slurm"
out=$(cd "$out" && pwd)
export GRADER=${GRADER:-grader}

array=$(sbatch --parsable --array="1-$shards" --cpus-per-task="$cpus" --output="$out/slurm/grade-%A_%a.out" \
  "$here/grade-class.sbatch" "$class" "$lab" "$out" "${batch_options[@]}")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterany:$array" --kill-on-invalid-dep=yes \
  --output="$out/slurm/merge-%j.out" "$here/merge.sbatch" "$out" "$shards" "${merge_options[@]}")
merge=${merge%%;*}
say "array job $array grades $class in $shards shards of $cpus core(s); merge job $merge writes $out after them"
echo "$array $merge"

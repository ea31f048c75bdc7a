#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, to try docs/slurm/ before a real cluster (the tests and the benchmark use
# it too): MUNGE, slurmctld and slurmd from Debian's packages (munge, slurmctld, slurmd, slurm-client), run as root in
# the background, with their configuration, key, state, logs and sockets all in one folder, so that /etc and any
# Slurm or MUNGE already on the machine are left alone. The daemons talk over loopback, on two ports that were free.
#
#   eval "$(docs/slurm/single-node.sh start /tmp/slurm)"   # prints: export SLURM_CONF=/tmp/slurm/slurm.conf
#   sinfo; docs/slurm/submit.sh …                          # sbatch, squeue, scancel… talk to it through SLURM_CONF
#   docs/slurm/single-node.sh stop /tmp/slurm               # cancels its jobs, stops the daemons by process id
#
# `start` returns once sinfo shows the node idle (within 60 s, or it prints the daemons' logs and stops them); on a
# folder whose cluster still runs it only prints the export line. The node has this machine's cores; the partition
# `debug` is the default. Exit code 0 on success, 1 when the cluster could not start or stop, 2 for bad usage.
set -uo pipefail

say() { echo "single-node.sh: $*" >&2; }
usage() {
  say "usage: single-node.sh start|stop|status FOLDER"
  exit 2
}
(($# == 2)) || usage
action=$1
mkdir -p "$2" 2>/dev/null || { say "cannot create $2"; exit 1; }
dir=$(cd "$2" && pwd)
conf=$dir/slurm.conf
export SLURM_CONF=$conf
daemons=(munged slurmctld slurmd)

# The process id a daemon was started with, when that process still runs that daemon (a reused id is not ours).
running_pid() {
  local pid
  pid=$(cat "$dir/$1.pid" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$1" && echo "$pid"
}

# Waits until `$@` succeeds, polling every 0.2 s, for at most $deadline seconds.
wait_until() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

node_idle() { [[ $(sinfo -h -o %t 2>/dev/null) == idle ]]; }
queue_empty() { [[ -z $(squeue -h -o %i 2>/dev/null) ]]; }
gone() { ! kill -0 "$1" 2>/dev/null; }

stop() {
  if running_pid slurmctld >/dev/null; then
    local jobs
    jobs=$(squeue -h -o %i 2>/dev/null)
    if [[ -n $jobs ]]; then
      say "cancelling jobs $(echo $jobs)"
      scancel $jobs 2>/dev/null
      wait_until 30 queue_empty || say "jobs still in the queue after 30 s: stopping the daemons anyway"
    fi
  fi
  local name pid failed=0
  for name in slurmd slurmctld munged; do
    pid=$(running_pid "$name") || continue
    kill -TERM "$pid" 2>/dev/null
    if ! wait_until 20 gone "$pid"; then
      say "$name ($pid) did not stop within 20 s of SIGTERM: killing it"
      kill -KILL "$pid" 2>/dev/null
      wait_until 5 gone "$pid" || failed=1
    fi
    rm -f "$dir/$name.pid"
  done
  return $failed
}

logs() {
  local name
  for name in "${daemons[@]}"; do
    [[ -s $dir/$name.log ]] || continue
    say "the end of $dir/$name.log:"
    tail -n 15 "$dir/$name.log" >&2
  done
}

start() {
  if running_pid slurmctld >/dev/null && running_pid slurmd >/dev/null && sinfo -h >/dev/null 2>&1; then
    echo "export SLURM_CONF=$conf"
    return 0
  fi
  ((EUID == 0)) || { say "run it as root: slurmd starts each job as its user"; return 1; }
  local missing=() tool
  for tool in munged mungekey slurmctld slurmd sbatch sinfo; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  if ((${#missing[@]})); then
    say "${missing[*]} not found: install Debian's munge, slurmctld, slurmd and slurm-client"
    return 1
  fi
  stop 2>/dev/null
  # The daemons keep none of this script's open files beyond its standard ones, lest a caller reading them to their
  # end (a test's pipe, a CI job's log) wait for the daemons too.
  local fd
  for fd in /proc/$$/fd/*; do
    fd=${fd##*/}
    ((fd > 2 && fd != 255)) && eval "exec $fd>&-" 2>/dev/null # 255: bash reads this script from it
  done
  rm -rf "$dir/state" "$dir/spool" "$dir/munge"
  mkdir -p "$dir/state" "$dir/spool" "$dir/munge"
  chmod 700 "$dir" "$dir/munge"

  local node ports
  node=$(hostname -s)
  # Two ports free on loopback now (slurmctld's and slurmd's), rather than 6817 and 6818, which a system Slurm may hold.
  ports=$(python3 -c '
import socket
held = [socket.socket() for _ in range(2)]
for s in held: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in held))') || { say "python3 is needed to find free ports"; return 1; }
  read -r ctld_port slurmd_port <<<"$ports"
  cat >"$conf" <<EOF
# A one-node cluster written by docs/slurm/single-node.sh: everything lives in $dir.
ClusterName=grader
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
# No cgroups (none are delegated here, and none are needed): processes are tracked by their parents.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
# Each job gets the cores it asks for (--cpus-per-task), so no more shards run at once than there are cores.
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
ReturnToService=2
NodeName=$node NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=1000 State=UNKNOWN
PartitionName=debug Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF

  mungekey --create --keyfile="$dir/munge/munge.key" 2>"$dir/munged.log" || { logs; return 1; }
  nohup munged --foreground --force --socket="$dir/munge/munge.socket" --key-file="$dir/munge/munge.key" \
    --log-file="$dir/munged.log" --pid-file="$dir/munge/munged.pid" --seed-file="$dir/munge/munged.seed" \
    </dev/null >>"$dir/munged.log" 2>&1 &
  echo $! >"$dir/munged.pid"
  if ! wait_until 20 test -S "$dir/munge/munge.socket"; then
    say "munged did not open its socket within 20 s"
    logs
    stop
    return 1
  fi
  nohup slurmctld -D -f "$conf" </dev/null >>"$dir/slurmctld.log" 2>&1 &
  echo $! >"$dir/slurmctld.pid"
  nohup slurmd -D -f "$conf" -N "$node" </dev/null >>"$dir/slurmd.log" 2>&1 &
  echo $! >"$dir/slurmd.pid"
  if ! wait_until 60 node_idle; then
    say "the node was not idle within 60 s (sinfo: $(sinfo -h -o '%t %E' 2>&1 | head -n 1))"
    logs
    stop
    return 1
  fi
  say "slurmctld ($(running_pid slurmctld)) and slurmd ($(running_pid slurmd)) run, node $node idle with $(nproc) cores"
  echo "export SLURM_CONF=$conf"
}

case $action in
  start) start ;;
  stop) stop ;;
  status) running_pid slurmctld >/dev/null && running_pid slurmd >/dev/null && sinfo ;;
  *) usage ;;
esac

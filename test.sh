#!/usr/bin/env bash
# Runs every test of the repository, none skipped, on a Debian or Ubuntu machine with the .NET SDK: installs the packages
# the tests use when they are missing, starts the Docker engine when it is not running, builds the docker sandbox's
# runtime image when it is not there, then runs `dotnet test` (any arguments are passed on to it).
#
#   ./test.sh                                                   # everything, as CI runs it
#   ./test.sh --project tests/Grader.Tests/Grader.Tests.csproj -- --filter-class Grader.Tests.Labs.Lab1Sockets.ReplyFaultsTests   # one class
#   ./test.sh --fast                                            # the fast tier only, in seconds
#
# It needs root (or sudo) for apt-get, the Docker engine and the namespace sandbox. With --fast it needs none of them:
# it runs only the tests of tests/Grader.Tests marked [Fast] (the judges, parsers, snapshots, rubric, similarity,
# architecture and statistics, over fixed data: no process, no socket, no sandbox), as the user who runs it, installing
# and starting nothing. Options after --fast go to dotnet test, and those after a further -- to the test application:
#   ./test.sh --fast -- --filter-class '*HttpJudgeTests'
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE=1

say() { echo "test.sh: $*"; }
as_root() { if ((EUID == 0)); then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

command -v dotnet >/dev/null || { say "the .NET SDK is not on PATH: install .NET 10 first"; exit 2; }

# The fast tier: the tests marked [Fast] (trait Category=Fast), which FastTierTests keeps free of processes, sockets and
# sandboxes, so nothing below is needed.
if [[ ${1:-} == --fast ]]; then
  shift
  options=()
  while (($#)) && [[ $1 != -- ]]; do options+=("$1"); shift; done
  (($#)) && shift
  exec dotnet test --project tests/Grader.Tests/Grader.Tests.csproj "${options[@]}" -- --filter-trait Category=Fast "$@"
fi

if ((EUID != 0)) && ! command -v sudo >/dev/null; then
  say "the tests need root (network namespaces, the Docker engine): run as root or install sudo"
  exit 2
fi

# What the tests run for real: Python for the example submissions; util-linux (unshare, nsenter, setpriv, prlimit) and
# iproute2 for the namespace sandbox; gcc and a JDK for the C and Java submissions; Chromium to open the HTML report;
# Debian's Docker engine and mmdebstrap for the docker sandbox (its image is built from Debian's archives, no registry);
# Slurm for docs/slurm/.
missing=()
command -v python3 >/dev/null || missing+=(python3)
{ command -v unshare && command -v nsenter && command -v setpriv && command -v prlimit; } >/dev/null || missing+=(util-linux)
command -v ip >/dev/null || missing+=(iproute2)
command -v gcc >/dev/null || missing+=(gcc)
command -v javac >/dev/null || missing+=(default-jdk-headless)
{ command -v chromium || command -v chromium-browser; } >/dev/null || missing+=(chromium)
command -v dockerd >/dev/null || missing+=(docker.io)
command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
# Slurm and MUNGE for the tests of docs/slurm/: each test class starts its own one-node cluster in a folder of its own
# (docs/slurm/single-node.sh) and stops it by process id.
command -v munged >/dev/null || missing+=(munge)
command -v slurmctld >/dev/null || missing+=(slurmctld)
command -v slurmd >/dev/null || missing+=(slurmd)
command -v sbatch >/dev/null || missing+=(slurm-client)
# Captures are written through libpcap and read back by Wireshark's tshark in the tests.
{ ldconfig -p | grep -q 'libpcap\.so\.0\.8'; } || missing+=(libpcap0.8)
command -v tshark >/dev/null || missing+=(tshark)
if ((${#missing[@]})); then
  say "installing ${missing[*]} (apt-get)"
  { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } \
    || { say "could not install ${missing[*]}"; exit 1; }
fi

# The Docker engine, in the background where no service manager runs it. Its default configuration (overlay2, iptables)
# works on Debian 12; where it cannot start, the smallest configuration the docker sandbox needs (containers have no
# network) is tried: the vfs storage driver, no iptables, no bridge.
docker_answers() { as_root docker info >/dev/null 2>&1; }
wait_for_docker() {
  local deadline=$((SECONDS + $1))
  until docker_answers; do
    ((SECONDS < deadline)) || return 1
    sleep 0.5
  done
}
if ! docker_answers; then
  log=/var/log/dockerd-tests.log
  say "starting dockerd (log: $log)"
  as_root sh -c "nohup dockerd >$log 2>&1 </dev/null &"
  if ! wait_for_docker 60; then
    say "dockerd did not answer within 60 s; retrying with --storage-driver=vfs --iptables=false --bridge=none"
    as_root tail -n 5 "$log"
    as_root pkill -x dockerd
    as_root sh -c "nohup dockerd --storage-driver=vfs --iptables=false --bridge=none >$log 2>&1 </dev/null &"
    wait_for_docker 60 || { say "dockerd cannot run here:"; as_root tail -n 20 "$log"; exit 1; }
  fi
fi

# The docker sandbox's runtime images (Python 3 from this machine's Debian sources; and with Java and C, for the tests
# that grade every language's examples in a container). They hold no grader code (the grader is mounted into each
# container), so an image left by an earlier run is still good.
build_image() { # tag, then image build's options
  as_root docker image inspect "$1" >/dev/null 2>&1 && return 0
  say "building the runtime image $1 with mmdebstrap (one or two minutes)"
  as_root dotnet run --project grader -c Release -- image build --tag "$@" 2>/tmp/grader-image-build.log \
    || { say "could not build the runtime image $1:"; tail -n 20 /tmp/grader-image-build.log; exit 1; }
}
build_image lab-grader-runtime:latest
build_image lab-grader-runtime:java --with java,c

# Every test runs: a test that needs something this script provides fails rather than skips when it is missing.
export LAB_GRADER_TESTS_COMPLETE=1
if ((EUID == 0)); then dotnet test "$@"; else sudo --preserve-env PATH="$PATH" dotnet test "$@"; fi

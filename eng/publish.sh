#!/usr/bin/env bash
# Builds the grader as one self-contained file per platform into dist/, with dist/SHA256SUMS:
#   eng/publish.sh                 all five: linux-x64 linux-arm64 osx-arm64 osx-x64 win-x64
#   eng/publish.sh linux-x64 ...   only those
# Each file is named grader-<version>-<rid> (grader-<version>-win-x64.exe on Windows). VERSION overrides the
# project's version (a release tag without its leading v, say); DIST the output folder.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="${DIST:-$root/dist}"
rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(linux-x64 linux-arm64 osx-arm64 osx-x64 win-x64)
version="${VERSION:-$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/grader/Grader.csproj" | head -n 1)}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mkdir -p "$dist"
for rid in "${rids[@]}"; do
    out="$root/artifacts/publish/$rid"
    rm -rf "$out"
    echo "publishing $rid"
    dotnet publish "$root/grader/Grader.csproj" -c Release -r "$rid" -p:PublishSingleFile=true \
        -p:Version="$version" -o "$out" -nologo -v quiet
    case "$rid" in
    win-*) exe=grader.exe ext=.exe ;;
    *) exe=grader ext= ;;
    esac
    # One file is the whole grader: anything else published beside it would be left behind by a user.
    extra="$(find "$out" -mindepth 1 ! -name "$exe")"
    if [ -n "$extra" ]; then
        echo "publish.sh: $rid published more than $exe:" >&2
        echo "$extra" >&2
        exit 1
    fi
    cp "$out/$exe" "$dist/grader-$version-$rid$ext"
done

cd "$dist"
# The sums of every file in dist/, this run's and an earlier run's alike, so the list matches the folder.
find . -maxdepth 1 -type f -name 'grader-*' -printf '%f\n' | sort | xargs sha256sum >SHA256SUMS
cat SHA256SUMS

namespace Grader.Platforms.Gradescope;

/// <summary>
/// The two scripts Gradescope runs from an autograder's zip: <c>setup.sh</c>, once, as root, when it builds the
/// autograder's image from its Ubuntu base; and <c>run_autograder</c>, for each submission, which must leave
/// <c>/autograder/results/results.json</c>.
/// </summary>
internal static class AutograderScripts
{
    /// <summary><c>setup.sh</c>: installs with apt-get only the Debian packages that are missing (so it runs offline where
    /// all are there), the .NET runtime for a .NET build of the grader, and checks that the grader runs.</summary>
    public static string Setup(AutograderPackage package) =>
        Lines(
            $$"""
            #!/usr/bin/env bash
            # Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu, with the network).
            # Written by `grader gradescope package` for {{package.Assignment.Id}} ({{package.Assignment.Lab.Name}}).
            # It installs with apt-get only what is missing: Python 3 and the compilers of the languages students
            # may write in, and for a .NET build of the grader the .NET runtime.
            set -euo pipefail
            cd "$(dirname "$(readlink -f "$0")")"

            packages=({{string.Join(' ', package.Packages)}})
            missing=()
            for package in "${packages[@]}"; do
              dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q ' installed$' || missing+=("$package")
            done
            if [ "${#missing[@]}" -gt 0 ]; then
              echo "setup.sh: installing ${missing[*]}"
              export DEBIAN_FRONTEND=noninteractive
              apt-get update -q
              apt-get install -y -q --no-install-recommends "${missing[@]}"
            else
              echo "setup.sh: ${packages[*]} already installed"
            fi

            chmod +x run_autograder
            {{(package.Grader.IsSingleFile ? SingleFileSetup : DotnetSetup)}}

            # A grader that cannot start fails here, where Gradescope shows it, not on a student's submission.
            {{package.Grader.Command}} labs >/dev/null
            echo "setup.sh: the grader runs: $({{package.Grader.Command}} --version)"
            """
        );

    /// <summary><c>run_autograder</c>: grades <c>/autograder/submission</c> into <c>results.json</c>, and writes one
    /// with a score of 0 and the grader's error when the grader could not grade, so a run never ends without
    /// it.</summary>
    public static string Run(AutograderPackage package) =>
        Lines(
            $$"""
            #!/usr/bin/env bash
            # Gradescope runs this, as root, for each submission: it grades /autograder/submission and writes
            # /autograder/results/results.json. Written by `grader gradescope package`.
            set -uo pipefail
            source=/autograder/source
            results=/autograder/results
            mkdir -p "$results"
            export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
            log="$(mktemp)"

            # --sandbox auto: network namespaces where the container allows them; in a container that does not (as
            # Gradescope's are), programs run directly in it, which holds one submission alone, each as a user of its
            # own, as in the docker sandbox's containers: it can neither signal nor inspect the grader, nor touch this
            # script or results.json.
            export {{string.Join(' ', package.Environment.Select(variable => $"{variable.Name}={variable.Value}"))}}
            {{package.Grader.Command}} grade /autograder/submission{{(
                package.LabArgument is { } lab ? $" --lab {lab}" : ""
            )}} --assignment "$source/assignment.yaml" \
              --sandbox auto --no-captures --format gradescope --output "$results/results.json.partial" 2>"$log"
            status=$?
            cat "$log"
            if [ "$status" -le 1 ] && [ -s "$results/results.json.partial" ]; then
              mv "$results/results.json.partial" "$results/results.json"
              echo "run_autograder: graded (grader exit code $status)"
              exit 0
            fi

            # The grader could not grade: a results.json all the same, scoring 0 and saying why.
            rm -f "$results/results.json.partial"
            echo "run_autograder: the grader could not grade (exit code $status)"
            python3 - "$status" "$log" "$results/results.json" <<'PYTHON' ||
            import json, sys
            status, log, target = sys.argv[1], sys.argv[2], sys.argv[3]
            error = open(log, encoding="utf-8", errors="replace").read().strip() or "(no message)"
            with open(target, "w", encoding="utf-8") as results:
                json.dump({
                    "score": 0,
                    "output": "**The autograder could not grade this submission** (grader exit code " + status
                        + "); tell the course staff.\n\n```text\n" + error.replace("```", "ˋˋˋ") + "\n```",
                    "output_format": "md",
                    "visibility": "visible",
                    "stdout_visibility": "hidden",
                    "tests": [],
                }, results, ensure_ascii=False, indent=2)
            PYTHON
              printf '{"score": 0, "output": "The autograder could not grade this submission (grader exit code %s); tell the course staff.", "tests": []}\n' \
                "$status" >"$results/results.json"
            exit 0
            """
        );

    private const string SingleFileSetup = "chmod +x bin/grader";

    // Microsoft's install script, from its own address: Gradescope's image has the network while setup.sh runs.
    private const string DotnetSetup = """
        if ! dotnet --list-runtimes 2>/dev/null | grep -q '^Microsoft.NETCore.App 10\.'; then
          echo "setup.sh: installing the .NET 10 runtime"
          for package in curl ca-certificates; do
            dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q ' installed$' \
              || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$package"; }
          done
          curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
          bash /tmp/dotnet-install.sh --channel 10.0 --runtime dotnet --install-dir /usr/share/dotnet
          ln -sf /usr/share/dotnet/dotnet /usr/local/bin/dotnet
        fi
        """;

    // Unix line ends, whatever machine packs it: bash reads a carriage return as part of a word.
    private static string Lines(string text) => text.ReplaceLineEndings("\n") + "\n";
}

namespace Grader.Sandboxes.Containers;

/// <summary>
/// What <c>grader image build</c> puts in the runtime image: a minimal Debian (<c>mmdebstrap --variant=apt</c>) of
/// <paramref name="Suite"/> with the Debian packages of the <paramref name="Languages"/>, from <paramref
/// name="Sources"/> (apt sources files, one-line or deb822).
/// </summary>
/// <param name="Tag">The image's name, such as <c>lab-grader-runtime:latest</c>.</param>
/// <param name="Suite">The Debian release, such as <c>bookworm</c>.</param>
/// <param name="Languages">The packages of the languages in the image: those always there (the lecture's Python), and
/// the optional ones asked for, in the order asked.</param>
/// <param name="Sources">apt sources files to install from.</param>
public sealed record RuntimeImageRecipe(
    string Tag,
    string Suite,
    IReadOnlyList<ImagePackages> Languages,
    IReadOnlyList<string> Sources
)
{
    /// <summary>Every package to install: the languages' always there, what the grader's .NET runtime needs, then the
    /// optional languages'.</summary>
    public IReadOnlyList<string> Packages =>
        [
            .. Languages.Where(l => !l.IsOptional).SelectMany(l => l.Packages),
            "libstdc++6",
            .. Languages.Where(l => l.IsOptional).SelectMany(l => l.Packages).Distinct(),
        ];

    /// <summary>This machine's Debian release, from <c>/etc/os-release</c>, or null when it is not
    /// Debian-like.</summary>
    public static string? HostSuite()
    {
        const string file = "/etc/os-release";
        if (!File.Exists(file))
            return null;
        return File.ReadLines(file)
            .Where(line => line.StartsWith("VERSION_CODENAME=", StringComparison.Ordinal))
            .Select(line => line["VERSION_CODENAME=".Length..].Trim('"'))
            .FirstOrDefault(name => name.Length > 0);
    }

    /// <summary>
    /// This machine's apt sources, kept to Debian's own archives (a URI path naming <c>debian</c>): third-party
    /// repositories such as a vendor's need keys the new root file system does not have.
    /// </summary>
    /// <returns>The text of a one-line sources list and of a deb822 sources file, either possibly empty.</returns>
    public static (string OneLine, string Deb822) HostDebianSources()
    {
        var oneLine = new List<string>();
        var deb822 = new List<string>();
        foreach (var file in HostSourceFiles())
        {
            var text = File.ReadAllText(file);
            if (file.EndsWith(".sources", StringComparison.Ordinal))
            {
                deb822.AddRange(
                    text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Where(stanza =>
                            stanza
                                .Split('\n')
                                .Any(l => l.StartsWith("URIs:", StringComparison.OrdinalIgnoreCase) && NamesDebian(l))
                        )
                );
            }
            else
            {
                oneLine.AddRange(
                    text.Split('\n')
                        .Select(l => l.Trim())
                        .Where(l => l.StartsWith("deb ", StringComparison.Ordinal) && NamesDebian(l))
                );
            }
        }
        return (string.Join('\n', oneLine), string.Join("\n\n", deb822));
    }

    private static bool NamesDebian(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(word =>
                Uri.TryCreate(word, UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https" or "file"
                && uri.AbsolutePath.Contains("debian", StringComparison.Ordinal)
            );

    private static IEnumerable<string> HostSourceFiles()
    {
        if (File.Exists("/etc/apt/sources.list"))
            yield return "/etc/apt/sources.list";
        if (!Directory.Exists("/etc/apt/sources.list.d"))
            yield break;
        foreach (var file in Directory.GetFiles("/etc/apt/sources.list.d").Order())
            if (file.EndsWith(".list", StringComparison.Ordinal) || file.EndsWith(".sources", StringComparison.Ordinal))
                yield return file;
    }
}

using System.CommandLine;
using Grader.Errors;
using Grader.Languages;
using Grader.Sandboxes;
using Grader.Sandboxes.Containers;

namespace Grader.Commands;

/// <summary><c>grader image build</c>: makes the runtime image the docker sandbox grades in, from Debian's archives,
/// with no registry.</summary>
internal static class ImageCommand
{
    public static Command Create()
    {
        var tag = new Option<string>("--tag")
        {
            Description = "The image's name.",
            DefaultValueFactory = _ => ContainerSettings.DefaultImage,
        };
        var optional = LanguageRegistry.ImagePackages.Where(packages => packages.IsOptional).ToList();
        var options = string.Join(", ", optional.Select(packages => packages.Option));
        var with = new Option<string[]>("--with")
        {
            Description = $"Languages beyond Python 3, comma-separated: {options}.",
            AllowMultipleArgumentsPerToken = true,
        };
        with.Validators.Add(result =>
        {
            foreach (var language in Split(result.GetValueOrDefault<string[]>()))
                if (!optional.Any(packages => packages.Option == language))
                    result.AddError($"'{language}' is not a language the image can add (expected: {options})");
        });
        var suite = new Option<string?>("--suite")
        {
            Description = "The Debian release (default: this machine's).",
            DefaultValueFactory = _ => RuntimeImageRecipe.HostSuite(),
        };
        suite.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is null)
                result.AddError(
                    "this machine is not Debian: name the release with --suite (and the archive with --sources)"
                );
        });
        var sources = new Option<string[]>("--sources")
        {
            Description = "apt sources files to install from (default: this machine's Debian sources).",
            DefaultValueFactory = _ => [],
        };
        sources.Validators.Add(result =>
        {
            var files = result.GetValueOrDefault<string[]>() ?? [];
            foreach (var file in files)
                if (!File.Exists(file))
                    result.AddError($"no apt sources file at {file}");
            if (files.Length == 0 && RuntimeImageRecipe.HostDebianSources() is ("", ""))
                result.AddError("this machine's apt sources name no Debian archive: pass one with --sources");
        });

        var build = new Command(
            "build",
            "Build the runtime image with mmdebstrap from Debian's package archives, and import it into the Docker engine (DOCKER_HOST)."
        )
        {
            tag,
            with,
            suite,
            sources,
        };
        build.SetAction(
            async (parse, cancellationToken) =>
            {
                var work = Directory.CreateTempSubdirectory("lab-grader-sources-");
                try
                {
                    var sourceFiles = parse.GetValue(sources) is { Length: > 0 } given
                        ? given
                        : WriteHostSources(work.FullName);
                    var recipe = new RuntimeImageRecipe(
                        parse.GetValue(tag)!,
                        parse.GetValue(suite)!,
                        [
                            .. LanguageRegistry.ImagePackages.Where(packages => !packages.IsOptional),
                            .. Split(parse.GetValue(with))
                                .Select(language => optional.First(p => p.Option == language)),
                        ],
                        sourceFiles
                    );
                    await Console.Error.WriteLineAsync(
                        $"grader: building {recipe.Tag} from Debian {recipe.Suite} with {string.Join(", ", recipe.Packages)}"
                    );
                    var size = await RuntimeImageBuilder.BuildAsync(
                        recipe,
                        Console.OpenStandardError(),
                        cancellationToken
                    );
                    await Console.Out.WriteLineAsync(
                        $"built {recipe.Tag} ({size >> 20} MiB): grade in it with --sandbox docker{(recipe.Tag == ContainerSettings.DefaultImage ? "" : $" --image {recipe.Tag}")}"
                    );
                    return ExitCodes.Passed;
                }
                catch (SandboxUnavailableException e)
                {
                    // Said as what failed here, not as a grading that could not run; Program.cs still prints it.
                    throw new SandboxUnavailableException(e.Message, e) { Attempt = "build the image" };
                }
                finally
                {
                    work.Delete(recursive: true);
                }
            }
        );
        return new Command("image", "Manage the image the docker sandbox grades in.") { build };
    }

    private static IEnumerable<string> Split(string[]? values) =>
        (values ?? [])
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant())
            .Distinct();

    private static string[] WriteHostSources(string folder)
    {
        var (oneLine, deb822) = RuntimeImageRecipe.HostDebianSources();
        var files = new List<string>();
        if (oneLine.Length > 0)
        {
            files.Add(Path.Combine(folder, "host.list"));
            File.WriteAllText(files[^1], oneLine + "\n");
        }
        if (deb822.Length > 0)
        {
            files.Add(Path.Combine(folder, "host.sources"));
            File.WriteAllText(files[^1], deb822 + "\n");
        }
        return [.. files];
    }
}

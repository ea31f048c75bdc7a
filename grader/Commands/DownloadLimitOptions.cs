using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Launching;
using Grader.Platforms;
using Grader.Submissions.Archives;

namespace Grader.Commands;

/// <summary><c>--max-download-size</c> and <c>--max-download-files</c>: how much a platform's download may unpack to,
/// so a broken or hostile archive cannot fill the disk.</summary>
internal sealed partial class DownloadLimitOptions
{
    private readonly Option<long?> _size = new("--max-download-size")
    {
        Description =
            $"The most a download may unpack to, such as 4GiB or 500MiB (default {LaunchLimits.Size(ImportRequest.DefaultLimits.Bytes)}).",
        CustomParser = ParseSize,
    };

    private readonly Option<int?> _files = new("--max-download-files")
    {
        Description =
            $"The most files and folders a download may unpack to (default {ImportRequest.DefaultLimits.Files.ToString("N0", CultureInfo.InvariantCulture)}).",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var files) && files >= 1)
                return files;
            result.AddError($"--max-download-files takes a number of at least 1, not '{text}'");
            return null;
        },
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_size);
        command.Options.Add(_files);
    }

    /// <summary>The limits the parse gives.</summary>
    public ArchiveLimits Limits(ParseResult parse) =>
        new(
            parse.GetValue(_size) ?? ImportRequest.DefaultLimits.Bytes,
            parse.GetValue(_files) ?? ImportRequest.DefaultLimits.Files
        );

    private static long? ParseSize(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        var match = SizePattern().Match(text);
        if (
            match.Success
            && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
        )
        {
            var bytes =
                amount
                * (
                    match.Groups[2].Value switch
                    {
                        "TiB" => 1L << 40,
                        "GiB" => 1L << 30,
                        _ => 1L << 20,
                    }
                );
            if (bytes >= 1 << 20 && bytes < long.MaxValue / 2)
                return (long)bytes;
        }
        result.AddError($"--max-download-size takes a size of at least 1MiB, such as 4GiB or 500MiB, not '{text}'");
        return null;
    }

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*(MiB|GiB|TiB)\s*$")]
    private static partial Regex SizePattern();
}

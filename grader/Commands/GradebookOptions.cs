using System.CommandLine;
using System.Globalization;
using Grader.Platforms;
using Grader.Platforms.Gradebooks;

namespace Grader.Commands;

/// <summary>
/// <c>--gradebook canvas|moodle</c>, <c>--points</c> and <c>--gradebook-column</c>, which <c>batch</c> and
/// <c>merge</c> share: the platform's gradebook import file written beside the class reports, keyed by the ids of the
/// download the class was imported from.
/// </summary>
internal sealed class GradebookOptions
{
    private readonly Option<string?> _gradebook = new("--gradebook")
    {
        Description =
            $"Also write the platform's gradebook import file, keyed by the ids the download gave: {string.Join(", ", Gradebooks.All.Select(g => $"{g.Platform.OptionValue()} ({g.FileName})"))}.",
    };

    private readonly Option<decimal?> _points = new("--points")
    {
        Description =
            "The assignment's maximum in the gradebook: each grade (the required score) is scaled to it; by default the rubric's required points.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (
                decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var points)
                && points > 0
                && points <= 100_000
            )
                return points;
            result.AddError($"--points takes a number above 0, such as 10 or 100, not '{text}'");
            return null;
        },
    };

    private readonly Option<string?> _column = new("--gradebook-column")
    {
        Description =
            "Canvas's column for the assignment, as Canvas's own gradebook export heads it, such as 'Lab 1 (123456)' (default: the assignment's id, which Canvas's import offers to create).",
    };

    /// <summary>Adds the options to <paramref name="command"/>, with the rules that tie them together.</summary>
    public void AddTo(Command command)
    {
        _gradebook.AcceptOnlyFromAmong([.. Gradebooks.All.Select(g => g.Platform.OptionValue())]);
        command.Options.Add(_gradebook);
        command.Options.Add(_points);
        command.Options.Add(_column);
        command.Validators.Add(result =>
        {
            var gradebook = result.GetValue(_gradebook);
            if (gradebook is null && result.GetResult(_points) is { Tokens.Count: > 0 })
                result.AddError("--points scales the grades of a gradebook file: it goes with --gradebook");
            else if (result.GetResult(_column) is { Tokens.Count: > 0 } && gradebook != Platform.Canvas.OptionValue())
                result.AddError("--gradebook-column names Canvas's column: it goes with --gradebook canvas");
            else if (result.GetValue(_column) is { } column && column.Trim().Length == 0)
                result.AddError("--gradebook-column takes the column's title, such as 'Lab 1 (123456)'");
        });
    }

    /// <summary>The gradebook the parse asks for (before any roster is checked), or null.</summary>
    public IGradebook? Gradebook(ParseResult parse) =>
        parse.GetValue(_gradebook) is { } name ? Gradebooks.For(PlatformNames.Parse(name)!.Value) : null;

    /// <summary>The gradebook the command-line result asks for, for validators.</summary>
    public IGradebook? Gradebook(System.CommandLine.Parsing.CommandResult result) =>
        result.GetValue(_gradebook) is { } name ? Gradebooks.For(PlatformNames.Parse(name)!.Value) : null;

    /// <summary>The settings the parse gives, written now.</summary>
    public GradebookSettings Settings(ParseResult parse) =>
        new(parse.GetValue(_points), parse.GetValue(_column)?.Trim(), DateTimeOffset.Now);
}

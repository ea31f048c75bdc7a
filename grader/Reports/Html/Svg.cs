using System.Globalization;
using System.Net;

namespace Grader.Reports.Html;

/// <summary>Small helpers for writing SVG and HTML by hand: encoding and invariant numbers.</summary>
internal static class Svg
{
    /// <summary>Text made safe for HTML and SVG content and attributes.</summary>
    public static string Text(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A number as SVG wants it, whatever the culture.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters, with an ellipsis when cut.</summary>
    public static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

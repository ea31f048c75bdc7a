using System.Text;

namespace Grader.Platforms;

/// <summary>Comma-separated values as RFC 4180 writes them: a field quoted when it holds a comma, a quote, a line break
/// or spaces at an end; lines end with CRLF. Reads them back the same way.</summary>
public static class CsvFields
{
    /// <summary>One line of <paramref name="fields"/>, with its CRLF.</summary>
    public static string Line(IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return string.Join(',', fields.Select(Quote)) + "\r\n";
    }

    /// <summary>The rows of <paramref name="text"/>, each a list of fields; a blank line is no row.</summary>
    /// <exception cref="FormatException">A quoted field is not closed.</exception>
    public static IReadOnlyList<IReadOnlyList<string>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        for (var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                    field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"')
                    field.Append(text[++i]);
                else
                    quoted = false;
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRow();
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }
        if (quoted)
            throw new FormatException("a quoted field is not closed");
        EndRow();
        return rows;

        void EndRow()
        {
            if (any || field.Length > 0)
            {
                row.Add(field.ToString());
                rows.Add(row);
            }
            row = [];
            field.Clear();
            any = false;
        }
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 && field.Trim().Length == field.Length
            ? field
            : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

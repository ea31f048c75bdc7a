using System.Globalization;
using System.Text;

namespace Grader.Tests.Support;

/// <summary>
/// A string writer that says it writes UTF-8, as the files and the terminal reports go to do: formats that name their
/// encoding (JUnit's XML declaration) then name the one a user's file has, not .NET strings' UTF-16.
/// </summary>
/// <param name="formatProvider">How the writer itself formats numbers; reports must not depend on it.</param>
public sealed class Utf8StringWriter(IFormatProvider formatProvider) : StringWriter(formatProvider)
{
    /// <summary>A writer that formats as <see cref="CultureInfo.InvariantCulture"/> does.</summary>
    public Utf8StringWriter()
        : this(CultureInfo.InvariantCulture) { }

    /// <inheritdoc />
    public override Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}

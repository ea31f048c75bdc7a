using System.Text;

namespace Reference.Terminal;

/// <summary>
/// The standard streams a role talks through: UTF-8 whatever the locale, <c>\n</c> line ends, and flushed on every
/// write so that a prompt without a newline is seen at once, even through a pipe.
/// </summary>
/// <param name="In">Where a client reads its sentence.</param>
/// <param name="Out">Where prompts, replies and the ready line go.</param>
/// <param name="Error">Where problems go, one line each.</param>
public sealed record StandardStreams(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>Wraps the process's own standard input, output and error.</summary>
    /// <returns>The process's streams, safe to write from several connections at once.</returns>
    public static StandardStreams FromProcess()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return new StandardStreams(
            new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: false),
            TextWriter.Synchronized(Writer(Console.OpenStandardOutput(), utf8)),
            TextWriter.Synchronized(Writer(Console.OpenStandardError(), utf8))
        );
    }

    private static StreamWriter Writer(Stream stream, Encoding encoding) =>
        new(stream, encoding) { AutoFlush = true, NewLine = "\n" };
}

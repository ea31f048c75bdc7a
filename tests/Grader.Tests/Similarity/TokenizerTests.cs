using FluentAssertions;
using Grader.Languages;
using Grader.Similarity;

namespace Grader.Tests.Similarity;

/// <summary>What normalising a source hides (names, comments, literals, blank lines) and what it keeps (the
/// structure).</summary>
[Fast]
public sealed class TokenizerTests
{
    private const string Python = """
        def serve(connection):
            sentence = connection.recv(1024)
            connection.send(sentence.upper())  # reply
        """;

    private const string PythonDisguised = """
        def handle_client(sock):
            '''Answers one client.'''

            # read what the client typed
            data = sock.recv(4096)

            sock.send(data.upper())
        """;

    [Fact]
    public void Renamed_python_with_other_comments_a_docstring_and_blank_lines_has_the_same_tokens() =>
        Kinds(PythonDisguised, "python").Should().Equal(Kinds(Python, "python"));

    [Fact]
    public void Python_with_another_structure_has_other_tokens() =>
        Kinds(
                Python.Replace("connection.send(sentence.upper())", "if sentence:\n        connection.send(sentence)"),
                "python"
            )
            .Should()
            .NotEqual(Kinds(Python, "python"));

    [Fact]
    public void Python_tokens_carry_the_line_they_start_on() =>
        Tokenizer
            .Tokenize(PythonDisguised, Source("python"))
            .Select(t => t.Line)
            .Distinct()
            .Should()
            .Equal(
                [1, 2, 5, 7],
                "the indent is counted where the docstring stands, the comments and blank lines hold none"
            );

    [Theory]
    [InlineData("java")]
    [InlineData("c")]
    [InlineData("c++")]
    [InlineData("csharp")]
    public void Renamed_brace_code_with_other_comments_strings_and_blank_lines_has_the_same_tokens(string language)
    {
        const string original = """
            int serve(int client) {
                char buffer[1024];
                int n = read(client, buffer, 1024); // read once
                printf("got %d\n", n);
                return n;
            }
            """;
        const string disguised = """
            #define UNUSED 1
            /* a function
               of my own */
            int handle(int fd) {

                char data[4096];
                int count = read(fd, data, 4096);
                printf("received: %d bytes\n", count);

                return count;
            }
            """;

        // Java has no preprocessor: its line would be code.
        var text =
            language == "java" ? disguised.Replace("#define UNUSED 1\n", "", StringComparison.Ordinal) : disguised;

        Kinds(text, language).Should().Equal(Kinds(original, language));
    }

    [Fact]
    public void Csharp_verbatim_and_interpolated_strings_are_one_string_token_each() =>
        Kinds("var a = @\"c:\\\"\"x\"\"\"; var b = $\"{a} done\";", "csharp")
            .Should()
            .Equal(Kinds("var a = \"x\"; var b = \"y\";", "csharp"));

    private static IEnumerable<ulong> Kinds(string source, string language) =>
        Tokenizer.Tokenize(source, Source(language)).Select(t => t.Kind);

    private static LanguageSource Source(string language) => LanguageRegistry.Find(language)!.Source!;
}

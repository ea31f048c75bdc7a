using Grader.Languages;

namespace Grader.Similarity;

/// <summary>
/// Turns a source into normalised tokens: comments and whitespace dropped, every name the student chose the same token
/// (keywords, built-ins and member names after a dot kept), every string literal one token and every number another.
/// Python's indentation and line ends are tokens, as its braces are in the other languages; a string alone on a line
/// (a docstring) is a comment. So renaming, rewording comments and prompts, and adding blank lines change nothing.
/// </summary>
public static class Tokenizer
{
    private static readonly ulong Name = StableHash.Of("<name>");
    private static readonly ulong Text = StableHash.Of("<string>");
    private static readonly ulong Number = StableHash.Of("<number>");
    private static readonly ulong Indent = StableHash.Of("<indent>");
    private static readonly ulong Dedent = StableHash.Of("<dedent>");
    private static readonly ulong LineEnd = StableHash.Of("<newline>");

    /// <summary>The tokens of <paramref name="source"/>, written in the language <paramref name="language"/>
    /// reads.</summary>
    public static IReadOnlyList<Token> Tokenize(string source, LanguageSource language)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(language);
        var scanner = new Scanner(source, language);
        return language.Syntax.Family == SyntaxFamily.Indented ? scanner.Indented() : scanner.Braces();
    }

    private sealed class Scanner(string source, LanguageSource language)
    {
        private readonly List<Token> _tokens = [];
        private int _at;
        private int _line = 1;
        private string _previous = "";

        private char At(int offset = 0) => _at + offset < source.Length ? source[_at + offset] : '\0';

        private bool Done => _at >= source.Length;

        public List<Token> Indented()
        {
            var indents = new Stack<int>();
            indents.Push(0);
            var depth = 0; // open brackets: a logical line goes on over line ends inside them
            var lineStart = _tokens.Count;
            var atLineStart = true;
            while (!Done)
            {
                if (atLineStart && depth == 0)
                {
                    atLineStart = false;
                    var width = 0;
                    while (At() is ' ' or '\t')
                    {
                        width += At() == '\t' ? 8 - (width % 8) : 1;
                        _at++;
                    }
                    if (At() is '\n' or '\r' or '#' or '\0')
                    {
                        SkipToLineEnd();
                        atLineStart = true;
                        continue; // a blank or comment line changes no indentation
                    }
                    if (width > indents.Peek())
                    {
                        indents.Push(width);
                        Add(Indent, "");
                    }
                    while (width < indents.Peek() && indents.Count > 1)
                    {
                        indents.Pop();
                        Add(Dedent, "");
                    }
                    lineStart = _tokens.Count;
                }
                var c = At();
                if (c == '\n')
                {
                    _at++;
                    if (depth == 0)
                    {
                        EndPythonLine(lineStart);
                        atLineStart = true;
                    }
                    _line++;
                }
                else if (c is ' ' or '\t' or '\r' or '\f')
                    _at++;
                else if (c == '\\' && At(1) is '\n' or '\r')
                {
                    _at++; // an explicit line joining: the logical line goes on
                    if (At() == '\r')
                        _at++;
                    if (At() == '\n')
                    {
                        _at++;
                        _line++;
                    }
                }
                else if (c == '#')
                    SkipComment();
                else if (c is '\'' or '"')
                    PythonString();
                else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(At(1))))
                    NumberLiteral();
                else if (IsNameStart(c))
                {
                    var start = _at;
                    while (IsNamePart(At()))
                        _at++;
                    if (At() is '\'' or '"' && _at - start <= 2 && IsStringPrefix(source.AsSpan(start, _at - start)))
                        PythonString();
                    else
                        Word(source[start.._at]);
                }
                else
                {
                    depth += c switch
                    {
                        '(' or '[' or '{' => 1,
                        ')' or ']' or '}' => depth > 0 ? -1 : 0,
                        _ => 0,
                    };
                    Punctuation(c);
                }
            }
            EndPythonLine(lineStart);
            return _tokens;
        }

        public List<Token> Braces()
        {
            var lineHasCode = false;
            while (!Done)
            {
                var c = At();
                if (c == '\n')
                {
                    _at++;
                    _line++;
                    lineHasCode = false;
                }
                else if (char.IsWhiteSpace(c))
                    _at++;
                else if (c == '/' && At(1) == '/')
                    SkipComment();
                else if (c == '/' && At(1) == '*')
                    SkipBlockComment();
                else if (c == '#' && !lineHasCode && language.Syntax.PreprocessorLines)
                    SkipDirective();
                else
                {
                    lineHasCode = true;
                    if (c == '"' || c == '\'')
                        QuotedLiteral(verbatim: false);
                    else if (c is '@' or '$' && At(1) is '"' or '@' or '$' && language.Syntax.PrefixedStrings)
                    {
                        var verbatim = false;
                        while (At() is '@' or '$')
                        {
                            verbatim |= At() == '@';
                            _at++;
                        }
                        QuotedLiteral(verbatim);
                    }
                    else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(At(1))))
                        NumberLiteral();
                    else if (IsNameStart(c) || c == '$' || (c == '@' && IsNameStart(At(1))))
                    {
                        var start = c == '@' ? ++_at : _at;
                        while (IsNamePart(At()) || At() == '$')
                            _at++;
                        Word(source[start.._at]);
                    }
                    else
                        Punctuation(c);
                }
            }
            return _tokens;
        }

        private void EndPythonLine(int lineStart)
        {
            var count = _tokens.Count - lineStart;
            if (count == 0)
                return;
            if (count == 1 && _tokens[^1].Kind == Text)
            {
                _tokens.RemoveAt(_tokens.Count - 1); // a docstring, or a string left as a comment
                return;
            }
            Add(LineEnd, "");
        }

        private void Word(string word)
        {
            if (language.Keywords.Keeps(word) || _previous == ".")
                Add(StableHash.Of(word), word);
            else
                Add(Name, word);
        }

        private void Punctuation(char c)
        {
            _at++;
            Add(StableHash.Of([c]), c.ToString());
        }

        private void NumberLiteral()
        {
            var line = _line;
            while (true)
            {
                var c = At();
                if (IsNamePart(c))
                {
                    _at++;
                    if (c is 'e' or 'E' && At() is '+' or '-' && char.IsAsciiDigit(At(1)))
                        _at++; // an exponent's sign
                }
                else if (c == '.' && !IsNameStart(At(1)) && At(1) != '.')
                    _at++;
                else
                    break;
            }
            _tokens.Add(new Token(Number, line));
            _previous = "0";
        }

        private void PythonString()
        {
            var line = _line;
            var quote = At();
            var triple = At(1) == quote && At(2) == quote;
            _at += triple ? 3 : 1;
            while (!Done)
            {
                var c = At();
                if (c == '\\')
                {
                    if (At(1) == '\n')
                        _line++;
                    _at += 2;
                    continue;
                }
                if (c == '\n')
                {
                    if (!triple)
                        break; // an unterminated string ends with its line
                    _line++;
                }
                if (c == quote && (!triple || (At(1) == quote && At(2) == quote)))
                {
                    _at += triple ? 3 : 1;
                    break;
                }
                _at++;
            }
            _tokens.Add(new Token(Text, line));
            _previous = "\"";
        }

        private void QuotedLiteral(bool verbatim)
        {
            var line = _line;
            var quote = At();
            var triple = quote == '"' && At(1) == '"' && At(2) == '"';
            _at += triple ? 3 : 1;
            while (!Done)
            {
                var c = At();
                if (c == '\\' && !verbatim && !triple)
                {
                    _at += 2;
                    continue;
                }
                if (c == '\n')
                {
                    if (!triple && !verbatim)
                        break;
                    _line++;
                }
                if (c == quote)
                {
                    if (triple && !(At(1) == quote && At(2) == quote))
                    {
                        _at++;
                        continue;
                    }
                    if (verbatim && At(1) == quote)
                    {
                        _at += 2; // "" inside a verbatim string is one quote
                        continue;
                    }
                    _at += triple ? 3 : 1;
                    break;
                }
                _at++;
            }
            _tokens.Add(new Token(Text, line));
            _previous = "\"";
        }

        private void SkipComment()
        {
            while (!Done && At() != '\n')
                _at++;
        }

        private void SkipToLineEnd()
        {
            SkipComment();
            if (!Done)
            {
                _at++;
                _line++;
            }
        }

        private void SkipBlockComment()
        {
            _at += 2;
            while (!Done && !(At() == '*' && At(1) == '/'))
            {
                if (At() == '\n')
                    _line++;
                _at++;
            }
            _at += 2;
        }

        private void SkipDirective()
        {
            while (!Done && At() != '\n')
            {
                if (At() == '\\' && At(1) == '\n')
                {
                    _at++;
                    _line++;
                }
                _at++;
            }
        }

        private void Add(ulong kind, string text)
        {
            _tokens.Add(new Token(kind, _line));
            _previous = text;
        }

        private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

        private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_';

        private static bool IsStringPrefix(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
                if (c is not ('r' or 'R' or 'b' or 'B' or 'u' or 'U' or 'f' or 'F'))
                    return false;
            return true;
        }
    }
}

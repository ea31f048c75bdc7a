namespace Grader.Tests.Support.Corpus;

/// <summary>Code only one student would write: small helper functions of random shape (validation, formatting,
/// counting), different in structure from one student to the next.</summary>
public static class PersonalCode
{
    /// <summary>A top-level function of 2 to 6 statements, with its lines.</summary>
    public static IEnumerable<string> Function(Random random)
    {
        var parameters = Enumerable.Range(0, 1 + random.Next(2)).Select(_ => Vocabulary.VariableName(random)).ToList();
        var known = parameters.ToList();
        yield return $"def {Vocabulary.FunctionName(random)}({string.Join(", ", parameters.Distinct())}):";
        foreach (var line in Statements(random, known, "    ", 2 + random.Next(5), depth: 0))
            yield return line;
        yield return $"    return {Expression(random, known)}";
        yield return "";
        yield return "";
    }

    private static IEnumerable<string> Statements(
        Random random,
        List<string> known,
        string indent,
        int count,
        int depth
    )
    {
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(depth < 2 ? 7 : 4))
            {
                case 0:
                case 1:
                case 2:
                {
                    var name = Vocabulary.VariableName(random);
                    yield return $"{indent}{name} = {Expression(random, known)}";
                    known.Add(name);
                    break;
                }
                case 3:
                    yield return $"{indent}print({Expression(random, known)})";
                    break;
                case 4:
                    yield return $"{indent}if {Condition(random, known)}:";
                    foreach (var line in Statements(random, known, indent + "    ", 1 + random.Next(2), depth + 1))
                        yield return line;
                    break;
                case 5:
                {
                    var item = Vocabulary.Pick(random, Vocabulary.Nouns);
                    yield return $"{indent}for {item} in range({random.Next(2, 9)}):";
                    known.Add(item);
                    foreach (var line in Statements(random, known, indent + "    ", 1 + random.Next(2), depth + 1))
                        yield return line;
                    break;
                }
                default:
                    yield return $"{indent}while {Condition(random, known)}:";
                    yield return $"{indent}    break";
                    break;
            }
        }
    }

    private static string Condition(Random random, List<string> known) =>
        random.Next(4) switch
        {
            0 => $"{Vocabulary.Pick(random, known)} is None",
            1 => $"len(str({Vocabulary.Pick(random, known)})) > {random.Next(1, 99)}",
            2 => $"not {Vocabulary.Pick(random, known)}",
            _ => $"{Vocabulary.Pick(random, known)} == {Vocabulary.Pick(random, known)}",
        };

    private static string Expression(Random random, List<string> known) =>
        random.Next(7) switch
        {
            0 => $"str({Vocabulary.Pick(random, known)}).strip()",
            1 => $"len(str({Vocabulary.Pick(random, known)})) + {random.Next(1, 99)}",
            2 => $"[{Vocabulary.Pick(random, known)}] * {random.Next(2, 5)}",
            3 => $"\"{Vocabulary.Sentence(random)}\" + str({Vocabulary.Pick(random, known)})",
            4 => $"({Vocabulary.Pick(random, known)}, {Vocabulary.Pick(random, known)})",
            5 => $"str({Vocabulary.Pick(random, known)}).split()",
            _ => $"{random.Next(0, 1000)}",
        };
}

using System.Text;

namespace Grader.Platforms;

/// <summary>
/// The folder a student's files go in, which names their results in every report: the student's name and id, letters
/// and digits of any script kept, everything else a hyphen (<c>jane-doe-4412</c>, <c>zoë-ångström-17</c>), so it is a
/// safe name on every file system and a person can tell whose it is.
/// </summary>
public static class StudentFolderName
{
    private const int Longest = 80;

    /// <summary>The folder of the student named <paramref name="name"/> with id <paramref name="id"/>: the name's
    /// slug and the id's, or the id's alone when the name is the id.</summary>
    public static string For(string name, string id)
    {
        var slugId = Slug(id);
        var slugName = Slug(name);
        var folder =
            slugName.Length == 0 || slugName == slugId ? slugId
            : slugId.Length == 0 ? slugName
            : $"{Cut(slugName, Longest - slugId.Length - 1)}-{slugId}";
        return folder.Length == 0 ? "student" : folder;
    }

    /// <summary>Lowercase letters and digits of any script, every other run of characters one hyphen, none at either
    /// end.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder();
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (
                Rune.IsLetterOrDigit(rune)
                || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
            )
                slug.Append(Rune.ToLowerInvariant(rune));
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        }
        return Cut(slug.ToString().Trim('-'), Longest);
    }

    private static string Cut(string slug, int length) =>
        slug.Length <= length ? slug : slug[..Math.Max(0, length)].TrimEnd('-');
}

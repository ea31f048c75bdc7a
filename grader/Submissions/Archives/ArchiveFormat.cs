namespace Grader.Submissions.Archives;

/// <summary>The archive formats a submission may hand in, told by the file's name, and how each is read.</summary>
internal enum ArchiveFormat
{
    /// <summary><c>.zip</c>, read by .NET's <c>System.IO.Compression</c>.</summary>
    Zip,

    /// <summary><c>.tar</c>, read by .NET's <c>System.Formats.Tar</c>.</summary>
    Tar,

    /// <summary><c>.tar.gz</c> or <c>.tgz</c>: a tar inside gzip, both .NET's.</summary>
    TarGzip,

    /// <summary><c>.7z</c>, <c>.rar</c>, <c>.tar.bz2</c>, <c>.tar.xz</c>: read by SharpCompress, which .NET's own
    /// readers do not cover.</summary>
    Other,
}

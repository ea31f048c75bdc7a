using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using FluentAssertions;
using Grader.Batch;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>
/// The fingerprint a resumed batch compares: unchanged for a plain folder (results stored before stay current), and
/// taken without following a link, opening a named pipe or reading a file the submission may not hold.
/// </summary>
public sealed class SubmissionHashTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_plain_folder_has_the_fingerprint_it_had_before_links_and_pipes_were_handled()
    {
        var hash = await SubmissionHash.ComputeAsync(
            Repository.Submission("python-student-names"),
            TestContext.Current.CancellationToken
        );

        hash.Should().Be(await FormerHashAsync(Repository.Submission("python-student-names")));
    }

    [Fact]
    public async Task A_link_to_dev_zero_a_pipe_a_loop_and_a_1_GiB_file_are_fingerprinted_in_moments_without_reading_them()
    {
        var root = _folder["hostile"];
        BadInputs.CopyCorrect(root);
        File.CreateSymbolicLink(Path.Combine(root, "zero"), "/dev/zero");
        Directory.CreateSymbolicLink(Path.Combine(root, "loop"), ".");
        BadInputs.Shell(root, "mkfifo pipe");
        using (var big = File.Create(Path.Combine(root, "big.bin")))
            big.SetLength(1L << 30);
        var clock = Stopwatch.StartNew();

        var first = await SubmissionHash.ComputeAsync(root, TestContext.Current.CancellationToken);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "nothing is read but the small files");
        File.Delete(Path.Combine(root, "zero"));
        File.CreateSymbolicLink(Path.Combine(root, "zero"), "/dev/null");
        (await SubmissionHash.ComputeAsync(root, TestContext.Current.CancellationToken))
            .Should()
            .NotBe(first, "a link is fingerprinted by where it points");
    }

    [Fact]
    public async Task A_file_where_a_folder_was_expected_is_fingerprinted_by_its_content()
    {
        File.WriteAllText(_folder["alone.py"], "print(1)\n");
        var first = await SubmissionHash.ComputeAsync(_folder["alone.py"], TestContext.Current.CancellationToken);

        File.WriteAllText(_folder["alone.py"], "print(2)\n");

        (await SubmissionHash.ComputeAsync(_folder["alone.py"], TestContext.Current.CancellationToken))
            .Should()
            .NotBe(first);
    }

    public void Dispose()
    {
        BadInputs.Delete(_folder.Path);
        _folder.Dispose();
    }

    // The fingerprint as the batch took it before (every file below the folder, hidden ones and byte-code caches left
    // out, in path order: its path, its length, its bytes), which a plain folder's must still be.
    private static async Task<string> FormerHashAsync(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory
            .GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(f => f.Split('/').All(p => !p.StartsWith('.') && p != "__pycache__" && !p.EndsWith(".pyc")))
            .Order(StringComparer.Ordinal);
        foreach (var relative in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\0"));
            var bytes = await File.ReadAllBytesAsync(Path.Combine(directory, relative));
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }
        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

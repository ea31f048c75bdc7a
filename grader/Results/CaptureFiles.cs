using PacketDotNet;
using SharpPcap;
using SharpPcap.LibPcap;

namespace Grader.Results;

/// <summary>
/// Writes a result's captures, one pcap file per check that has one, through libpcap (SharpPcap's writer), as
/// <c>tcpdump -i lo -w</c> would: Ethernet frames (of zeros on loopback) that Wireshark and <c>tshark</c> open.
/// </summary>
public static class CaptureFiles
{
    /// <summary>The extension of a capture file.</summary>
    public const string Extension = ".pcap";

    /// <summary>What the user is told when libpcap is missing.</summary>
    public const string NeedLibpcap =
        "captures need libpcap (Debian's and Ubuntu's libpcap0.8, Fedora's libpcap), which is not installed: none are written";

    /// <summary>Why no capture can be written here (libpcap is missing), or null when captures can be.</summary>
    public static string? Unavailable()
    {
        try
        {
            return Pcap.Version.Length > 0 ? null : NeedLibpcap;
        }
        catch (Exception e)
            when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            return NeedLibpcap;
        }
    }

    /// <summary>Where a batch keeps <paramref name="submission"/>'s captures, relative to its output folder:
    /// <c>results/&lt;submission&gt;</c>, beside its result.</summary>
    public static string ClassFolder(string submission) => $"results/{submission}";

    /// <summary>The file name of <paramref name="checkId"/>'s capture, such as <c>tcp-server.uppercase.pcap</c>.</summary>
    public static string FileName(string checkId)
    {
        ArgumentNullException.ThrowIfNull(checkId);
        return checkId.Replace('/', '.') + Extension;
    }

    /// <summary>
    /// Writes every check's capture of <paramref name="result"/> into <paramref name="folder"/> (made if missing) and
    /// returns the result naming each file, with a note on each capture that was cut short; a problem in one sentence
    /// (libpcap missing) when none could be written, else null.
    /// </summary>
    public static (GradeResult Result, string? Problem) Write(GradeResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Checks.Any(c => c.Packets is not null))
            return (result, null);
        Directory.CreateDirectory(folder);
        var checks = new List<CheckResult>();
        try
        {
            foreach (var check in result.Checks)
            {
                if (check.Packets is not { } log)
                {
                    checks.Add(check);
                    continue;
                }
                var name = FileName(check.Id);
                WriteFile(Path.Combine(folder, name), log.Packets);
                checks.Add(
                    check with
                    {
                        Capture = name,
                        CaptureNote = log.TruncatedAt is { } at ? CaptureFrames.Truncated(at) : check.CaptureNote,
                    }
                );
            }
        }
        catch (Exception e)
            when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            return (result, NeedLibpcap);
        }
        return (result with { Checks = checks }, null);
    }

    /// <summary>The name of the zip of a submission's captures, in its folder of captures.</summary>
    public const string ZipName = "captures.zip";

    /// <summary>Zips the captures <paramref name="result"/> names, in <paramref name="folder"/>, into <see
    /// cref="ZipName"/> there, for a class report's one download per submission; nothing when it names none.</summary>
    public static void Zip(GradeResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        var files = result
            .Checks.Select(c => c.Capture)
            .OfType<string>()
            .Where(file => File.Exists(Path.Combine(folder, file)))
            .ToList();
        if (files.Count == 0)
            return;
        var zip = Path.Combine(folder, ZipName);
        File.Delete(zip);
        using var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create);
        foreach (var file in files)
            System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(archive, Path.Combine(folder, file), file);
    }

    /// <summary>Writes <paramref name="packets"/> to a pcap file at <paramref name="path"/>, replacing it.</summary>
    public static void WriteFile(string path, IReadOnlyList<CapturedPacket> packets)
    {
        ArgumentNullException.ThrowIfNull(packets);
        using var writer = new CaptureFileWriterDevice(path, FileMode.Create);
        writer.Open(LinkLayers.Ethernet);
        foreach (var packet in packets)
            writer.Write(
                new RawCapture(LinkLayers.Ethernet, new PosixTimeval(packet.At.UtcDateTime), packet.Frame, null)
            );
    }
}

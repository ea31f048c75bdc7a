using System.Buffers.Binary;
using FluentAssertions;

namespace Grader.Tests.Packaging;

/// <summary>The macOS and Windows files build here as the Linux one does, each one file; the macOS one signed ad hoc
/// by the SDK, as Apple silicon needs to run it at all.</summary>
public sealed class OtherPlatformsPublishTests
{
    private const uint MachO64 = 0xfeedfacf;
    private const uint CodeSignatureCommand = 0x1d;
    private const uint SuperBlobMagic = 0xfade0cc0;
    private const uint CodeDirectorySlot = 0;
    private const uint AdHocFlag = 0x2;

    [Fact]
    public async Task The_macos_file_is_one_executable_signed_ad_hoc()
    {
        var grader = await SingleFilePublish.ExecutableAsync("osx-arm64");

        Directory.GetFileSystemEntries(SingleFilePublish.OutputOf("osx-arm64")).Should().Equal(grader);
        var bytes = await File.ReadAllBytesAsync(grader, TestContext.Current.CancellationToken);
        BinaryPrimitives.ReadUInt32LittleEndian(bytes).Should().Be(MachO64, "it is a 64-bit Mach-O executable");
        CodeDirectoryFlags(bytes)
            .Should()
            .NotBeNull("it carries a code signature")
            .And.Match(f => (f & AdHocFlag) != 0);
    }

    [Fact]
    public async Task The_windows_file_is_one_executable()
    {
        var grader = await SingleFilePublish.ExecutableAsync("win-x64");

        Directory.GetFileSystemEntries(SingleFilePublish.OutputOf("win-x64")).Should().Equal(grader);
        var bytes = await File.ReadAllBytesAsync(grader, TestContext.Current.CancellationToken);
        bytes[..2].Should().Equal((byte)'M', (byte)'Z');
        var pe = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(0x3c));
        bytes[pe..(pe + 4)].Should().Equal((byte)'P', (byte)'E', 0, 0);
        new FileInfo(grader).Length.Should().BeGreaterThan(20 << 20, "the runtime and the grader are inside it");
    }

    // The flags of the code directory in the Mach-O file's signature (LC_CODE_SIGNATURE), or null when it has none.
    private static uint? CodeDirectoryFlags(byte[] file)
    {
        var commands = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(16));
        var offset = 32;
        for (var i = 0; i < commands; i++)
        {
            var command = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset));
            var size = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(offset + 4));
            if (command == CodeSignatureCommand)
            {
                var blob = file.AsSpan(BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(offset + 8)));
                if (BinaryPrimitives.ReadUInt32BigEndian(blob) != SuperBlobMagic)
                    return null;
                var count = BinaryPrimitives.ReadUInt32BigEndian(blob[8..]);
                for (var j = 0; j < count; j++)
                {
                    var entry = blob[(12 + (8 * j))..];
                    if (BinaryPrimitives.ReadUInt32BigEndian(entry) == CodeDirectorySlot)
                        return BinaryPrimitives.ReadUInt32BigEndian(
                            blob[(int)BinaryPrimitives.ReadUInt32BigEndian(entry[4..])..][12..]
                        );
                }
                return null;
            }
            offset += size;
        }
        return null;
    }
}

using Xunit;

namespace Reference.Tests.Support;

/// <summary>
/// A folder of files to serve, in a temporary folder of its own that also holds <c>secret.txt</c> beside the site,
/// and one reference <c>web-server</c> serving it, shared by a test class.
/// </summary>
public sealed class WebSite : IAsyncLifetime
{
    /// <summary>What <c>secret.txt</c>, outside the site, holds: no response may ever contain it.</summary>
    public const string Secret = "the secret outside the root";

    private readonly string folder = Directory.CreateTempSubdirectory("reftest-web-").FullName;
    private ListeningServer? server;

    /// <summary>The folder served.</summary>
    public string Root => Path.Combine(folder, "site");

    /// <summary>The full path of the file outside the root.</summary>
    public string SecretFile => Path.Combine(folder, "secret.txt");

    /// <summary>The port the shared server listens on.</summary>
    public int Port => server?.Port ?? throw new InvalidOperationException("The site's server is not running.");

    /// <summary>The shared server.</summary>
    public RunningProgram Server => server?.Program ?? throw new InvalidOperationException("Not running.");

    /// <summary>The bytes of <c>image.png</c>: every byte value, then random ones, 100 KiB in all.</summary>
    public byte[] Image { get; } = MakeImage();

    /// <summary>Writes the files and starts the server.</summary>
    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Root, "sub"));
        File.WriteAllText(SecretFile, Secret);
        File.WriteAllBytes(Path.Combine(Root, "image.png"), Image);
        Write("index.html", "<h1>home</h1>\n");
        Write("sub/index.html", "<h1>sub</h1>\n");
        foreach (var name in Extensions)
        {
            Write(name, $"the file {name}\n");
        }

        Write("with space.txt", "a space in the name\n");
        Write("café.txt", "an accent in the name\n");
        Write("empty.txt", "");
        server = await ListeningServer.StartAsync(Serve("web-server", Root));
    }

    /// <summary>The files named for each content type, besides <c>image.png</c>.</summary>
    public static IReadOnlyList<string> Extensions { get; } =
    [
        "page.htm",
        "UPPER.HTML",
        "notes.txt",
        "style.css",
        "app.js",
        "photo.jpg",
        "photo.jpeg",
        "anim.gif",
        "favicon.ico",
        "data.bin",
        "README",
    ];

    /// <summary>A launch of the reference <paramref name="role"/> on a free port, serving
    /// <paramref name="root"/>.</summary>
    public static Launch Serve(string role, string root) => Programs.Reference(role, "--port", "0", "--root", root);

    /// <summary>Stops the server and removes the folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(Root, name), text);

    private static byte[] MakeImage()
    {
        var bytes = new byte[100 * 1024];
        new Random(7).NextBytes(bytes);
        for (var value = 0; value < 256; value++)
        {
            bytes[value] = (byte)value;
        }

        return bytes;
    }
}

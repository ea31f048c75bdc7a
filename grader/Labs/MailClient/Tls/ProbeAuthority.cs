using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Grader.Launching;

namespace Grader.Labs.MailClient.Tls;

/// <summary>
/// The certificate authority the grader creates once per run (per grader process) for the probe mail server's TLS: a
/// client that verifies certificates, as Python's default context does, trusts the probe as it would its provider,
/// because every launch is told to trust this authority (<see cref="TrustLaunch"/>). Its private key lives in this
/// process's memory only; what launches see is its certificate, in a bundle with the system's authorities.
/// </summary>
internal sealed class ProbeAuthority
{
    private static readonly Lazy<ProbeAuthority> Shared = new(() => new ProbeAuthority());

    // Where the system keeps its authorities, first found wins: Debian and Ubuntu, Fedora and RHEL, Alpine's link.
    private static readonly string[] SystemBundles =
    [
        "/etc/ssl/certs/ca-certificates.crt",
        "/etc/pki/tls/certs/ca-bundle.crt",
        "/etc/ssl/cert.pem",
    ];

    private readonly X509Certificate2 _authority;
    private readonly ConcurrentDictionary<string, Lazy<X509Certificate2>> _leaves = new(
        StringComparer.OrdinalIgnoreCase
    );
    private readonly Lazy<string> _folder;

    private ProbeAuthority()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(
            "CN=Lab grader probe authority (this run only), O=Lab grader",
            key,
            HashAlgorithmName.SHA256
        );
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(
            new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true)
        );
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        _authority = Reloaded(created);
        _folder = new Lazy<string>(WriteTrustFiles);
    }

    /// <summary>The run's authority, created on first use.</summary>
    public static ProbeAuthority Instance => Shared.Value;

    /// <summary>The authority's certificate, PEM-encoded, as launches trust it.</summary>
    public string CertificatePem => _authority.ExportCertificatePem();

    /// <summary>The bundle a launch trusts: the system's authorities, if the machine has a bundle, and this one.</summary>
    public string BundlePath => Path.Combine(_folder.Value, "ca-bundle.pem");

    /// <summary>The password of <see cref="TrustStorePath"/>: a JKS trust store's only guards its integrity, and it
    /// holds no secret.</summary>
    public const string TrustStorePassword = "changeit";

    /// <summary>The JVM's trust store (JKS): the same authorities as <see cref="BundlePath"/>.</summary>
    public string TrustStorePath => Path.Combine(_folder.Value, "truststore.jks");

    /// <summary>The line a JVM prints on its standard error when <c>JAVA_TOOL_OPTIONS</c> is set, which is the
    /// grader's doing, not the program's output.</summary>
    public const string JavaToolOptionsNotice = "Picked up JAVA_TOOL_OPTIONS:";

    /// <summary>
    /// <paramref name="command"/> told to trust this authority: <c>SSL_CERT_FILE</c> (OpenSSL, hence Python, Ruby, PHP,
    /// curl) and <c>NODE_EXTRA_CA_CERTS</c> name the bundle, <c>JAVA_TOOL_OPTIONS</c> the JVM's trust store, and their
    /// folder is shown read-only to the launch.
    /// </summary>
    public ProgramCommand TrustLaunch(ProgramCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var bundle = BundlePath;
        return command.WithEnvironment(
            new Dictionary<string, string?>
            {
                ["SSL_CERT_FILE"] = bundle,
                ["NODE_EXTRA_CA_CERTS"] = bundle,
                ["JAVA_TOOL_OPTIONS"] =
                    $"-Djavax.net.ssl.trustStore={TrustStorePath} -Djavax.net.ssl.trustStoreType=JKS -Djavax.net.ssl.trustStorePassword={TrustStorePassword}",
            }
        ) with
        {
            ReadOnlyPaths = [.. command.ReadOnlyPaths, _folder.Value],
        };
    }

    /// <summary>A certificate, with its key, for <paramref name="name"/> (and localhost, 127.0.0.1 and ::1), signed by
    /// this authority; made once per name.</summary>
    public X509Certificate2 CertificateFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _leaves.GetOrAdd(name, n => new Lazy<X509Certificate2>(() => Issue(n))).Value;
    }

    private X509Certificate2 Issue(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        if (IPAddress.TryParse(name, out var address))
            names.AddIpAddress(address);
        else
            names.AddDnsName(name);
        if (!name.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            names.AddDnsName("localhost");
        if (name != "127.0.0.1")
            names.AddIpAddress(IPAddress.Loopback);
        if (name != "::1")
            names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(
            new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true)
        );
        request.CertificateExtensions.Add(
            new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false) // server authentication
        );
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(
            X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_authority, true, false)
        );
        var now = DateTimeOffset.UtcNow;
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var signed = request.Create(_authority, _authority.NotBefore, _authority.NotAfter.AddMinutes(-1), serial);
        using var withKey = signed.CopyWithPrivateKey(key);
        return Reloaded(withKey);
    }

    // A certificate with an ephemeral key, through PKCS#12 and back: Windows' TLS needs a key it has stored to serve it.
    private static X509Certificate2 Reloaded(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);

    // The bundle, in a folder of this process's own, removed when the grader exits.
    private string WriteTrustFiles()
    {
        var folder = Directory.CreateTempSubdirectory("lab-grader-tls-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        };
        var bundle = new StringBuilder();
        if (SystemBundles.FirstOrDefault(File.Exists) is { } system)
            bundle.Append(File.ReadAllText(system)).Append('\n');
        bundle.Append(CertificatePem).Append('\n');
        var path = Path.Combine(folder, "ca-bundle.pem");
        File.WriteAllText(path, bundle.ToString());
        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPem(bundle.ToString());
        var store = Path.Combine(folder, "truststore.jks");
        File.WriteAllBytes(store, JavaTrustStore.Write(authorities, TrustStorePassword));
        if (!OperatingSystem.IsWindows())
        {
            // Launches run as other users: they read the bundle, nobody changes it.
            File.SetUnixFileMode(
                folder,
                UnixFileMode.UserRead
                    | UnixFileMode.UserWrite
                    | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead
                    | UnixFileMode.GroupExecute
                    | UnixFileMode.OtherRead
                    | UnixFileMode.OtherExecute
            );
            foreach (var file in new[] { path, store })
                File.SetUnixFileMode(
                    file,
                    UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead
                );
        }
        return folder;
    }
}

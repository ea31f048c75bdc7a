using FluentAssertions;
using Grader.Labs.Lab1Sockets;
using Grader.Languages;
using Grader.Languages.C;
using Grader.Languages.Python;
using Grader.Launching;
using Grader.Sandboxes;
using Grader.Submissions;
using Grader.Tests.Support;

namespace Grader.Tests.Submissions;

public sealed class SubmissionBuilderTests
{
    private static readonly TimeSpan BuildTimeLimit = TimeSpan.FromSeconds(60);

    // Every build confined as grading confines it: in the namespace sandbox, with the lab's build limits.
    private static readonly BuildConfinement Confined = new(
        new NamespaceSandbox(),
        LabGrading.Lab.Limits.ForBuild(BuildTimeLimit)
    );

    private const string JavaClient = """
        import java.io.*;

        public class TCPClient {
            public static void main(String[] args) throws IOException {
                System.out.print("Input a lowercase sentence:");
                String line = new BufferedReader(new InputStreamReader(System.in)).readLine();
                System.out.println("From Server: " + line.toUpperCase());
            }
        }
        """;

    private const string CServer = """
        #include <stdio.h>

        int main(void) {
            printf("The server is ready to receive\n");
            return 0;
        }
        """;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<BuiltSubmission> BuildAsync(TempSubmission folder) =>
        await SubmissionBuilder.BuildAsync(
            SubmissionScanner.Scan(folder.Folder, SocketRoles.All),
            folder.WorkDirectory,
            Confined,
            Cancellation
        );

    [Fact]
    public async Task A_java_submission_compiles_once_and_its_command_runs()
    {
        using var folder = new TempSubmission()
            .With("TCPClient.java", JavaClient)
            .With(
                "src/UDPServer.java",
                """
                package lab;

                public class UDPServer {
                    public static void main(String[] args) { System.out.println(Greeting.TEXT); }
                }
                """
            )
            .With(
                "src/Greeting.java",
                """
                package lab;

                class Greeting { static final String TEXT = "The server is ready to receive"; }
                """
            );

        var built = await BuildAsync(folder);

        var client = built.Launches[SocketRoles.TcpClient].Should().BeOfType<RoleLaunch.Ready>().Subject;
        client.Command.FileName.Should().EndWith("/java");
        client.Command.Arguments.Should().Equal("-cp", Path.Combine(folder.WorkDirectory, "java"), "TCPClient");
        client.Command.WorkingDirectory.Should().Be(folder.Folder);
        var exit = await BuiltCommand.RunAsync(client.Command, "hello\n");
        exit.StandardOutput.Should().Be("Input a lowercase sentence:From Server: HELLO\n");

        var server = built.Launches[SocketRoles.UdpServer].Should().BeOfType<RoleLaunch.Ready>().Subject;
        server.Command.Arguments[^1].Should().Be("lab.UDPServer");
        (await BuiltCommand.RunAsync(server.Command)).StandardOutput.Should().Be("The server is ready to receive\n");
    }

    [Fact]
    public async Task A_java_file_that_does_not_compile_fails_only_its_role()
    {
        using var folder = new TempSubmission()
            .With("TCPClient.java", JavaClient)
            .With(
                "UDPClient.java",
                "public class UDPClient {\n    public static void main(String[] args) {\n        int x = \n    }\n}\n"
            );

        var built = await BuildAsync(folder);

        var failed = built.Launches[SocketRoles.UdpClient].Should().BeOfType<RoleLaunch.BuildFailed>().Subject;
        failed.Summary.Should().Be("javac failed for UDPClient.java.");
        failed.CompilerOutput.Should().StartWith("UDPClient.java:4: error: illegal start of expression");
        (failed.Program.Role, failed.Program.Language, failed.Program.Source)
            .Should()
            .Be((SocketRoles.UdpClient, "java", "UDPClient.java"));
        var client = built.Launches[SocketRoles.TcpClient].Should().BeOfType<RoleLaunch.Ready>().Subject;
        (await BuiltCommand.RunAsync(client.Command, "ok\n")).StandardOutput.Should().EndWith("From Server: OK\n");
    }

    [Fact]
    public async Task A_c_submission_compiles_and_a_file_that_does_not_fails_only_its_role()
    {
        using var folder = new TempSubmission()
            .With("TCPServer.c", CServer)
            .With("src/UDPServer.cpp", "#include <iostream>\nint main() {\n    std::cout << undefined_name;\n}\n");

        var built = await BuildAsync(folder);

        var server = built.Launches[SocketRoles.TcpServer].Should().BeOfType<RoleLaunch.Ready>().Subject;
        server.Command.FileName.Should().Be(Path.Combine(folder.WorkDirectory, "tcp-server"));
        (await BuiltCommand.RunAsync(server.Command)).StandardOutput.Should().Be("The server is ready to receive\n");

        var failed = built.Launches[SocketRoles.UdpServer].Should().BeOfType<RoleLaunch.BuildFailed>().Subject;
        failed.Summary.Should().Be("g++ failed for src/UDPServer.cpp.");
        failed
            .CompilerOutput.Should()
            .StartWith("src/UDPServer.cpp:3:18: error: 'undefined_name' was not declared in this scope");
    }

    [Fact]
    public async Task A_c_program_is_linked_with_the_helper_sources_beside_it_and_the_maths_library()
    {
        using var folder = new TempSubmission()
            .With("lab1/common.h", "const char *ready_line(void);\n")
            .With("lab1/common.c", "#include \"common.h\"\nconst char *ready_line(void) { return \"ready\"; }\n")
            .With(
                "lab1/TCPServer.c",
                """
                #include <math.h>
                #include <stdio.h>
                #include "common.h"

                int main(int argc, char **argv) {
                    printf("%s %.0f\n", ready_line(), sqrt((double)(argc + 15)));
                    return 0;
                }
                """
            )
            .With("lab1/scratch.c", "int main(void) { return 1; }\n");

        var built = await BuildAsync(folder);

        var server = built.Launches[SocketRoles.TcpServer].Should().BeOfType<RoleLaunch.Ready>().Subject;
        (await BuiltCommand.RunAsync(server.Command)).StandardOutput.Should().Be("ready 4\n");
    }

    [Fact]
    public async Task A_missing_compiler_fails_the_build_saying_which_tool_is_not_installed()
    {
        using var folder = new TempSubmission().With("TCPClient.c", CServer);
        var submission = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);
        var build = new LanguageBuild(
            submission.Directory,
            submission.Programs,
            submission.Build,
            folder.WorkDirectory,
            Confined
        )
        {
            FindTool = _ => null,
        };

        var launches = await new CLanguage().BuildAsync(build, submission.Programs, Cancellation);

        launches[SocketRoles.TcpClient]
            .Should()
            .BeOfType<RoleLaunch.BuildFailed>()
            .Which.Summary.Should()
            .Be("gcc is not installed, so TCPClient.c cannot be built.");
    }

    [Fact]
    public async Task Python_runs_with_the_interpreter_behind_the_shim_asked_once()
    {
        using var shim = new TempSubmission().WithExecutable(
            "bin/python3",
            """
            #!/bin/sh
            echo asked >> "$(dirname "$0")/asked"
            exec python3 "$@"
            """
        );
        var shimPath = Path.Combine(shim.Folder, "bin/python3");
        var interpreter = new PythonInterpreter(() => shimPath, "/nonexistent/python3");
        ILanguage[] languages = [new PythonLanguage(interpreter)];
        using var first = new TempSubmission().With(
            "TCPClient.py",
            "print('From Server:', input('Input a lowercase sentence:').upper())\n"
        );
        using var second = new TempSubmission().With("UDPClient.py");

        var built = await SubmissionBuilder.BuildAsync(
            SubmissionScanner.Scan(first.Folder, SocketRoles.All),
            first.WorkDirectory,
            Confined,
            languages,
            Cancellation
        );
        await SubmissionBuilder.BuildAsync(
            SubmissionScanner.Scan(second.Folder, SocketRoles.All),
            second.WorkDirectory,
            Confined,
            languages,
            Cancellation
        );

        File.ReadAllLines(Path.Combine(shim.Folder, "bin/asked"))
            .Should()
            .ContainSingle("the interpreter is resolved once per grader run");
        var command = built.Launches[SocketRoles.TcpClient].Should().BeOfType<RoleLaunch.Ready>().Subject.Command;
        command.FileName.Should().NotBe(shimPath).And.StartWith("/").And.Contain("python3");
        File.Exists(command.FileName).Should().BeTrue();
        command.Arguments.Should().Equal("-u", "TCPClient.py");
        command.Environment.Should().Contain("PYTHONDONTWRITEBYTECODE", "1").And.Contain("PYTHONUNBUFFERED", "1");
        (await BuiltCommand.RunAsync(command, "hi ß\n"))
            .StandardOutput.Should()
            .Be("Input a lowercase sentence:From Server: HI SS\n");
    }

    [Fact]
    public async Task Python_on_the_path_is_replaced_by_the_real_interpreter()
    {
        using var folder = new TempSubmission().With("TCPClient.py");

        var built = await BuildAsync(folder);

        var command = built.Launches[SocketRoles.TcpClient].Should().BeOfType<RoleLaunch.Ready>().Subject.Command;
        command.FileName.Should().NotContain("/shims/", "pyenv's shim costs a shell start on every launch");
        var exit = await BuiltCommand.RunAsync(
            command with
            {
                Arguments = ["-c", "import sys; print(sys.executable)"],
            }
        );
        exit.StandardOutput.Trim().Should().Be(command.FileName);
    }

    [Fact]
    public async Task Missing_roles_say_which_files_were_looked_for()
    {
        using var folder = new TempSubmission().With("TCPClient.py").With("UDPServer.py");

        var built = await BuildAsync(folder);

        built.Launches.Should().HaveCount(5);
        built
            .Launches[SocketRoles.TcpServerConcurrent]
            .Should()
            .Be(
                new RoleLaunch.Missing(
                    "no file named like TCPServerConcurrent.py (or TCPServer_thread.py, TCPServerThreaded.py, …), "
                        + "and no TCP server that serves connections side by side (threads, processes, select or asyncio)."
                )
            );
        built
            .Launches[SocketRoles.TcpServer]
            .Should()
            .Be(
                new RoleLaunch.Missing(
                    "no file named like TCPServer.py (or tcp_server.py, server_tcp.py, …), and no file that serves TCP connections."
                )
            );
        built
            .Launches[SocketRoles.UdpClient]
            .Should()
            .Be(
                new RoleLaunch.Missing(
                    "no file named like UDPClient.py (or udp_client.py, client_udp.py), and no file that sends a datagram to a UDP server."
                )
            );
    }

    [Fact]
    public async Task Missing_roles_of_a_java_submission_name_java_files()
    {
        using var folder = new TempSubmission().With("TCPClient.java", JavaClient);

        var built = await BuildAsync(folder);

        built
            .Launches[SocketRoles.UdpServer]
            .Should()
            .Be(
                new RoleLaunch.Missing(
                    "no file named like UDPServer.java (or udp_server.java, server_udp.java), and no file that binds a UDP port and answers the datagrams it receives."
                )
            );
    }

    [Fact]
    public async Task An_executable_runs_as_it_is_in_the_submission_folder()
    {
        using var folder = new TempSubmission().WithExecutable(
            "bin/UDPClient",
            "#!/bin/sh\necho \"From Server: $(pwd)\"\n"
        );

        var built = await BuildAsync(folder);

        var command = built.Launches[SocketRoles.UdpClient].Should().BeOfType<RoleLaunch.Ready>().Subject.Command;
        (await BuiltCommand.RunAsync(command)).StandardOutput.Should().Be($"From Server: {folder.Folder}\n");
    }

    [Fact]
    public async Task The_manifest_builds_once_into_the_work_folder_and_runs_its_commands_with_the_shell()
    {
        using var folder = new TempSubmission().With(
            "submission.yaml",
            """
            build: printf 'The server is ready to receive' > "$GRADER_BUILD_DIR/ready" && echo built >> "$GRADER_BUILD_DIR/builds"
            run:
              udp-server: cat "$GRADER_BUILD_DIR/ready"; echo " in $PWD"
            """
        );

        var built = await BuildAsync(folder);

        var command = built.Launches[SocketRoles.UdpServer].Should().BeOfType<RoleLaunch.Ready>().Subject.Command;
        command.FileName.Should().Be("/bin/sh");
        (await BuiltCommand.RunAsync(command))
            .StandardOutput.Should()
            .Be($"The server is ready to receive in {folder.Folder}\n");
        File.ReadAllLines(Path.Combine(folder.WorkDirectory, "builds")).Should().ContainSingle();
        built
            .Launches[SocketRoles.TcpClient]
            .Should()
            .Be(new RoleLaunch.Missing("submission.yaml gives no command for tcp-client."));
    }

    [Fact]
    public async Task A_failing_manifest_build_fails_every_role_it_names_with_its_error_lines()
    {
        using var folder = new TempSubmission().With(
            "submission.yaml",
            """
            build: 'echo compiling; echo "main.c:1: error: boom" >&2; exit 3'
            run:
              tcp-client: ./client
              tcp-server: ./server
            """
        );

        var built = await BuildAsync(folder);

        foreach (var role in new[] { SocketRoles.TcpClient, SocketRoles.TcpServer })
        {
            var failed = built.Launches[role].Should().BeOfType<RoleLaunch.BuildFailed>().Subject;
            failed.Summary.Should().Be("The build command of submission.yaml failed with exit code 3.");
            failed.CompilerOutput.Should().StartWith("main.c:1: error: boom");
        }
    }

    [Fact]
    public async Task A_build_that_outlasts_the_time_limit_is_stopped_and_fails()
    {
        using var folder = new TempSubmission().With(
            "submission.yaml",
            "build: sleep 30\nrun:\n  tcp-client: ./client\n"
        );
        var submission = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        var built = await SubmissionBuilder.BuildAsync(
            submission,
            folder.WorkDirectory,
            Confined with
            {
                Limits = LabGrading.Lab.Limits.ForBuild(TimeSpan.FromMilliseconds(300)),
            },
            Cancellation
        );

        built
            .Launches[SocketRoles.TcpClient]
            .Should()
            .BeOfType<RoleLaunch.BuildFailed>()
            .Which.Summary.Should()
            .Be("The build command of submission.yaml was stopped: still running after the time limit of 0.3 s.");
        built.BuildTime.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task One_csharp_project_builds_outside_the_submission_and_is_told_its_role()
    {
        using var folder = new TempSubmission()
            .With(
                "lab/Lab.csproj",
                """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <AssemblyName>lab1</AssemblyName>
                  </PropertyGroup>
                </Project>
                """
            )
            .With("lab/Program.cs", """System.Console.WriteLine($"playing {args[0]}");""");

        var built = await BuildAsync(folder);

        var command = built
            .Launches[SocketRoles.TcpServerConcurrent]
            .Should()
            .BeOfType<RoleLaunch.Ready>()
            .Subject.Command;
        command.Arguments[0].Should().EndWith("/lab1.dll").And.StartWith(Path.Combine(folder.WorkDirectory, "dotnet"));
        command.Arguments.Skip(1).Should().Equal("tcp-server-concurrent");
        (await BuiltCommand.RunAsync(command)).StandardOutput.Should().Be("playing tcp-server-concurrent\n");
        Directory
            .Exists(Path.Combine(folder.Folder, "lab", "bin"))
            .Should()
            .BeFalse("build outputs stay out of the student's folder");
        Directory.Exists(Path.Combine(folder.Folder, "lab", "obj")).Should().BeFalse();
    }
}

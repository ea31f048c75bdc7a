using FluentAssertions;
using Grader.Checks;

namespace Grader.Tests.Checks;

/// <summary>
/// The gist of a crashed program's error output names its error and the line of its own code, in every language: the
/// last line of a Python traceback, the exception a JVM or the .NET runtime reports first (the last line of theirs is a
/// frame of the stack, which says nothing).
/// </summary>
public sealed class ProgramDiagnosisTests
{
    public static TheoryData<string, string> Outputs() =>
        new()
        {
            {
                """
                    Traceback (most recent call last):
                      File "/tmp/x/TCPClient.py", line 4, in <module>
                        clientSocket.connect((serverName,serverPort))
                    ConnectionRefusedError: [Errno 111] Connection refused
                    """,
                "ConnectionRefusedError: [Errno 111] Connection refused at TCPClient.py line 4"
            },
            {
                """
                    Exception in thread "main" java.net.ConnectException: Connection refused
                    	at java.base/sun.nio.ch.Net.connect0(Native Method)
                    	at java.base/sun.nio.ch.Net.connect(Net.java:579)
                    	at java.base/java.net.Socket.connect(Socket.java:633)
                    	at java.base/java.net.Socket.<init>(Socket.java:507)
                    	at TCPClient.main(TCPClient.java:12)
                    """,
                "java.net.ConnectException: Connection refused at TCPClient.java line 12"
            },
            {
                """
                    Exception in thread "Thread-0" java.lang.NullPointerException: Cannot invoke "String.split(String)" because "line" is null
                    	at lab.HttpRequest.processRequest(HttpRequest.java:40)
                    	at lab.HttpRequest.run(HttpRequest.java:21)
                    	at java.base/java.lang.Thread.run(Thread.java:840)
                    """,
                "java.lang.NullPointerException: Cannot invoke \"String.split(String)\" because \"line\" is null at HttpRequest.java line 40"
            },
            {
                """
                    Unhandled exception. System.Net.Sockets.SocketException (111): Connection refused
                       at System.Net.Sockets.Socket.Connect(EndPoint remoteEP) in /_/src/libraries/System.Net.Sockets/src/System/Net/Sockets/Socket.cs:line 1346
                       at Program.<Main>$(String[] args) in /tmp/student/Client/Program.cs:line 7
                    """,
                "System.Net.Sockets.SocketException (111): Connection refused at Program.cs line 7"
            },
            {
                """
                    Traceback (most recent call last):
                      File "/tmp/x/WebServer.py", line 21, in <module>
                        outputdata = f.read()
                                     ^^^^^^^^
                      File "<frozen codecs>", line 322, in decode
                    UnicodeDecodeError: 'utf-8' codec can't decode byte 0x89 in position 0: invalid start byte
                    """,
                "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x89 in position 0: invalid start byte at WebServer.py line 21"
            },
            {
                """
                    Traceback (most recent call last):
                      File "/tmp/x/UDPServer.py", line 9, in <module>
                        message, clientAddress = serverSocket.recvfrom(2048)
                      File "/usr/lib/python3.11/socket.py", line 12, in recvfrom
                    OSError: [Errno 9] Bad file descriptor
                    """,
                "OSError: [Errno 9] Bad file descriptor at UDPServer.py line 9"
            },
            { "connect: Connection refused\n", "connect: Connection refused" },
        };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void A_crash_is_summed_up_by_its_error_and_the_programs_own_line(string standardError, string summary) =>
        ProgramDiagnosis.ErrorSummary(standardError).Should().Be(summary);

    [Theory]
    [InlineData(139, "was killed by signal 11 (SIGSEGV: a segmentation fault")]
    [InlineData(141, "was killed by signal 13 (SIGPIPE: it wrote to a connection the other side had closed")]
    [InlineData(134, "was killed by signal 6 (SIGABRT")]
    [InlineData(1, "exited with code 1")]
    public void A_program_killed_by_a_signal_is_told_which_and_what_usually_sends_it(int exitCode, string how) =>
        ProgramDiagnosis
            .HowItEnded(new Grader.Launching.ProgramExit(exitCode, null, "", "", false, TimeSpan.FromSeconds(1)))
            .Should()
            .StartWith(how);
}

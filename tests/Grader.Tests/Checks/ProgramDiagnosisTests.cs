using FluentAssertions;
using Grader.Checks;

namespace Grader.Tests.Checks;

/// <summary>
/// The gist of a crashed program's error output names its error and the line of its own code, in every language: the
/// last line of a Python traceback, the exception a JVM (its root cause) or the .NET runtime reports (the last line of
/// theirs is a frame of the stack, which says nothing); and a program killed by a signal is told which.
/// </summary>
[Fast]
public sealed class ProgramDiagnosisTests
{
    private const string RefusedInJava = """
        Exception in thread "main" java.net.ConnectException: Connection refused
        	at java.base/sun.nio.ch.Net.connect0(Native Method)
        	at java.base/sun.nio.ch.Net.connect(Net.java:579)
        	at java.base/java.net.Socket.connect(Socket.java:633)
        	at java.base/java.net.Socket.<init>(Socket.java:287)
        	at SMTPClient.main(SMTPClient.java:27)

        """;

    private const string CausedInJava = """
        Exception in thread "main" java.lang.RuntimeException: could not send the mail
        	at SMTPClient.main(SMTPClient.java:40)
        Caused by: java.net.SocketTimeoutException: Read timed out
        	at java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)
        	at java.base/java.net.Socket$SocketInputStream.read(Socket.java:966)
        	at SMTPClient.readReply(SMTPClient.java:112)
        	... 1 more

        """;

    private const string ElidedInJava = """
        Exception in thread "main" java.lang.IllegalStateException: no reply
        	at UDPPingerClient.ping(UDPPingerClient.java:33)
        	at UDPPingerClient.main(UDPPingerClient.java:20)
        Caused by: java.io.IOException: Network is unreachable
        	... 2 more

        """;

    private const string InPython = """
        Traceback (most recent call last):
          File "/s/SMTPClient.py", line 15, in <module>
            clientSocket.connect(mailserver)
        ConnectionRefusedError: [Errno 111] Connection refused

        """;

    [Theory]
    [InlineData(RefusedInJava, "java.net.ConnectException: Connection refused at SMTPClient.java line 27")]
    [InlineData(CausedInJava, "java.net.SocketTimeoutException: Read timed out at SMTPClient.java line 112")]
    [InlineData(ElidedInJava, "java.io.IOException: Network is unreachable at UDPPingerClient.java line 33")]
    [InlineData(InPython, "ConnectionRefusedError: [Errno 111] Connection refused at SMTPClient.py line 15")]
    [InlineData("Exception in thread \"main\" java.lang.OutOfMemoryError\n", "java.lang.OutOfMemoryError")]
    [InlineData("something went wrong\n", "something went wrong")]
    public void A_java_crash_is_summed_up_by_its_root_cause_and_the_students_line(string error, string summary) =>
        ProgramDiagnosis.ErrorSummary(error).Should().Be(summary);

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

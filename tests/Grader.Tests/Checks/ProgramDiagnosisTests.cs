using FluentAssertions;
using Grader.Checks;

namespace Grader.Tests.Checks;

/// <summary>The gist of a program's error output, as a verdict quotes it: what went wrong and where in the student's
/// own code, in Python and in Java.</summary>
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
    public void An_error_output_is_summed_up_by_its_exception_and_the_students_line(string error, string summary) =>
        ProgramDiagnosis.ErrorSummary(error).Should().Be(summary);
}

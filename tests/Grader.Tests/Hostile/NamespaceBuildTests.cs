using FluentAssertions;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Hostile;

/// <summary>Builds in the namespace sandbox, where a normal C build also runs confined.</summary>
[Collection(HostileCollection.Name)]
public sealed class NamespaceBuildTests : ConfinedBuildContract
{
    /// <inheritdoc />
    protected override Task<GradeResult> GradeAsync(string folder) => LabGrading.GradeAsync(folder);

    [Fact]
    public async Task C_client_compiled_in_the_sandbox_is_graded_like_any_other()
    {
        using var submission = TempSubmission.CorrectPythonWith("c-client", new Dictionary<string, string>());
        File.Delete(Path.Combine(submission.Folder, "UDPClient.py"));
        submission.With(
            "UDPClient.c",
            """
            #include <arpa/inet.h>
            #include <stdio.h>
            #include <string.h>
            #include <sys/socket.h>
            #include <unistd.h>

            int main(void) {
                char sentence[1024], reply[1025];
                printf("Input a lowercase sentence:");
                fflush(stdout);
                if (!fgets(sentence, sizeof sentence, stdin)) return 1;
                sentence[strcspn(sentence, "\n")] = '\0';
                int s = socket(AF_INET, SOCK_DGRAM, 0);
                struct sockaddr_in server = { .sin_family = AF_INET, .sin_port = htons(12000) };
                inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
                sendto(s, sentence, strlen(sentence), 0, (struct sockaddr *)&server, sizeof server);
                ssize_t n = recv(s, reply, sizeof reply - 1, 0);
                if (n < 0) return 1;
                reply[n] = '\0';
                printf("From Server: %s\n", reply);
                close(s);
                return 0;
            }
            """
        );

        var result = await GradeAsync(submission.Folder);

        result.Role("udp-client").Program.Should().Be("UDPClient.c");
        result.Role("udp-client").Passed.Should().BeTrue(result.Role("udp-client").Problem);
        result.Role("tcp-server").Passed.Should().BeTrue();
    }
}

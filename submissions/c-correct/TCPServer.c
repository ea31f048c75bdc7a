/* TCPServer.c: serves one client at a time on port 12000, sending each message back upper-cased. */
#include <ctype.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    int serverSocket = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in address = {0};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_ANY);
    address.sin_port = htons(12000);
    if (bind(serverSocket, (struct sockaddr *)&address, sizeof address) < 0 || listen(serverSocket, 5) < 0) {
        perror("bind");
        return 1;
    }
    printf("The server is ready to receive\n");
    fflush(stdout);
    for (;;) {
        int connectionSocket = accept(serverSocket, NULL, NULL);
        if (connectionSocket < 0)
            continue;
        char sentence[1024];
        ssize_t count = recv(connectionSocket, sentence, sizeof sentence, 0);
        for (ssize_t i = 0; i < count; i++)
            sentence[i] = (char)toupper((unsigned char)sentence[i]);
        if (count > 0)
            send(connectionSocket, sentence, (size_t)count, MSG_NOSIGNAL);
        close(connectionSocket);
    }
}

/* TCPClient.c: reads a sentence, sends it to the server on localhost:12000, prints the reply. */
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    struct addrinfo hints = {0}, *server;
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo("localhost", "12000", &hints, &server) != 0) {
        fprintf(stderr, "cannot resolve localhost\n");
        return 1;
    }
    int clientSocket = socket(server->ai_family, server->ai_socktype, server->ai_protocol);
    if (clientSocket < 0 || connect(clientSocket, server->ai_addr, server->ai_addrlen) < 0) {
        perror("connect");
        return 1;
    }
    freeaddrinfo(server);

    char sentence[1024];
    printf("Input lowercase sentence: ");
    fflush(stdout);
    if (fgets(sentence, sizeof sentence, stdin) == NULL)
        sentence[0] = '\0';
    sentence[strcspn(sentence, "\r\n")] = '\0';
    send(clientSocket, sentence, strlen(sentence), 0);

    char modified[1025];
    ssize_t count = recv(clientSocket, modified, 1024, 0);
    modified[count > 0 ? count : 0] = '\0';
    printf("From Server: %s\n", modified);
    close(clientSocket);
    return 0;
}

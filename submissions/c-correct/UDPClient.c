/* UDPClient.c: sends a sentence to the UDP server on localhost:12000 in one datagram, prints the reply. */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    struct addrinfo hints = {0}, *server;
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_DGRAM;
    if (getaddrinfo("localhost", "12000", &hints, &server) != 0) {
        fprintf(stderr, "cannot resolve localhost\n");
        return 1;
    }
    int clientSocket = socket(server->ai_family, server->ai_socktype, server->ai_protocol);

    char message[1024];
    printf("Input lowercase sentence: ");
    fflush(stdout);
    if (fgets(message, sizeof message, stdin) == NULL)
        message[0] = '\0';
    message[strcspn(message, "\r\n")] = '\0';
    sendto(clientSocket, message, strlen(message), 0, server->ai_addr, server->ai_addrlen);
    freeaddrinfo(server);

    char modified[2049];
    ssize_t count = recvfrom(clientSocket, modified, 2048, 0, NULL, NULL);
    modified[count > 0 ? count : 0] = '\0';
    printf("From Server: %s\n", modified);
    close(clientSocket);
    return 0;
}

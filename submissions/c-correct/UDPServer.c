/* UDPServer.c: receives datagrams on port 12000 and sends each back upper-cased to its sender. */
#include <ctype.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>

int main(void)
{
    int serverSocket = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in address = {0};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_ANY);
    address.sin_port = htons(12000);
    if (bind(serverSocket, (struct sockaddr *)&address, sizeof address) < 0) {
        perror("bind");
        return 1;
    }
    printf("The server is ready to receive\n");
    fflush(stdout);
    for (;;) {
        char message[2048];
        struct sockaddr_storage client;
        socklen_t clientLength = sizeof client;
        ssize_t count = recvfrom(serverSocket, message, sizeof message, 0, (struct sockaddr *)&client, &clientLength);
        if (count < 0)
            continue;
        for (ssize_t i = 0; i < count; i++)
            message[i] = (char)toupper((unsigned char)message[i]);
        sendto(serverSocket, message, (size_t)count, 0, (struct sockaddr *)&client, clientLength);
    }
}

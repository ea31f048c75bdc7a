#!/usr/bin/python3
# "Concurrent" TCP server.
from socket import *
import threading


def serve(client):
    connectionSocket, addr = client
    try:
        sentence = connectionSocket.recv(1024)
        capitalizedSentence = sentence.decode().upper()
        connectionSocket.send(capitalizedSentence.encode())
    except ConnectionError:
        pass  # the client went away (a reset) before it was served
    connectionSocket.close()


serverPort = 12000

serverSocket = socket(AF_INET, SOCK_STREAM)
serverSocket.bind(("", serverPort))
serverSocket.listen(5)
print("The server is ready to receive")

while True:
    client = serverSocket.accept()
    serve(client)

serverSocket.close()

#!/usr/bin/python3
# Concurrent TCP server: every client connection is served by a thread of its own.
from socket import *
import threading


def serve(client):
    connectionSocket, addr = client
    sentence = connectionSocket.recv(1024)
    capitalizedSentence = sentence.decode().upper()
    connectionSocket.send(capitalizedSentence.encode())
    connectionSocket.close()


serverPort = 12000

serverSocket = socket(AF_INET, SOCK_STREAM)
serverSocket.bind(("", serverPort))
serverSocket.listen(5)
print("The server is ready to receive")

while True:
    client = serverSocket.accept()
    worker = threading.Thread(target=serve, args=(client,))
    worker.start()

serverSocket.close()

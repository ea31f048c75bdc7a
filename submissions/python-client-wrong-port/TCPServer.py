#!/usr/bin/python3
# Sequential (iterative) TCP server: serves one client connection at a time.
from socket import *

serverPort = 12000

serverSocket = socket(AF_INET, SOCK_STREAM)
serverSocket.bind(("", serverPort))
serverSocket.listen(5)
print("The server is ready to receive")

while True:
    connectionSocket, addr = serverSocket.accept()
    try:
        sentence = connectionSocket.recv(1024)
        capitalizedSentence = sentence.decode().upper()
        connectionSocket.send(capitalizedSentence.encode())
    except ConnectionError:
        pass  # the client went away (a reset) before it was served: go on to the next one
    connectionSocket.close()

serverSocket.close()

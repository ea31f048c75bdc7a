#!/usr/bin/python3
# UDP client: sends one sentence as a datagram and prints the reply.
from socket import *

serverName = "localhost"
serverPort = 12000

clientSocket = socket(AF_INET, SOCK_DGRAM)

sentence = input("Input a lowercase sentence:")
clientSocket.sendto(sentence.encode(), (serverName, serverPort))
modifiedSentence, serverAddress = clientSocket.recvfrom(1024)
print("From Server:", modifiedSentence.decode())
clientSocket.close()

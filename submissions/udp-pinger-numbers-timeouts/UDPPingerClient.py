# UDPPingerClient.py
# Sends 10 pings to the UDP ping server and prints each reply and its round trip time.
from socket import *
import time

serverName = 'localhost'
serverPort = 12000

clientSocket = socket(AF_INET, SOCK_DGRAM)
# wait at most one second for a reply
clientSocket.settimeout(1)

for sequence_number in range(1, 11):
    sendTime = time.time()
    message = 'Ping ' + str(sequence_number) + ' ' + str(sendTime)
    clientSocket.sendto(message.encode(), (serverName, serverPort))
    try:
        modifiedMessage, serverAddress = clientSocket.recvfrom(1024)
        rtt = time.time() - sendTime
        print(modifiedMessage.decode())
        print('RTT:', rtt, 'seconds')
    except timeout:
        print('Request', sequence_number, 'timed out')

clientSocket.close()

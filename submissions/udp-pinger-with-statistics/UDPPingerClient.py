# UDPPingerClient.py
# Sends 10 pings to the UDP ping server and prints each reply and its round trip time,
# then the minimum, maximum and average RTT and the packet loss rate, like ping does.
from socket import *
import time

serverName = 'localhost'
serverPort = 12000

clientSocket = socket(AF_INET, SOCK_DGRAM)
# wait at most one second for a reply
clientSocket.settimeout(1)

rtts = []
for sequence_number in range(1, 11):
    sendTime = time.time()
    message = 'Ping ' + str(sequence_number) + ' ' + str(sendTime)
    clientSocket.sendto(message.encode(), (serverName, serverPort))
    try:
        modifiedMessage, serverAddress = clientSocket.recvfrom(1024)
        rtt = time.time() - sendTime
        rtts.append(rtt)
        print(modifiedMessage.decode())
        print('RTT:', rtt, 'seconds')
    except timeout:
        print('Request timed out')

clientSocket.close()

# statistics (optional exercise 1)
lost = 10 - len(rtts)
print('--- ping statistics ---')
print('10 packets transmitted,', len(rtts), 'received,', lost * 100 / 10, '% packet loss')
if rtts:
    print('Minimum RTT:', min(rtts), 'seconds')
    print('Maximum RTT:', max(rtts), 'seconds')
    print('Average RTT:', sum(rtts) / len(rtts), 'seconds')

# import socket module
from socket import *
import sys  # In order to terminate the program
import threading  # Optional exercise 1: serve every request in a thread of its own


def serve(connectionSocket):
    try:
        message = connectionSocket.recv(1024).decode()
        if not message:
            # the browser sometimes opens a connection and closes it without sending a request
            connectionSocket.close()
            return
        filename = message.split()[1]
        # 'rb': read the file as bytes so that pictures are sent unchanged
        f = open(filename[1:], 'rb')
        outputdata = f.read()
        f.close()
        # Send one HTTP header line into socket
        connectionSocket.send("HTTP/1.1 200 OK\r\n\r\n".encode())

        # Send the content of the requested file to the client
        connectionSocket.send(outputdata)

        connectionSocket.close()
    except IOError:
        # Send response message for file not found
        connectionSocket.send("HTTP/1.1 404 Not Found\r\n\r\n".encode())
        connectionSocket.send("<html><head></head><body><h1>404 Not Found</h1></body></html>\r\n".encode())

        # Close client socket
        connectionSocket.close()


serverSocket = socket(AF_INET, SOCK_STREAM)
# Prepare a sever socket
serverPort = 6789
serverSocket.bind(('', serverPort))
serverSocket.listen(5)
while True:
    # Establish the connection
    print('Ready to serve...')
    connectionSocket, addr = serverSocket.accept()
    # a new thread answers this request, the main thread goes back to accept()
    thread = threading.Thread(target=serve, args=(connectionSocket,))
    thread.start()

serverSocket.close()
sys.exit()  # Terminate the program after sending the corresponding data

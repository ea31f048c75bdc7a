# import socket module
from socket import *
import sys  # In order to terminate the program

serverSocket = socket(AF_INET, SOCK_STREAM)
# Prepare a sever socket
# Fill in start
serverPort = 6789
serverSocket.bind(('', serverPort))
serverSocket.listen(1)
# Fill in end
while True:
    # Establish the connection
    print('Ready to serve...')
    connectionSocket, addr = serverSocket.accept()
    try:
        message = connectionSocket.recv(1024).decode()
        if not message:
            # the browser sometimes opens a connection and closes it without sending a request
            connectionSocket.close()
            continue
        filename = message.split()[1]
        # 'rb': read the file as bytes so that pictures are sent unchanged
        f = open(filename[1:], 'rb')
        outputdata = f.read()
        f.close()
        # Send one HTTP header line into socket
        # Fill in start
        header = "HTTP/1.1 200 OK\r\n" + "Content-Type: text/html\r\n"
        # the length of the whole message: the header lines and the file
        length = len(header) + len(outputdata)
        header = header + "Content-Length: " + str(length) + "\r\n\r\n"
        connectionSocket.send(header.encode())
        # Fill in end

        # Send the content of the requested file to the client
        connectionSocket.send(outputdata)

        connectionSocket.close()
    except IOError:
        # Send response message for file not found
        # Fill in start
        connectionSocket.send("HTTP/1.1 404 Not Found\r\n\r\n".encode())
        connectionSocket.send("<html><head></head><body><h1>404 Not Found</h1></body></html>\r\n".encode())
        # Fill in end

        # Close client socket
        # Fill in start
        connectionSocket.close()
        # Fill in end

serverSocket.close()
sys.exit()  # Terminate the program after sending the corresponding data

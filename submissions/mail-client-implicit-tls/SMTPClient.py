from socket import *
import base64
import ssl
import sys

msg = "\r\n I love computer networks!"
endmsg = "\r\n.\r\n"

# Choose a mail server (e.g. Google mail server) and call it mailserver
# Fill in start
mailserver = ("smtp.gmail.com", 465)  # SMTP over SSL: TLS from the first byte
username = "alice.networks@gmail.com"
password = "hunter2-app-password"  # the app password Gmail made for this lab
# Fill in end

# Create socket called clientSocket and establish a TCP connection with mailserver
# Fill in start
context = ssl.create_default_context()
clientSocket = context.wrap_socket(socket(AF_INET, SOCK_STREAM), server_hostname=mailserver[0])
clientSocket.connect(mailserver)
# Fill in end

recv = clientSocket.recv(1024).decode()
print(recv)
if recv[:3] != '220':
    print('220 reply not received from server.')

# Send EHLO command and print server response.
clientSocket.send('EHLO Alice\r\n'.encode())
recv1 = clientSocket.recv(1024).decode()
print(recv1)
if recv1[:3] != '250':
    print('250 reply not received from server.')

# Log in: AUTH PLAIN with "\0user\0password" in base64
credentials = base64.b64encode(('\0' + username + '\0' + password).encode()).decode()
clientSocket.send(('AUTH PLAIN ' + credentials + '\r\n').encode())
recvAuth = clientSocket.recv(1024).decode()
print(recvAuth)
if recvAuth[:3] != '235':
    print('235 reply not received from server.')

# Send MAIL FROM command and print server response.
clientSocket.send(('MAIL FROM: <' + username + '>\r\n').encode())
recv2 = clientSocket.recv(1024).decode()
print(recv2)
if recv2[:3] != '250':
    print('250 reply not received from server.')

# Send RCPT TO command and print server response.
clientSocket.send('RCPT TO: <bob@example.com>\r\n'.encode())
recv3 = clientSocket.recv(1024).decode()
print(recv3)
if recv3[:3] != '250':
    print('250 reply not received from server.')
    # the server will not take the mail for this recipient: don't send it, say goodbye
    clientSocket.send('QUIT\r\n'.encode())
    print(clientSocket.recv(1024).decode())
    clientSocket.close()
    sys.exit(1)

# Send DATA command and print server response.
clientSocket.send('DATA\r\n'.encode())
recv4 = clientSocket.recv(1024).decode()
print(recv4)
if recv4[:3] != '354':
    print('354 reply not received from server.')

# Send message data.
clientSocket.send(msg.encode())

# Message ends with a single period.
clientSocket.send(endmsg.encode())
recv5 = clientSocket.recv(1024).decode()
print(recv5)
if recv5[:3] != '250':
    print('250 reply not received from server.')

# Send QUIT command and get server response.
clientSocket.send('QUIT\r\n'.encode())
recv6 = clientSocket.recv(1024).decode()
print(recv6)
if recv6[:3] != '221':
    print('221 reply not received from server.')
clientSocket.close()

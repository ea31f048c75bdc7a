from socket import *
import base64
import ssl
import sys

msg = "\r\n I love computer networks!"
endmsg = "\r\n.\r\n"

# Choose a mail server (e.g. Google mail server) and call it mailserver
# Fill in start
mailserver = ("smtp.gmail.com", 587)
username = "alice.networks@gmail.com"
password = "hunter2-app-password"  # the app password Gmail made for this lab
# Fill in end


def send_command(sock, command, code):
    sock.send(command.encode())
    reply = sock.recv(1024).decode()
    print(reply)
    if reply[:3] != code:
        print(code + ' reply not received from server.')
    return reply


# Create socket called clientSocket and establish a TCP connection with mailserver
# Fill in start
clientSocket = socket(AF_INET, SOCK_STREAM)
clientSocket.connect(mailserver)
# Fill in end

recv = clientSocket.recv(1024).decode()
print(recv)
if recv[:3] != '220':
    print('220 reply not received from server.')

# Gmail wants EHLO, then STARTTLS, then EHLO again over TLS before the login
send_command(clientSocket, 'EHLO Alice\r\n', '250')
send_command(clientSocket, 'STARTTLS\r\n', '220')
context = ssl.create_default_context()
clientSocket = context.wrap_socket(clientSocket, server_hostname=mailserver[0])
send_command(clientSocket, 'EHLO Alice\r\n', '250')

# Log in with AUTH LOGIN: user name and password, each in base64
send_command(clientSocket, 'AUTH LOGIN\r\n', '334')
send_command(clientSocket, base64.b64encode(username.encode()).decode() + '\r\n', '334')
send_command(clientSocket, base64.b64encode(password.encode()).decode() + '\r\n', '235')

# Send MAIL FROM command and print server response.
send_command(clientSocket, 'MAIL FROM: <' + username + '>\r\n', '250')

# Send RCPT TO command and print server response.
reply = send_command(clientSocket, 'RCPT TO: <bob@example.com>\r\n', '250')
if reply[:3] != '250':
    # the server will not take the mail for this recipient: don't send it, say goodbye
    send_command(clientSocket, 'QUIT\r\n', '221')
    clientSocket.close()
    sys.exit(1)

# Send DATA command and print server response.
send_command(clientSocket, 'DATA\r\n', '354')

# Send message data.
clientSocket.send(msg.encode())

# Message ends with a single period.
send_command(clientSocket, endmsg, '250')

# Send QUIT command and get server response.
send_command(clientSocket, 'QUIT\r\n', '221')
clientSocket.close()

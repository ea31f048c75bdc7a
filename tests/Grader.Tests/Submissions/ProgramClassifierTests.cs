using FluentAssertions;
using Grader.Languages;
using Grader.Rubric;
using Grader.Submissions;
using Grader.Tests.Support;

namespace Grader.Tests.Submissions;

/// <summary>
/// Reading a source tells what the program does: the socket it opens, whether it serves or connects, and how a server
/// serves connections side by side, in each language students hand in. Pure functions over small snippets.
/// </summary>
public sealed class ProgramClassifierTests
{
    private const string TcpClient = "a TCP client (connects to a server)";
    private const string SequentialServer = "a sequential TCP server (serves one connection at a time)";
    private const string UdpClient = "a UDP client (sends a datagram to a server)";
    private const string UdpServer = "a UDP server (answers the datagrams it receives)";
    private const string Nothing = "not one of the lab's programs";
    private const string Threads = "a TCP server that starts a thread per connection";

    /// <summary>Small programs, each named by its language first (<c>python</c>, <c>java</c>, <c>c</c>, <c>c++</c>,
    /// <c>csharp</c>).</summary>
    private static readonly Dictionary<string, string> Snippets = new()
    {
        ["python lecture tcp client"] = """
            from socket import *
            clientSocket = socket(AF_INET, SOCK_STREAM)
            clientSocket.connect(("localhost", 12000))
            clientSocket.send(input("Input a lowercase sentence:").encode())
            print("From Server:", clientSocket.recv(1024).decode())
            """,
        ["python lecture tcp server"] = """
            from socket import *
            serverSocket = socket(AF_INET, SOCK_STREAM)
            serverSocket.bind(("", 12000))
            serverSocket.listen(1)
            while True:
                connectionSocket, addr = serverSocket.accept()
                connectionSocket.send(connectionSocket.recv(1024).decode().upper().encode())
                connectionSocket.close()
            """,
        ["python threaded tcp server"] = """
            import socket, threading
            def serve(conn):
                conn.send(conn.recv(1024).upper())
                conn.close()
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("", 12000))
            s.listen(5)
            while True:
                conn, addr = s.accept()
                threading.Thread(target=serve, args=(conn,)).start()
            """,
        ["python lecture udp client"] = """
            from socket import *
            clientSocket = socket(AF_INET, SOCK_DGRAM)
            clientSocket.sendto(input("Input lowercase sentence:").encode(), ("localhost", 12000))
            modifiedMessage, serverAddress = clientSocket.recvfrom(2048)
            print(modifiedMessage.decode())
            """,
        ["python lecture udp server"] = """
            from socket import *
            serverSocket = socket(AF_INET, SOCK_DGRAM)
            serverSocket.bind(("", 12000))
            while True:
                message, clientAddress = serverSocket.recvfrom(2048)
                serverSocket.sendto(message.decode().upper().encode(), clientAddress)
            """,
        ["python socket() without arguments is tcp"] = """
            import socket
            s = socket.socket()
            s.connect(("localhost", 12000))
            """,
        ["python create_connection"] = """
            import socket
            with socket.create_connection(("localhost", 12000)) as s:
                s.sendall(b"hi")
            """,
        ["python create_server"] = """
            import socket
            with socket.create_server(("", 12000)) as server:
                while True:
                    conn, _ = server.accept()
                    conn.sendall(conn.recv(1024).upper())
            """,
        ["python socketserver tcp"] = """
            import socketserver
            class Handler(socketserver.BaseRequestHandler):
                def handle(self):
                    self.request.sendall(self.request.recv(1024).upper())
            socketserver.TCPServer(("", 12000), Handler).serve_forever()
            """,
        ["python socketserver threading"] = """
            import socketserver
            class Handler(socketserver.BaseRequestHandler):
                def handle(self):
                    self.request.sendall(self.request.recv(1024).upper())
            socketserver.ThreadingTCPServer(("", 12000), Handler).serve_forever()
            """,
        ["python socketserver forking mixin"] = """
            from socketserver import ForkingMixIn, TCPServer, BaseRequestHandler
            class Server(ForkingMixIn, TCPServer):
                pass
            Server(("", 12000), BaseRequestHandler).serve_forever()
            """,
        ["python socketserver udp"] = """
            import socketserver
            class Handler(socketserver.BaseRequestHandler):
                def handle(self):
                    data, sock = self.request
                    sock.sendto(data.upper(), self.client_address)
            socketserver.UDPServer(("", 12000), Handler).serve_forever()
            """,
        ["python _thread"] = """
            from socket import *
            import _thread
            s = socket(AF_INET, SOCK_STREAM); s.bind(("", 12000)); s.listen(5)
            while True:
                conn, addr = s.accept()
                _thread.start_new_thread(serve, (conn,))
            """,
        ["python os.fork"] = """
            import os, socket
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM); s.bind(("", 12000)); s.listen(5)
            while True:
                conn, addr = s.accept()
                if os.fork() == 0:
                    conn.sendall(conn.recv(1024).upper()); os._exit(0)
                conn.close()
            """,
        ["python select"] = """
            import select, socket
            server = socket.socket(socket.AF_INET, socket.SOCK_STREAM); server.bind(("", 12000)); server.listen(5)
            sockets = [server]
            while True:
                readable, _, _ = select.select(sockets, [], [])
                for s in readable:
                    if s is server: sockets.append(server.accept()[0])
            """,
        ["python selectors"] = """
            import selectors, socket
            selector = selectors.DefaultSelector()
            server = socket.socket(socket.AF_INET, socket.SOCK_STREAM); server.bind(("", 12000)); server.listen()
            selector.register(server, selectors.EVENT_READ)
            """,
        ["python asyncio"] = """
            import asyncio
            async def serve(reader, writer):
                writer.write((await reader.read(1024)).upper())
            async def main():
                server = await asyncio.start_server(serve, "", 12000)
                await server.serve_forever()
            asyncio.run(main())
            """,
        ["python thread pool"] = """
            from concurrent.futures import ThreadPoolExecutor
            from socket import *
            s = socket(AF_INET, SOCK_STREAM); s.bind(("", 12000)); s.listen(5)
            with ThreadPoolExecutor(8) as pool:
                while True:
                    pool.submit(serve, s.accept()[0])
            """,
        ["python multiprocessing"] = """
            import multiprocessing
            from socket import *
            s = socket(AF_INET, SOCK_STREAM); s.bind(("", 12000)); s.listen(5)
            while True:
                multiprocessing.Process(target=serve, args=(s.accept()[0],)).start()
            """,
        ["python comments and strings do not count"] = """"
            # A sequential server: threading.Thread is not used here, and no select() either.
            from socket import *
            """Serves one client at a time; a threaded version would call threading.Thread(target=...)."""
            serverSocket = socket(AF_INET, SOCK_STREAM)
            serverSocket.bind(("", 12000))
            serverSocket.listen(1)
            print("not a thread: Thread( fork( asyncio SOCK_DGRAM")
            while True:
                connectionSocket, addr = serverSocket.accept()
                connectionSocket.close()
            """",
        ["python both transports"] = """
            from socket import *
            tcp = socket(AF_INET, SOCK_STREAM)
            udp = socket(AF_INET, SOCK_DGRAM)
            """,
        ["python no socket at all"] = """
            def upper(text):
                return text.upper()
            """,

        ["java tcp client"] = """
            import java.io.*;
            import java.net.*;
            class TCPClient {
                public static void main(String[] argv) throws Exception {
                    Socket clientSocket = new Socket("localhost", 12000);
                    DataOutputStream outToServer = new DataOutputStream(clientSocket.getOutputStream());
                    outToServer.writeBytes("hello");
                    clientSocket.close();
                }
            }
            """,
        ["java tcp server"] = """
            import java.net.*;
            class TCPServer {
                public static void main(String[] argv) throws Exception {
                    ServerSocket welcomeSocket = new ServerSocket(12000);
                    while (true) {
                        Socket connectionSocket = welcomeSocket.accept();
                        connectionSocket.close();
                    }
                }
            }
            """,
        ["java threaded tcp server"] = """
            import java.net.*;
            class TCPServer {
                public static void main(String[] argv) throws Exception {
                    ServerSocket welcomeSocket = new ServerSocket(12000);
                    while (true) {
                        Socket connectionSocket = welcomeSocket.accept();
                        new Thread(() -> serve(connectionSocket)).start();
                    }
                }
            }
            """,
        ["java executor tcp server"] = """
            import java.net.*;
            import java.util.concurrent.*;
            class TCPServer {
                public static void main(String[] argv) throws Exception {
                    ExecutorService pool = Executors.newFixedThreadPool(8);
                    try (ServerSocket server = new ServerSocket(12000)) {
                        while (true) { Socket s = server.accept(); pool.submit(() -> serve(s)); }
                    }
                }
            }
            """,
        ["java udp client"] = """
            import java.net.*;
            class UDPClient {
                public static void main(String[] args) throws Exception {
                    DatagramSocket clientSocket = new DatagramSocket();
                    byte[] data = "hello".getBytes();
                    clientSocket.send(new DatagramPacket(data, data.length, InetAddress.getByName("localhost"), 12000));
                    DatagramPacket reply = new DatagramPacket(new byte[1024], 1024);
                    clientSocket.receive(reply);
                }
            }
            """,
        ["java udp server"] = """
            import java.net.*;
            class UDPServer {
                public static void main(String[] args) throws Exception {
                    DatagramSocket serverSocket = new DatagramSocket(12000);
                    while (true) {
                        DatagramPacket packet = new DatagramPacket(new byte[1024], 1024);
                        serverSocket.receive(packet);
                        serverSocket.send(new DatagramPacket(packet.getData(), packet.getLength(), packet.getAddress(), packet.getPort()));
                    }
                }
            }
            """,

        ["c tcp client"] = """
            #include <sys/socket.h>
            int main(void) {
                int fd = socket(AF_INET, SOCK_STREAM, 0);
                connect(fd, (struct sockaddr *)&addr, sizeof addr);
                send(fd, line, strlen(line), 0);
                recv(fd, reply, sizeof reply, 0);
            }
            """,
        ["c tcp server"] = """
            #include <sys/socket.h>
            int main(void) {
                int fd = socket(AF_INET, SOCK_STREAM, 0);
                bind(fd, (struct sockaddr *)&addr, sizeof addr);
                listen(fd, 5);
                for (;;) { int c = accept(fd, NULL, NULL); /* fork() would serve them side by side */ close(c); }
            }
            """,
        ["c forking tcp server"] = """
            int main(void) {
                int fd = socket(AF_INET, SOCK_STREAM, 0);
                bind(fd, (struct sockaddr *)&addr, sizeof addr);
                listen(fd, 5);
                for (;;) { int c = accept(fd, NULL, NULL); if (fork() == 0) { serve(c); _exit(0); } close(c); }
            }
            """,
        ["c pthread tcp server"] = """
            #include <pthread.h>
            int main(void) {
                int fd = socket(AF_INET, SOCK_STREAM, 0);
                listen(fd, 5);
                for (;;) { pthread_t t; int c = accept(fd, NULL, NULL); pthread_create(&t, NULL, serve, (void *)(long)c); }
            }
            """,
        ["c udp client"] = """
            int main(void) {
                int fd = socket(AF_INET, SOCK_DGRAM, 0);
                sendto(fd, line, n, 0, (struct sockaddr *)&server, sizeof server);
                recvfrom(fd, reply, sizeof reply, 0, NULL, NULL);
            }
            """,
        ["c udp server"] = """
            int main(void) {
                int fd = socket(AF_INET, SOCK_DGRAM, 0);
                bind(fd, (struct sockaddr *)&addr, sizeof addr);
                for (;;) {
                    ssize_t n = recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *)&peer, &len);
                    sendto(fd, buf, n, 0, (struct sockaddr *)&peer, len);
                }
            }
            """,
        ["c++ std::thread tcp server"] = """
            #include <thread>
            int main() {
                int fd = socket(AF_INET, SOCK_STREAM, 0);
                listen(fd, 1'000);
                while (true) { int c = accept(fd, nullptr, nullptr); std::thread(serve, c).detach(); }
            }
            """,

        ["csharp tcp client"] = """
            using System.Net.Sockets;
            using var client = new TcpClient("localhost", 12000);
            client.GetStream().Write(bytes);
            """,
        ["csharp tcp server"] = """
            using System.Net;
            using System.Net.Sockets;
            var listener = new TcpListener(IPAddress.Any, 12000);
            listener.Start();
            while (true) { using TcpClient client = listener.AcceptTcpClient(); Serve(client); }
            """,
        ["csharp threaded tcp server"] = """
            var listener = new TcpListener(IPAddress.Any, 12000);
            listener.Start();
            while (true) { var client = listener.AcceptTcpClient(); new Thread(() => Serve(client)).Start(); }
            """,
        ["csharp task tcp server"] = """
            var listener = new TcpListener(IPAddress.Any, 12000);
            listener.Start();
            while (true) { var client = await listener.AcceptTcpClientAsync(); _ = Task.Run(() => Serve(client)); }
            """,
        ["csharp socket tcp client"] = """
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Connect("localhost", 12000);
            """,
        ["csharp udp client"] = """
            using var client = new UdpClient();
            client.Send(bytes, bytes.Length, "localhost", 12000);
            var reply = client.Receive(ref remote);
            """,
        ["csharp udp server"] = """
            using var server = new UdpClient(12000);
            while (true) { var data = server.Receive(ref remote); server.Send(data, data.Length, remote); }
            """,
        ["csharp verbatim strings do not count"] = """
            Console.WriteLine(@"a ""TcpListener"" and new Thread( in a string");
            using var client = new TcpClient("localhost", 12000);
            """,
    };

    [Theory]
    [InlineData("python lecture tcp client", TcpClient)]
    [InlineData("python lecture tcp server", SequentialServer)]
    [InlineData("python threaded tcp server", Threads)]
    [InlineData("python lecture udp client", UdpClient)]
    [InlineData("python lecture udp server", UdpServer)]
    [InlineData("python socket() without arguments is tcp", TcpClient)]
    [InlineData("python create_connection", TcpClient)]
    [InlineData("python create_server", SequentialServer)]
    [InlineData("python socketserver tcp", SequentialServer)]
    [InlineData("python socketserver threading", Threads)]
    [InlineData("python socketserver forking mixin", "a TCP server that forks a process per connection")]
    [InlineData("python socketserver udp", UdpServer)]
    [InlineData("python _thread", Threads)]
    [InlineData("python os.fork", "a TCP server that forks a process per connection")]
    [InlineData("python select", "a TCP server that multiplexes with select")]
    [InlineData("python selectors", "a TCP server that multiplexes with selectors")]
    [InlineData("python asyncio", "a TCP server that uses asyncio")]
    [InlineData("python thread pool", "a TCP server that serves connections from a pool of threads")]
    [InlineData("python multiprocessing", "a TCP server that starts a process per connection")]
    [InlineData("python comments and strings do not count", SequentialServer)]
    [InlineData("python both transports", Nothing)]
    [InlineData("python no socket at all", Nothing)]
    public void Python_programs_are_told_apart_by_what_their_code_does(string snippet, string described) =>
        Describe(snippet).Should().Be(described);

    [Theory]
    [InlineData("java tcp client", TcpClient)]
    [InlineData("java tcp server", SequentialServer)]
    [InlineData("java threaded tcp server", Threads)]
    [InlineData("java executor tcp server", "a TCP server that serves connections from a pool of threads")]
    [InlineData("java udp client", UdpClient)]
    [InlineData("java udp server", UdpServer)]
    public void Java_programs_are_told_apart_by_what_their_code_does(string snippet, string described) =>
        Describe(snippet).Should().Be(described);

    [Theory]
    [InlineData("c tcp client", TcpClient)]
    [InlineData("c tcp server", SequentialServer)]
    [InlineData("c forking tcp server", "a TCP server that forks a process per connection")]
    [InlineData("c pthread tcp server", Threads)]
    [InlineData("c udp client", UdpClient)]
    [InlineData("c udp server", UdpServer)]
    [InlineData("c++ std::thread tcp server", Threads)]
    public void C_and_cpp_programs_are_told_apart_by_what_their_code_does(string snippet, string described) =>
        Describe(snippet).Should().Be(described);

    [Theory]
    [InlineData("csharp tcp client", TcpClient)]
    [InlineData("csharp tcp server", SequentialServer)]
    [InlineData("csharp threaded tcp server", Threads)]
    [InlineData("csharp task tcp server", "a TCP server that serves connections on the thread pool")]
    [InlineData("csharp socket tcp client", TcpClient)]
    [InlineData("csharp udp client", UdpClient)]
    [InlineData("csharp udp server", UdpServer)]
    [InlineData("csharp verbatim strings do not count", TcpClient)]
    public void Csharp_programs_are_told_apart_by_what_their_code_does(string snippet, string described) =>
        Describe(snippet).Should().Be(described);

    [Fact]
    public void A_tcp_client_that_opens_a_udp_socket_is_seen_as_udp()
    {
        var facts = Classify("python lecture udp client");

        facts.Transport.Should().Be(Transport.Udp);
        facts.Kind.Should().Be(ProgramKind.UdpClient);
    }

    [Fact]
    public void Comments_and_string_contents_are_removed_and_code_is_kept()
    {
        SourceText
            .Code(
                "s.listen(1)  # not threading.Thread\nprint('fork()', \"\"\"select\nasyncio\"\"\")",
                Language("python").Source!.Syntax
            )
            .Should()
            .Be("s.listen(1)  \nprint('', \"\"\"\"\"\")");
        SourceText
            .Code(
                "int n = 1'000; /* fork() */ char c = '\\''; puts(\"pthread_create(\\\"x\\\")\"); // select(",
                Language("c++").Source!.Syntax
            )
            .Should()
            .Be("int n = 1'000;   char c = ''; puts(\"\"); ");
        SourceText
            .Code(
                "var s = @\"C:\\new \"\"Thread(\"\"\"; var t = \"\"\"\n new Thread(\n\"\"\";",
                Language("csharp").Source!.Syntax
            )
            .Should()
            .Be("var s = \"\"; var t = \"\";");
    }

    [Fact]
    public void Only_the_first_quarter_megabyte_of_a_file_is_read()
    {
        using var folder = new TempFolder();
        var padding = new string('#', ProgramClassifier.MaxBytes);
        File.WriteAllText(folder["late.py"], padding + "\n" + Snippets["python lecture tcp client"]);
        File.WriteAllText(folder["early.py"], Snippets["python lecture tcp client"] + padding);

        ProgramClassifier
            .ClassifyFile(new FileInfo(folder["late.py"]), Language("python"))
            .Kind.Should()
            .Be(ProgramKind.Unknown);
        ProgramClassifier
            .ClassifyFile(new FileInfo(folder["early.py"]), Language("python"))
            .Kind.Should()
            .Be(ProgramKind.TcpClient);
    }

    [Fact]
    public void A_named_pipe_is_not_read()
    {
        using var folder = new TempFolder();
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", folder["client.py"]))
            mkfifo.WaitForExit();

        ProgramClassifier
            .ClassifyFile(new FileInfo(folder["client.py"]), Language("python"))
            .Should()
            .Be(SourceFacts.Unknown);
    }

    [Fact]
    public void A_csharp_project_is_read_from_its_sources_outside_its_build_output()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["obj"]);
        File.WriteAllText(folder["Server.csproj"], "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        File.WriteAllText(folder["Program.cs"], Snippets["csharp threaded tcp server"]);
        File.WriteAllText(folder["obj/Generated.cs"], Snippets["csharp udp client"]);

        ProgramClassifier
            .ClassifyFile(new FileInfo(folder["Server.csproj"]), Language("csharp"))
            .Describe()
            .Should()
            .Be(Threads);
    }

    private static SourceFacts Classify(string snippet) =>
        ProgramClassifier.Classify(Snippets[snippet], Language(snippet.Split(' ')[0]).Source!);

    private static ILanguage Language(string name) => LanguageRegistry.Find(name)!;

    private static string Describe(string snippet) => Classify(snippet).Describe();
}

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

public class TCPServer {
    public static void main(String[] args) throws Exception {
        int serverPort = 12000;
        ServerSocket serverSocket = new ServerSocket(serverPort, 5);
        System.out.println("The server is ready to receive");
        while (true) {
            try (Socket connectionSocket = serverSocket.accept()) {
                InputStream in = connectionSocket.getInputStream();
                byte[] buffer = new byte[1024];
                int count = in.read(buffer);
                if (count <= 0) {
                    continue;
                }
                String sentence = new String(buffer, 0, count, StandardCharsets.UTF_8);
                OutputStream out = connectionSocket.getOutputStream();
                out.write(sentence.toUpperCase().getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (java.io.IOException e) {
                System.err.println("connection failed: " + e.getMessage());
            }
        }
    }
}

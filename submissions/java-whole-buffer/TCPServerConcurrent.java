import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

public class TCPServerConcurrent {
    public static void main(String[] args) throws Exception {
        int serverPort = 12000;
        ServerSocket serverSocket = new ServerSocket(serverPort, 5);
        System.out.println("The server is ready to receive");
        while (true) {
            Socket connectionSocket = serverSocket.accept();
            new Thread(() -> serve(connectionSocket)).start();
        }
    }

    private static void serve(Socket connectionSocket) {
        try (Socket socket = connectionSocket) {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[1024];
            int count = in.read(buffer);
            if (count <= 0) {
                return;
            }
            String sentence = new String(buffer, 0, count, StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(sentence.toUpperCase().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            System.err.println("connection failed: " + e.getMessage());
        }
    }
}

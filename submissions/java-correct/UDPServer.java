import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;

public class UDPServer {
    public static void main(String[] args) throws Exception {
        int serverPort = 12000;
        try (DatagramSocket serverSocket = new DatagramSocket(serverPort)) {
            System.out.println("The server is ready to receive");
            byte[] buffer = new byte[2048];
            while (true) {
                DatagramPacket request = new DatagramPacket(buffer, buffer.length);
                serverSocket.receive(request);
                String message = new String(request.getData(), 0, request.getLength(), StandardCharsets.UTF_8);
                byte[] reply = message.toUpperCase().getBytes(StandardCharsets.UTF_8);
                serverSocket.send(new DatagramPacket(reply, reply.length, request.getAddress(), request.getPort()));
            }
        }
    }
}

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

public class UDPClient {
    public static void main(String[] args) throws Exception {
        InetAddress serverAddress = InetAddress.getByName("localhost");
        int serverPort = 12000;
        try (DatagramSocket clientSocket = new DatagramSocket()) {
            BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            System.out.print("Input lowercase sentence: ");
            System.out.flush();
            String message = input.readLine();
            if (message == null) {
                message = "";
            }
            byte[] data = message.getBytes(StandardCharsets.UTF_8);
            clientSocket.send(new DatagramPacket(data, data.length, serverAddress, serverPort));
            byte[] buffer = new byte[2048];
            DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
            clientSocket.receive(reply);
            String modifiedMessage = new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8);
            System.out.println("From Server: " + modifiedMessage);
        }
    }
}

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Pings the lab's UDP server ten times, one ping at a time, and prints each reply with its round trip time. */
public class UDPPingerClient {
    private static final String SERVER_HOST = "localhost";
    private static final int SERVER_PORT = 12000;
    private static final int PINGS = 10;
    private static final int TIMEOUT_MILLIS = 1000;

    public static void main(String[] args) throws IOException {
        InetAddress server = InetAddress.getByName(SERVER_HOST);
        try (DatagramSocket socket = new DatagramSocket()) {
            // receive() gives up after one second and throws SocketTimeoutException.
            socket.setSoTimeout(TIMEOUT_MILLIS);
            byte[] buffer = new byte[1024];
            for (int sequence = 1; sequence <= PINGS; sequence++) {
                String ping = "Ping " + sequence + " " + System.currentTimeMillis();
                byte[] data = ping.getBytes(StandardCharsets.US_ASCII);
                long sentAt = System.nanoTime();
                socket.send(new DatagramPacket(data, data.length, server, SERVER_PORT));
                DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(reply);
                    double rttSeconds = (System.nanoTime() - sentAt) / 1e9;
                    System.out.println(new String(reply.getData(), 0, reply.getLength(), StandardCharsets.US_ASCII));
                    System.out.println(String.format(Locale.ROOT, "RTT: %.6f seconds", rttSeconds));
                } catch (SocketTimeoutException e) {
                    System.out.println("Request timed out");
                }
            }
        }
    }
}

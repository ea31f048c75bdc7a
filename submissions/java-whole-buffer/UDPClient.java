import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;

// The UDP client in the style of the textbook's Java edition: the whole 1024-byte receive buffer is printed.
class UDPClient {
    public static void main(String[] args) throws Exception {
        BufferedReader fromUser = new BufferedReader(new InputStreamReader(System.in));
        DatagramSocket clientSocket = new DatagramSocket();
        InetAddress serverAddress = InetAddress.getByName("localhost");
        String sentence = fromUser.readLine();
        byte[] sendData = sentence.getBytes();
        clientSocket.send(new DatagramPacket(sendData, sendData.length, serverAddress, 12000));
        byte[] receiveData = new byte[1024];
        DatagramPacket reply = new DatagramPacket(receiveData, receiveData.length);
        clientSocket.receive(reply);
        System.out.println("FROM SERVER:" + new String(reply.getData()));
        clientSocket.close();
    }
}

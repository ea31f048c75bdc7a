import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;

// The UDP server in the style of the textbook's Java edition: one 1024-byte receive buffer, reused for every
// datagram, and the whole buffer turned into the reply.
class UDPServer {
    public static void main(String[] args) throws Exception {
        DatagramSocket serverSocket = new DatagramSocket(12000);
        byte[] receiveData = new byte[1024];
        System.out.println("The server is ready to receive");
        while (true) {
            DatagramPacket request = new DatagramPacket(receiveData, receiveData.length);
            serverSocket.receive(request);
            String sentence = new String(request.getData());
            InetAddress clientAddress = request.getAddress();
            int clientPort = request.getPort();
            byte[] sendData = sentence.toUpperCase().getBytes();
            serverSocket.send(new DatagramPacket(sendData, sendData.length, clientAddress, clientPort));
        }
    }
}

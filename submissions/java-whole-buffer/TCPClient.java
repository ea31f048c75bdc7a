import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

public class TCPClient {
    public static void main(String[] args) throws Exception {
        String serverName = "localhost";
        int serverPort = 12000;
        try (Socket clientSocket = new Socket(serverName, serverPort)) {
            BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            System.out.print("Input a lowercase sentence: ");
            System.out.flush();
            String sentence = input.readLine();
            if (sentence == null) {
                sentence = "";
            }
            OutputStream out = clientSocket.getOutputStream();
            out.write(sentence.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = clientSocket.getInputStream();
            byte[] buffer = new byte[1024];
            int count = in.read(buffer);
            String modifiedSentence = count > 0 ? new String(buffer, 0, count, StandardCharsets.UTF_8) : "";
            System.out.println("From Server: " + modifiedSentence);
        }
    }
}

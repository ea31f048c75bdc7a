import java.net.ServerSocket;
import java.net.Socket;

/** The lab's web server: accepts connections on port 6789 and serves each in a thread of its own. */
public final class WebServer {
    public static void main(String[] args) throws Exception {
        int port = 6789;
        ServerSocket listener = new ServerSocket(port);
        System.out.println("Serving the current folder on port " + port);
        while (true) {
            Socket client = listener.accept();
            new Thread(new HttpRequest(client)).start();
        }
    }
}

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.util.StringTokenizer;

/** One HTTP request on one connection: reads it, answers with the file it names or a 404 page, then closes. */
final class HttpRequest implements Runnable {
    private static final String CRLF = "\r\n";
    private final Socket socket;

    HttpRequest(Socket socket) {
        this.socket = socket;
    }

    @Override
    public void run() {
        try {
            serve();
        } catch (Exception e) {
            System.out.println("request failed: " + e);
        }
    }

    private void serve() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream()));
        DataOutputStream out = new DataOutputStream(socket.getOutputStream());

        // The request line, then the header lines up to the empty line that ends them.
        String requestLine = in.readLine();
        System.out.println(requestLine);
        for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
            System.out.println(header);
        }

        StringTokenizer words = new StringTokenizer(requestLine);
        words.nextToken(); // the method
        String path = "." + words.nextToken(); // the file, relative to the server's folder

        FileInputStream file;
        try {
            file = new FileInputStream(path);
        } catch (FileNotFoundException e) {
            file = null;
        }

        if (file != null) {
            out.writeBytes("HTTP/1.0 200 OK" + CRLF);
            out.writeBytes("Content-type: " + typeOf(path) + CRLF);
            out.writeBytes(CRLF);
            copy(file, out);
            file.close();
        } else {
            out.writeBytes("HTTP/1.0 404 Not Found" + CRLF);
            out.writeBytes("Content-type: text/html" + CRLF);
            out.writeBytes(CRLF);
            out.writeBytes("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>");
        }
        out.close();
        in.close();
        socket.close();
    }

    private static void copy(FileInputStream from, OutputStream to) throws IOException {
        byte[] chunk = new byte[1024];
        for (int count = from.read(chunk); count != -1; count = from.read(chunk)) {
            to.write(chunk, 0, count);
        }
    }

    private static String typeOf(String path) {
        if (path.endsWith(".htm") || path.endsWith(".html")) {
            return "text/html";
        }
        if (path.endsWith(".gif")) {
            return "image/gif";
        }
        if (path.endsWith(".jpeg") || path.endsWith(".jpg")) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }
}

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sends one mail through Gmail's submission server (smtp.gmail.com, port 587): it reads the greeting, says EHLO,
 * switches the connection to TLS with STARTTLS (checking the server's certificate and its name), says EHLO again, logs
 * in with AUTH LOGIN and an app password, then sends the mail, each command after the reply to the one before. If the
 * server refuses something, it says so, ends the session with QUIT and exits with status 1.
 */
public class SMTPClient {
    private static final String MAIL_SERVER = "smtp.gmail.com";
    private static final int SUBMISSION_PORT = 587;
    private static final String USER = "alice.networks@gmail.com";
    private static final String APP_PASSWORD = "hunter2-app-password";
    private static final String CRLF = "\r\n";

    private BufferedReader in;
    private OutputStream out;

    private SMTPClient(Socket socket) throws IOException {
        use(socket);
    }

    public static void main(String[] args) throws IOException {
        try (Socket socket = new Socket(MAIL_SERVER, SUBMISSION_PORT)) {
            SMTPClient client = new SMTPClient(socket);
            boolean sent = client.sendMail(socket);
            System.exit(sent ? 0 : 1);
        }
    }

    private void use(Socket socket) throws IOException {
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        out = socket.getOutputStream();
    }

    private boolean sendMail(Socket plain) throws IOException {
        if (!expect(readReply(), "220") || !command("EHLO Alice", "250") || !command("STARTTLS", "220")) {
            return quit();
        }
        // TLS over the same connection; the certificate must be for smtp.gmail.com (endpoint identification).
        SSLSocketFactory factory = (SSLSocketFactory) SSLSocketFactory.getDefault();
        SSLSocket tls = (SSLSocket) factory.createSocket(plain, MAIL_SERVER, SUBMISSION_PORT, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        use(tls);
        if (!command("EHLO Alice", "250")
                || !command("AUTH LOGIN", "334")
                || !command(base64(USER), "334")
                || !command(base64(APP_PASSWORD), "235")
                || !command("MAIL FROM:<" + USER + ">", "250")
                || !command("RCPT TO:<bob@example.com>", "250")
                || !command("DATA", "354")) {
            return quit();
        }
        String[] message = {
            "From: " + USER,
            "To: bob@example.com",
            "Subject: SMTP lab",
            "",
            "I love computer networks!",
        };
        StringBuilder data = new StringBuilder();
        for (String line : message) {
            data.append(line.startsWith(".") ? "." + line : line).append(CRLF);
        }
        data.append(".").append(CRLF);
        send(data.toString());
        if (!expect(readReply(), "250")) {
            return quit();
        }
        String reply = commandReply("QUIT");
        if (!reply.startsWith("221")) {
            System.out.println("221 reply not received from server.");
        }
        System.out.println("Mail sent.");
        return true;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private boolean command(String line, String code) throws IOException {
        return expect(commandReply(line), code);
    }

    private String commandReply(String line) throws IOException {
        send(line + CRLF);
        return readReply();
    }

    private boolean expect(String reply, String code) {
        if (reply.startsWith(code)) {
            return true;
        }
        System.out.println(code + " reply not received from server: the mail was not sent.");
        return false;
    }

    private boolean quit() throws IOException {
        commandReply("QUIT");
        return false;
    }

    private void send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    // One reply, all its lines ("250-..." lines continue it, "250 ..." ends it); printed as it comes.
    private String readReply() throws IOException {
        StringBuilder reply = new StringBuilder();
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("the server closed the connection");
            }
            System.out.println(line);
            reply.append(line).append('\n');
        } while (line.length() > 3 && line.charAt(3) == '-');
        return reply.toString();
    }
}

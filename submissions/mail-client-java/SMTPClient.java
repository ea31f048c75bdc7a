import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends one mail to the mail server on localhost, port 25, over SMTP: it reads the server's greeting, then sends each
 * command and reads its reply before the next, checking the reply's code. If the server refuses something, it says so,
 * ends the session with QUIT and exits with status 1.
 */
public class SMTPClient {
    private static final String MAIL_SERVER = "localhost";
    private static final int SMTP_PORT = 25;
    private static final String CRLF = "\r\n";

    private final BufferedReader in;
    private final OutputStream out;

    private SMTPClient(Socket socket) throws IOException {
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        out = socket.getOutputStream();
    }

    public static void main(String[] args) throws IOException {
        try (Socket socket = new Socket(MAIL_SERVER, SMTP_PORT)) {
            SMTPClient client = new SMTPClient(socket);
            boolean sent = client.sendMail();
            System.exit(sent ? 0 : 1);
        }
    }

    private boolean sendMail() throws IOException {
        if (!expect(readReply(), "220")) {
            return quit();
        }
        if (!command("HELO Alice", "250")
                || !command("MAIL FROM:<alice@example.com>", "250")
                || !command("RCPT TO:<bob@example.com>", "250")
                || !command("DATA", "354")) {
            return quit();
        }
        // The message: a few header lines, an empty line, the text; then a line holding only a period ends it.
        // A line of the text that starts with a period gets one more (dot-stuffing), so the server keeps it.
        String[] message = {
            "From: alice@example.com",
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

    // Sends one command and reads its reply: whether the reply has the expected code.
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

    // After a refusal: ends the session politely; the mail was not sent.
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

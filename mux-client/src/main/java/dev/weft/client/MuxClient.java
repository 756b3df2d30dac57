package dev.weft.client;

import dev.weft.protocol.Pdu;
import java.util.List;

/**
 * One connection to a mux server, shared by the TUI and {@code weft cli}. Requests block for
 * their answer (with the connection's timeout) and throw {@link ClientException} with the
 * server's one-line message on failure.
 */
public final class MuxClient implements AutoCloseable {

    /** Connect (starting the server first when allowed and nobody answers) and shake hands. */
    public static MuxClient connect(ClientOptions options) throws ClientException {
        throw new UnsupportedOperationException("client in progress");
    }

    /** The server's weft version from the handshake. */
    public String serverVersion() { return ""; }

    public List<Pdu.SessionInfo> listSessions() throws ClientException { return List.of(); }

    public Pdu.SessionCreated newSession(String name, String cwd, List<String> command, List<String> env,
                                         int cols, int rows) throws ClientException { return null; }

    public boolean hasSession(String target) throws ClientException { return false; }

    public void killSession(String target) throws ClientException {}

    public void killServer() throws ClientException {}

    public void sendKeys(String target, List<String> keys, boolean literal) throws ClientException {}

    public String capturePane(String target, int start, int end, boolean escapes, boolean joinWrapped)
            throws ClientException { return ""; }

    /** Attach this connection to a session; updates flow to {@code listener} until detached. */
    public AttachedSession attach(String target, int cols, int rows, boolean readOnly,
                                  SessionListener listener) throws ClientException { return null; }

    @Override
    public void close() {}
}

package dev.weft.protocol;

/**
 * The first exchange on every connection. The client sends {@link Pdu.Hello}; the server answers
 * {@link Pdu.HelloOk} when the protocol majors match (minors may differ: each side ignores what it
 * does not know) and otherwise an {@link Pdu.ErrorReply} with code {@link #VERSION_MISMATCH}
 * naming both versions and what to install, then closes.
 */
public final class Handshake {
    /** ErrorReply code for incompatible protocol versions. */
    public static final String VERSION_MISMATCH = "version-mismatch";

    private Handshake() {}

    /** The Hello this build sends. */
    public static Pdu.Hello hello(String clientKind) {
        return new Pdu.Hello(WeftVersion.current(), ProtocolVersion.MAJOR, ProtocolVersion.MINOR,
                Capabilities.SUPPORTED, clientKind);
    }

    /** The server's answer to {@code hello} for this build. */
    public static Pdu answer(Pdu.Hello hello, long serverPid) {
        return answer(hello, WeftVersion.current(), ProtocolVersion.MAJOR, ProtocolVersion.MINOR, serverPid);
    }

    /** The answer a server of the given versions gives to {@code hello}. */
    public static Pdu answer(Pdu.Hello hello, String serverWeft, int serverMajor, int serverMinor, long serverPid) {
        if (hello.protocolMajor() != serverMajor) {
            return new Pdu.ErrorReply(0, VERSION_MISMATCH, mismatchMessage(hello.weftVersion(),
                    hello.protocolMajor(), hello.protocolMinor(), serverWeft, serverMajor, serverMinor));
        }
        return new Pdu.HelloOk(serverWeft, serverMajor, serverMinor,
                Capabilities.common(Capabilities.SUPPORTED, hello.capabilities()), serverPid);
    }

    /** "weft 0.1.0 (protocol 2.0) cannot talk to server weft 0.3.1 (protocol 3.1): install ..." */
    public static String mismatchMessage(String clientWeft, int clientMajor, int clientMinor,
                                         String serverWeft, int serverMajor, int serverMinor) {
        return "weft " + clientWeft + " (protocol " + clientMajor + "." + clientMinor
                + ") cannot talk to server weft " + serverWeft + " (protocol " + serverMajor + "." + serverMinor
                + "): install the same major version on both sides";
    }
}

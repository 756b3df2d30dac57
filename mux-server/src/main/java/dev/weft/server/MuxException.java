package dev.weft.server;

/** A request the mux cannot honour; {@code code} and the one-line message go into an ErrorReply. */
final class MuxException extends Exception {
    private final String code;

    MuxException(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}

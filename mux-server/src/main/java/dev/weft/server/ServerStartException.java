package dev.weft.server;

/** The server could not start; {@link #getMessage()} is one line for the user. */
public final class ServerStartException extends Exception {
    public ServerStartException(String message) {
        super(message);
    }

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}

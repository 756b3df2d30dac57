package dev.weft.client;

/** A failure a user can act on; the message is one line (what, where, what to do). */
public class ClientException extends Exception {
    public ClientException(String message) {
        super(message);
    }

    public ClientException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.weft.server;

/** A pane's program could not be started; the message is one line for the user. */
final class PaneStartException extends Exception {
    PaneStartException(String message) {
        super(message);
    }

    PaneStartException(String message, Throwable cause) {
        super(message, cause);
    }
}

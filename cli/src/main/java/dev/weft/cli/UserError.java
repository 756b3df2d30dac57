package dev.weft.cli;

/** A failure the user can act on: printed as one line, exit status 1 unless given. */
final class UserError extends RuntimeException {
    private final int exitCode;

    UserError(String message) {
        this(message, 1);
    }

    UserError(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}

package dev.weft.config;

import java.io.IOException;

/** The socket directory is not safe to use; the message is one line for the user. */
public final class UnsafeSocketDirectoryException extends IOException {
    public UnsafeSocketDirectoryException(String message) {
        super(message);
    }
}

package dev.weft.config;

/** One thing wrong in a config file; {@link #toString()} is the one-line message users see. */
public record ConfigProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}

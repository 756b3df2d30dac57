package dev.weft.protocol;

/** Versions exchanged in the handshake. Peers sharing a major version work together. */
public final class ProtocolVersion {
    public static final int MAJOR = 1;
    public static final int MINOR = 2;

    private ProtocolVersion() {}
}

package dev.weft.protocol.netty;

import dev.weft.protocol.ProtocolException;

/**
 * User event fired by {@link PduFrameDecoder} when the peer sent a bad frame, just before the
 * connection is closed. Handlers may log it with the connection's context.
 */
public record ProtocolErrorEvent(ProtocolException error) {}

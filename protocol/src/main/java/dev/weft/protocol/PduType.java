package dev.weft.protocol;

/**
 * The stable type byte of every PDU. Codes are never reused: a retired PDU keeps its number, a
 * new PDU takes a fresh one. Groups of 16 follow the sections of {@link Pdu}.
 */
public enum PduType {
    HELLO(0x01, Pdu.Hello.class),
    HELLO_OK(0x02, Pdu.HelloOk.class),
    PING(0x03, Pdu.Ping.class),
    PONG(0x04, Pdu.Pong.class),
    ERROR_REPLY(0x05, Pdu.ErrorReply.class),
    OK_REPLY(0x06, Pdu.OkReply.class),

    LIST_SESSIONS(0x10, Pdu.ListSessions.class),
    SESSION_LIST(0x11, Pdu.SessionList.class),
    NEW_SESSION(0x12, Pdu.NewSession.class),
    SESSION_CREATED(0x13, Pdu.SessionCreated.class),
    HAS_SESSION(0x14, Pdu.HasSession.class),
    KILL_SESSION(0x15, Pdu.KillSession.class),
    KILL_SERVER(0x16, Pdu.KillServer.class),

    ATTACH(0x20, Pdu.Attach.class),
    ATTACHED(0x21, Pdu.Attached.class),
    RESIZE_CLIENT(0x22, Pdu.ResizeClient.class),
    DETACH_REQUEST(0x23, Pdu.DetachRequest.class),
    DETACHED(0x24, Pdu.Detached.class),
    SESSION_STATE(0x25, Pdu.SessionState.class),
    CLIENT_IDENTITY(0x26, Pdu.ClientIdentity.class),

    INPUT(0x30, Pdu.Input.class),
    PANE_UPDATE(0x31, Pdu.PaneUpdate.class),
    ACK(0x32, Pdu.Ack.class),
    PANE_CLOSED(0x33, Pdu.PaneClosed.class),
    GET_SCROLLBACK(0x34, Pdu.GetScrollback.class),
    SCROLLBACK_LINES(0x35, Pdu.ScrollbackLines.class),
    GET_HISTORY(0x36, Pdu.GetHistory.class),
    HISTORY_LINES(0x37, Pdu.HistoryLines.class),
    SEARCH_HISTORY(0x38, Pdu.SearchHistory.class),
    SEARCH_RESULT(0x39, Pdu.SearchResult.class),

    SEND_KEYS(0x40, Pdu.SendKeys.class),
    CAPTURE_PANE(0x41, Pdu.CapturePane.class),
    CAPTURE_RESULT(0x42, Pdu.CaptureResult.class),

    RUN_COMMAND(0x50, Pdu.RunCommand.class),
    COMMAND_OUTPUT(0x51, Pdu.CommandOutput.class),
    CLIENT_SETTINGS(0x52, Pdu.ClientSettings.class),
    STATUS_UPDATE(0x53, Pdu.StatusUpdate.class),
    SHOW_MESSAGE(0x54, Pdu.ShowMessage.class),
    CLIENT_COMMAND(0x55, Pdu.ClientCommand.class),
    SET_CLIPBOARD(0x56, Pdu.SetClipboard.class);

    private static final PduType[] BY_CODE = new PduType[256];
    private static final ClassValue<PduType> BY_CLASS = new ClassValue<>() {
        @Override
        protected PduType computeValue(Class<?> type) {
            for (PduType t : values()) {
                if (t.pduClass == type) {
                    return t;
                }
            }
            return null;
        }
    };

    static {
        for (PduType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;
    private final Class<? extends Pdu> pduClass;

    PduType(int code, Class<? extends Pdu> pduClass) {
        this.code = code;
        this.pduClass = pduClass;
    }

    public byte code() {
        return (byte) code;
    }

    public Class<? extends Pdu> pduClass() {
        return pduClass;
    }

    /** The type of a code, or null when no PDU has it. */
    public static PduType ofCode(byte code) {
        return BY_CODE[code & 0xff];
    }

    public static PduType of(Pdu pdu) {
        PduType t = BY_CLASS.get(pdu.getClass());
        if (t == null) {
            throw new IllegalArgumentException("no type byte for " + pdu.getClass().getName());
        }
        return t;
    }
}

package dev.weft.server;

import dev.weft.config.Formats;
import dev.weft.config.Options;
import dev.weft.protocol.Pdu;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The status line of a session: {@code status.left}, one label per tab
 * ({@code status.tab_current_format} for the current tab, else {@code status.tab_format}) and
 * {@code status.right}, expanded with {@link Formats#expand}; style markers stay for the client.
 * Under the mux lock.
 */
final class StatusLine {
    static final String LEFT = "status.left";
    static final String RIGHT = "status.right";
    static final String TAB_FORMAT = "status.tab_format";
    static final String TAB_CURRENT_FORMAT = "status.tab_current_format";
    static final String INTERVAL = "status.interval";

    static Pdu.StatusUpdate of(Mux mux, Session s, ZonedDateTime now) {
        Options o = mux.options();
        Tab active = s.activeTab();
        FormatContext current = new FormatContext(mux, s, active, active == null ? null : active.activePane());
        List<Pdu.TabLabel> labels = new ArrayList<>();
        for (Tab t : s.tabs()) {
            String format = o.get(t == active ? TAB_CURRENT_FORMAT : TAB_FORMAT);
            labels.add(new Pdu.TabLabel(t.id(), Formats.expand(format, new FormatContext(mux, s, t, t.activePane()), now)));
        }
        return new Pdu.StatusUpdate(Formats.expand(o.get(LEFT), current, now), labels,
                Formats.expand(o.get(RIGHT), current, now));
    }

    /** status.interval in seconds (tmux: 0 means no periodic refresh). */
    static int interval(Mux mux) {
        return mux.options().getInt(INTERVAL);
    }

    private StatusLine() {}
}

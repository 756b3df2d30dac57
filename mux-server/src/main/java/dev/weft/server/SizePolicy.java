package dev.weft.server;

import java.util.ArrayList;
import java.util.List;

/**
 * The option {@code window_size}: what size a session takes from its attached clients, as tmux
 * 3.3's {@code clients_calculate_size} (resize.c). Pure: no state, no locking.
 * <ul>
 *   <li>{@code latest}: the size of the client with the most recent activity (a key, a resize,
 *       attaching);</li>
 *   <li>{@code smallest} / {@code largest}: per dimension, the minimum / maximum over the clients
 *       (so the width and the height may come from different clients);</li>
 *   <li>{@code manual}: the session keeps the size it has.</li>
 * </ul>
 * As tmux, a client that ignores size (a read-only client: tmux's {@code attach -r} sets
 * {@code ignore-size}) counts only when every client ignores size. No client that counts, or no
 * client at all: the size stays.
 */
final class SizePolicy {

    /** One attached client as the policy sees it: its pane area, when it was last active, whether it ignores size. */
    record ClientSize(int cols, int rows, long activity, boolean ignoreSize) {}

    /** A session size. */
    record Size(int cols, int rows) {}

    private SizePolicy() {}

    /**
     * The session's size under {@code policy} for these clients; {@code current} when the policy
     * keeps it. An unknown policy name counts as {@code latest} (the option table refuses others).
     */
    static Size of(String policy, List<ClientSize> clients, Size current) {
        if ("manual".equals(policy)) {
            return current;
        }
        List<ClientSize> counted = counted(clients);
        if (counted.isEmpty()) {
            return current;
        }
        switch (policy == null ? "latest" : policy) {
            case "smallest": {
                int cols = Integer.MAX_VALUE;
                int rows = Integer.MAX_VALUE;
                for (ClientSize c : counted) {
                    cols = Math.min(cols, c.cols());
                    rows = Math.min(rows, c.rows());
                }
                return new Size(cols, rows);
            }
            case "largest": {
                int cols = 0;
                int rows = 0;
                for (ClientSize c : counted) {
                    cols = Math.max(cols, c.cols());
                    rows = Math.max(rows, c.rows());
                }
                return new Size(cols, rows);
            }
            default: {
                ClientSize latest = counted.get(0);
                for (ClientSize c : counted) {
                    if (c.activity() > latest.activity()) {
                        latest = c;
                    }
                }
                return new Size(latest.cols(), latest.rows());
            }
        }
    }

    /** The clients with a usable size; those ignoring size only when nobody else is left (tmux). */
    private static List<ClientSize> counted(List<ClientSize> clients) {
        List<ClientSize> sized = new ArrayList<>();
        for (ClientSize c : clients) {
            if (c != null && c.cols() > 0 && c.rows() > 0) {
                sized.add(c);
            }
        }
        List<ClientSize> heeded = new ArrayList<>();
        for (ClientSize c : sized) {
            if (!c.ignoreSize()) {
                heeded.add(c);
            }
        }
        return heeded.isEmpty() ? sized : heeded;
    }
}

package dev.weft.tui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The choosers' items from the server's list commands. Each list is asked for with {@code -F}: the
 * fields the tree needs, then the line's text (the user's {@code -F}, else tmux's default), joined
 * by U+001F, which no name can hold (the server's names are printable).
 *
 * <pre>
 *   list-sessions -F  $ID ␟ name ␟ activity ␟ active pane %ID ␟ active window "I:name" ␟ TEXT
 *   list-windows -aF  $ID ␟ @ID ␟ index ␟ active pane %ID ␟ active pane index ␟ name ␟ TEXT
 *   list-panes -aF    $ID ␟ @ID ␟ %ID ␟ index ␟ TEXT                                [-f filter]
 *   list-buffers -F   name ␟ size ␟ created ␟ sample ␟ TEXT
 *   list-clients -F   name ␟ activity ␟ created ␟ cols*rows ␟ session's pane %ID ␟ session ␟ TEXT
 * </pre>
 */
final class ChooserLists {
    static final String SEP = "\u001f";

    /** tmux 3.3a's window_tree default format (window-tree.c): one format for all three kinds of line. */
    static final String TREE_FORMAT = "#{?pane_format,"
            + "#{?pane_marked,#[reverse],}"
            + "#{pane_current_command}#{?pane_active,*,}#{?pane_marked,M,}"
            + "#{?#{&&:#{pane_title},#{!=:#{pane_title},#{host_short}}},: \"#{pane_title}\",}"
            + ","
            + "#{?window_format,"
            + "#{?window_marked_flag,#[reverse],}"
            + "#{window_name}#{window_flags}"
            + "#{?#{&&:#{==:#{window_panes},1},#{&&:#{pane_title},#{!=:#{pane_title},#{host_short}}}},: \"#{pane_title}\",}"
            + ","
            + "#{session_windows} windows"
            + "#{?session_grouped, (group #{session_group}: #{session_group_list}),}"
            + "#{?session_attached, (attached),}"
            + "}"
            + "}";

    static final String SESSIONS = String.join(SEP, "#{session_id}", "#{session_name}", "#{session_activity}",
            "#{pane_id}", "#{window_index}:#{window_name}") + SEP;
    static final String WINDOWS = String.join(SEP, "#{session_id}", "#{window_id}", "#{window_index}", "#{pane_id}",
            "#{pane_index}", "#{window_name}") + SEP;
    static final String PANES = String.join(SEP, "#{session_id}", "#{window_id}", "#{pane_id}", "#{pane_index}") + SEP;
    static final String BUFFERS = String.join(SEP, "#{buffer_name}", "#{buffer_size}", "#{buffer_created}",
            "#{buffer_sample}") + SEP;
    static final String CLIENTS = String.join(SEP, "#{client_name}", "#{client_activity}", "#{client_created}",
            "#{client_width}", "#{client_height}", "#{pane_id}", "#{session_name}") + SEP;

    static final List<String> TREE_SORTS = List.of("index", "name", "time");
    static final List<String> BUFFER_SORTS = List.of("time", "name", "size");
    static final List<String> CLIENT_SORTS = List.of("name", "size", "creation", "activity");

    private ChooserLists() {}

    /** The sort orders of choose-tree: index, name, time (newest first), as tmux's window_tree_cmp_*. */
    static List<Comparator<ChooserItem>> treeSorts() {
        Comparator<ChooserItem> index = Comparator.comparingLong(i -> i.index);
        Comparator<ChooserItem> name = Comparator.comparing((ChooserItem i) -> i.sortName).thenComparing(index);
        Comparator<ChooserItem> time = Comparator.comparingLong((ChooserItem i) -> -i.time).thenComparing(index);
        return List.of(index, name, time);
    }

    /** choose-buffer: time (newest first), name, size (biggest first). */
    static List<Comparator<ChooserItem>> bufferSorts() {
        // within one second, list-buffers' own order (newest first, as tmux lists them)
        Comparator<ChooserItem> time = Comparator.comparingLong((ChooserItem i) -> -i.time)
                .thenComparingLong(i -> i.index);
        Comparator<ChooserItem> name = Comparator.comparing(i -> i.sortName);
        Comparator<ChooserItem> size = Comparator.comparingLong((ChooserItem i) -> -i.size).thenComparing(name);
        return List.of(time, name, size);
    }

    /** choose-client: name, size (biggest first), creation, activity (newest first). */
    static List<Comparator<ChooserItem>> clientSorts() {
        Comparator<ChooserItem> name = Comparator.comparing(i -> i.sortName);
        Comparator<ChooserItem> size = Comparator.comparingLong((ChooserItem i) -> -i.size).thenComparing(name);
        Comparator<ChooserItem> creation = Comparator.comparingLong((ChooserItem i) -> i.index).thenComparing(name);
        Comparator<ChooserItem> activity = Comparator.comparingLong((ChooserItem i) -> -i.time).thenComparing(name);
        return List.of(name, size, creation, activity);
    }

    /**
     * The tree of sessions, windows and panes. Only panes that passed the filter are listed, so a
     * window without listed panes, and a session without such windows, is left out (tmux's filter
     * works on panes the same way); a window of one pane has no child line, as in tmux.
     *
     * @param filtered whether {@code panes} was filtered (then an empty result means "no matches")
     */
    static List<ChooserItem> tree(String sessions, String windows, String panes, boolean filtered) {
        Map<String, List<String[]>> panesByWindow = new HashMap<>();
        for (String[] p : rows(panes, 5)) {
            panesByWindow.computeIfAbsent(p[1], k -> new ArrayList<>()).add(p);
        }
        Map<String, List<String[]>> windowsBySession = new HashMap<>();
        for (String[] w : rows(windows, 7)) {
            windowsBySession.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w);
        }
        List<ChooserItem> out = new ArrayList<>();
        for (String[] s : rows(sessions, 6)) {
            String sessionId = s[0];
            String name = s[1];
            ChooserItem session = new ChooserItem(ChooserItem.Kind.SESSION, sessionId, sessionId, name, s[5],
                    paneNumber(s[3]), " " + s[4] + " ", number(sessionId.startsWith("$") ? sessionId.substring(1) : sessionId), name, number(s[2]), 0);
            for (String[] w : windowsBySession.getOrDefault(sessionId, List.of())) {
                List<String[]> its = panesByWindow.getOrDefault(w[1], List.of());
                if (its.isEmpty() && filtered) {
                    continue;
                }
                // tmux sorts windows by name with "name"; weft keeps no window activity, so "time" is by index
                ChooserItem window = new ChooserItem(ChooserItem.Kind.WINDOW, w[1], w[1], w[2], w[6],
                        paneNumber(w[3]), " " + w[4] + " ", number(w[2]), w[5], -number(w[2]), 0);
                if (its.size() > 1) {
                    for (String[] p : its) {
                        // panes keep their order under every sort
                        window.add(new ChooserItem(ChooserItem.Kind.PANE, p[2], p[2], p[3], p[4], paneNumber(p[2]),
                                "", number(p[3]), String.format("%09d", number(p[3])), -number(p[3]), 0));
                    }
                }
                session.add(window);
            }
            if (!session.children.isEmpty() || !filtered) {
                out.add(session);
            }
        }
        return out;
    }

    /**
     * The paste buffers. {@code defaultText}: the line is tmux's default
     * {@code #{t/p:buffer_created}: #{buffer_sample}}, made here (the server's formats have no
     * time modifiers); otherwise the list's own text.
     */
    static List<ChooserItem> buffers(String list, boolean defaultText, ZoneId zone, long nowSeconds) {
        List<ChooserItem> out = new ArrayList<>();
        long order = 0;
        for (String[] b : rows(list, 5)) {
            long created = number(b[2]);
            String text = defaultText ? prettyTime(created, nowSeconds, zone) + ": " + b[3] : b[4];
            out.add(new ChooserItem(ChooserItem.Kind.BUFFER, b[0], b[0], b[0], text, -1, "", order++, b[0],
                    created, number(b[1])));
        }
        return out;
    }

    /** The attached clients; {@code defaultText} as for buffers ({@code #{t/p:client_activity}: session #{session_name}}). */
    static List<ChooserItem> clients(String list, boolean defaultText, ZoneId zone, long nowSeconds) {
        List<ChooserItem> out = new ArrayList<>();
        for (String[] c : rows(list, 8)) {
            long activity = number(c[1]);
            String text = defaultText ? prettyTime(activity, nowSeconds, zone) + ": session " + c[6] : c[7];
            out.add(new ChooserItem(ChooserItem.Kind.CLIENT, c[0], c[0], c[0], text, paneNumber(c[5]), "",
                    number(c[2]), c[0], activity, number(c[3]) * number(c[4])));
        }
        return out;
    }

    /**
     * tmux's {@code t/p} (format_pretty_time): {@code HH:MM} within a day, {@code DDMon} within
     * about a year, else {@code MonYY}.
     */
    static String prettyTime(long epochSeconds, long nowSeconds, ZoneId zone) {
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), zone);
        long age = nowSeconds - epochSeconds;
        String pattern = age < 24 * 3600 ? "HH:mm" : age < 365L * 24 * 3600 ? "ddMMM" : "MMMyy";
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(t);
    }

    /** Lines of {@code text} split into exactly {@code fields} fields (the last takes the rest); short lines are left out. */
    static List<String[]> rows(String text, int fields) {
        List<String[]> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] f = line.split(SEP, fields);
            if (f.length == fields) {
                out.add(f);
            }
        }
        return out;
    }

    private static int paneNumber(String id) {
        return id.startsWith("%") ? (int) number(id.substring(1), -1) : -1;
    }

    private static long number(String s) {
        return number(s, 0);
    }

    private static long number(String s, long otherwise) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}

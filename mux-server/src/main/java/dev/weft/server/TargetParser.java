package dev.weft.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * tmux target syntax, resolved against the current state (tmux's "current" session, window and
 * pane: the command's context).
 *
 * <pre>
 *   SESSION              NAME (exact, else unique prefix), $ID
 *   SESSION:TAB          TAB: index, =index, name (exact, else unique prefix), @ID,
 *                        + / - (next/previous, +N/-N), ! or {last}, {next}, {previous},
 *                        ^ or {start}, $ or {end}
 *   SESSION:TAB.PANE     PANE: index, %ID, + / - ({next}/{previous}), ! or {last},
 *                        {left} {right} {up} {down}
 *   %ID                  a pane by id, anywhere
 * </pre>
 *
 * An empty part means the current one. Without a colon the word is tried, as tmux does, as a
 * pane of the current tab (pane targets), then a tab of the current session (pane and tab
 * targets), then a session.
 */
final class TargetParser {

    /** What the command's -t names (tmux's target-session, target-window, target-pane). */
    enum Kind { SESSION, WINDOW, PANE }

    /**
     * No current state (the requests of issue 2: attach, send-keys, capture-pane ...): a word
     * without a colon is a session; empty is the most recently used session.
     */
    static Target resolve(String target, Supplier<List<Session>> sessions) throws MuxException {
        return resolve(target, sessions, null, Kind.SESSION);
    }

    /** {@code sessions}: most recently used first; {@code current} may be null. */
    static Target resolve(String target, Supplier<List<Session>> sessions, Target current, Kind kind)
            throws MuxException {
        List<Session> all = sessions.get();
        if (current == null || current.session().ended()) {
            current = null;
        }
        if (target.startsWith("%")) {
            return paneById(target, all);
        }
        if (target.startsWith("@")) {
            return tabById(target, all);
        }
        int colon = target.indexOf(':');
        if (colon < 0) {
            return withoutColon(target, all, current, kind);
        }
        Session session = target.substring(0, colon).isEmpty() ? currentSession(all, current)
                : session(target.substring(0, colon), all);
        String rest = target.substring(colon + 1);
        if (rest.startsWith("%")) {
            Target t = paneById(rest, List.of(session));
            return t;
        }
        // A '.' after the first character separates the pane; "{...}" words contain none.
        int dot = rest.indexOf('.', rest.startsWith("{") ? Math.max(0, rest.indexOf('}')) : 0);
        String tabPart = dot < 0 ? rest : rest.substring(0, dot);
        String panePart = dot < 0 ? null : rest.substring(dot + 1);
        Tab currentTab = current != null && current.session() == session ? current.tab() : session.activeTab();
        Tab tab = tabPart.isEmpty() ? currentTab : tab(session, currentTab, tabPart);
        if (tab == null) {
            throw new MuxException("no-tab", "can't find window: " + Visible.of(tabPart));
        }
        if (panePart == null) {
            return new Target(session, tab, tab.activePane());
        }
        Pane currentPane = current != null && current.tab() == tab && current.pane() != null
                ? current.pane() : tab.activePane();
        if (panePart.isEmpty()) {
            return new Target(session, tab, currentPane);
        }
        Pane pane = pane(tab, currentPane, panePart);
        if (pane == null) {
            throw new MuxException("no-pane", "can't find pane: " + Visible.of(panePart));
        }
        return new Target(session, tab, pane);
    }

    private static Target withoutColon(String word, List<Session> all, Target current, Kind kind)
            throws MuxException {
        Session cs = word.isEmpty() ? currentSession(all, current)
                : current != null ? current.session() : all.isEmpty() ? null : all.get(0);
        Tab ct = cs == null ? null
                : current != null && current.session() == cs && current.tab() != null ? current.tab() : cs.activeTab();
        if (word.isEmpty()) {
            Pane cp = current != null && current.tab() == ct && current.pane() != null ? current.pane()
                    : ct == null ? null : ct.activePane();
            return new Target(cs, ct, cp);
        }
        if (word.startsWith("$") && word.length() > 1 && Character.isDigit(word.charAt(1))) {
            Session s = session(word, all);
            return new Target(s, s.activeTab(), s.activeTab() == null ? null : s.activeTab().activePane());
        }
        if (kind == Kind.PANE && ct != null) {
            int dot = word.indexOf('.');
            if (dot > 0 && !word.startsWith("{")) {
                // TAB.PANE in the current session
                return resolve(":" + word, () -> all, current, kind);
            }
            Pane cp = current != null && current.tab() == ct && current.pane() != null ? current.pane() : ct.activePane();
            Pane p = pane(ct, cp, word);
            if (p != null) {
                return new Target(cs, ct, p);
            }
        }
        if (kind != Kind.SESSION && ct != null) {
            Tab t = tab(cs, ct, word);
            if (t != null) {
                return new Target(cs, t, t.activePane());
            }
        }
        Session s;
        try {
            s = session(word, all);
        } catch (MuxException e) {
            if (kind == Kind.PANE && word.matches("[0-9]+|[+-][0-9]*|!|\\{.*}")) {
                throw new MuxException("no-pane", "can't find pane: " + Visible.of(word));
            }
            if (kind == Kind.WINDOW && word.matches("=?[0-9]+|[+-][0-9]*|!|\\{.*}")) {
                throw new MuxException("no-tab", "can't find window: " + Visible.of(word));
            }
            throw e;
        }
        Tab t = s.activeTab();
        return new Target(s, t, t == null ? null : t.activePane());
    }

    private static Session currentSession(List<Session> all, Target current) throws MuxException {
        if (current != null) {
            return current.session();
        }
        if (all.isEmpty()) {
            throw new MuxException("no-session", "no sessions (weft new starts one)");
        }
        return all.get(0);
    }

    private static Session session(String name, List<Session> all) throws MuxException {
        if (name.startsWith("$")) {
            Integer id = number(name.substring(1));
            for (Session s : all) {
                if (id != null && s.id() == id) {
                    return s;
                }
            }
            throw new MuxException("no-session", "can't find session: " + Visible.of(name));
        }
        List<Session> prefixed = new ArrayList<>();
        for (Session s : all) {
            if (s.name().equals(name)) {
                return s;
            }
            if (s.name().startsWith(name)) {
                prefixed.add(s);
            }
        }
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        throw new MuxException("no-session", "no session named \"" + Visible.of(name) + "\" (weft ls lists them)");
    }

    /** A tab of {@code session} by the TAB word, relative to {@code current}; null when none. */
    static Tab tab(Session session, Tab current, String part) {
        List<Tab> tabs = session.tabs();
        if (tabs.isEmpty()) {
            return null;
        }
        switch (part) {
            case "!", "{last}" -> {
                return session.lastTab();
            }
            case "^", "{start}" -> {
                return tabs.get(0);
            }
            case "$", "{end}" -> {
                return tabs.get(tabs.size() - 1);
            }
            case "{next}" -> {
                return offset(tabs, current, 1);
            }
            case "{previous}" -> {
                return offset(tabs, current, -1);
            }
            default -> {
                // below
            }
        }
        if (part.startsWith("+") || part.startsWith("-")) {
            Integer n = part.length() == 1 ? Integer.valueOf(1) : number(part.substring(1));
            if (n != null) {
                return offset(tabs, current, part.startsWith("+") ? n : -n);
            }
        }
        if (part.startsWith("=")) {
            Integer index = number(part.substring(1));
            return index == null ? null : session.tabAt(index);
        }
        Integer index = number(part);
        if (index != null) {
            Tab t = session.tabAt(index);
            if (t != null) {
                return t;
            }
        }
        List<Tab> prefixed = new ArrayList<>();
        for (Tab t : tabs) {
            if (t.name().equals(part)) {
                return t;
            }
            if (t.name().startsWith(part)) {
                prefixed.add(t);
            }
        }
        return prefixed.size() == 1 ? prefixed.get(0) : null;
    }

    /** The tab {@code by} places after {@code from} in index order, wrapping. */
    private static Tab offset(List<Tab> tabs, Tab from, int by) {
        int i = Math.max(0, tabs.indexOf(from));
        int n = tabs.size();
        return tabs.get(Math.floorMod(i + by, n));
    }

    /** A pane of {@code tab} by the PANE word, relative to {@code current}; null when none. */
    static Pane pane(Tab tab, Pane current, String part) {
        List<Pane> panes = tab.panes();
        if (panes.isEmpty()) {
            return null;
        }
        int i = Math.max(0, panes.indexOf(current));
        switch (part) {
            case "!", "{last}" -> {
                return tab.lastPane();
            }
            case "{next}" -> {
                return panes.get((i + 1) % panes.size());
            }
            case "{previous}" -> {
                return panes.get(Math.floorMod(i - 1, panes.size()));
            }
            case "{top}", "{top-left}" -> {
                return panes.get(0);
            }
            case "{bottom}", "{bottom-right}" -> {
                return panes.get(panes.size() - 1);
            }
            case "{left}" -> {
                return tab.neighbour(current, LayoutTree.Direction.LEFT);
            }
            case "{right}" -> {
                return tab.neighbour(current, LayoutTree.Direction.RIGHT);
            }
            case "{up}" -> {
                return tab.neighbour(current, LayoutTree.Direction.UP);
            }
            case "{down}" -> {
                return tab.neighbour(current, LayoutTree.Direction.DOWN);
            }
            default -> {
                // below
            }
        }
        if (part.startsWith("%")) {
            Integer id = number(part.substring(1));
            return id == null ? null : tab.byId(id);
        }
        if (part.startsWith("+") || part.startsWith("-")) {
            Integer n = part.length() == 1 ? Integer.valueOf(1) : number(part.substring(1));
            if (n == null) {
                return null;
            }
            return panes.get(Math.floorMod(i + (part.startsWith("+") ? n : -n), panes.size()));
        }
        Integer index = number(part);
        return index == null || index >= panes.size() ? null : panes.get(index);
    }

    private static Target paneById(String text, List<Session> all) throws MuxException {
        Integer id = number(text.substring(1));
        if (id != null) {
            for (Session s : all) {
                for (Tab t : s.tabs()) {
                    Pane p = t.byId(id);
                    if (p != null) {
                        return new Target(s, t, p);
                    }
                }
            }
        }
        throw new MuxException("no-pane", "can't find pane: " + Visible.of(text));
    }

    private static Target tabById(String text, List<Session> all) throws MuxException {
        Integer id = number(text.substring(1));
        if (id != null) {
            for (Session s : all) {
                for (Tab t : s.tabs()) {
                    if (t.id() == id) {
                        return new Target(s, t, t.activePane());
                    }
                }
            }
        }
        throw new MuxException("no-tab", "can't find window: " + Visible.of(text));
    }

    static Integer number(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(s);
    }

    private TargetParser() {}
}

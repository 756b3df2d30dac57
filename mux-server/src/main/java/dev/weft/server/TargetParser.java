package dev.weft.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * tmux target syntax: {@code NAME}, {@code NAME:TAB}, {@code NAME:TAB.PANE}, {@code NAME:.PANE},
 * {@code :TAB}, {@code %PANEID}, {@code $SESSIONID}; empty means the most recently used session.
 * A session NAME matches exactly, else as the unique prefix of one session name (tmux does the
 * same). TAB is a tab index or name; PANE a pane index within the tab or {@code %ID}.
 */
final class TargetParser {

    /** {@code sessions}: most recently used first. */
    static Target resolve(String target, Supplier<List<Session>> sessions) throws MuxException {
        List<Session> all = sessions.get();
        if (target.startsWith("%")) {
            return paneById(target, all);
        }
        int colon = target.indexOf(':');
        String sessionPart = colon < 0 ? target : target.substring(0, colon);
        String rest = colon < 0 ? null : target.substring(colon + 1);
        Session session = session(sessionPart, all);
        if (rest == null || rest.isEmpty()) {
            Tab tab = session.activeTab();
            return new Target(session, tab, tab == null ? null : tab.activePane());
        }
        if (rest.startsWith("%")) {
            Target t = paneById(rest, List.of(session));
            return t;
        }
        int dot = rest.indexOf('.');
        String tabPart = dot < 0 ? rest : rest.substring(0, dot);
        String panePart = dot < 0 ? null : rest.substring(dot + 1);
        Tab tab = tabPart.isEmpty() ? session.activeTab() : tab(session, tabPart);
        if (tab == null) {
            throw new MuxException("no-tab", "can't find tab: " + tabPart);
        }
        if (panePart == null || panePart.isEmpty()) {
            return new Target(session, tab, tab.activePane());
        }
        if (panePart.startsWith("%")) {
            Target t = paneById(panePart, List.of(session));
            if (t.tab() != tab) {
                throw new MuxException("no-pane", "can't find pane: " + panePart);
            }
            return t;
        }
        List<Pane> panes = tab.panes();
        Integer index = number(panePart);
        if (index == null || index < 0 || index >= panes.size()) {
            throw new MuxException("no-pane", "can't find pane: " + panePart);
        }
        return new Target(session, tab, panes.get(index));
    }

    private static Session session(String name, List<Session> all) throws MuxException {
        if (name.isEmpty()) {
            if (all.isEmpty()) {
                throw new MuxException("no-session", "no sessions (weft new starts one)");
            }
            return all.get(0);
        }
        if (name.startsWith("$")) {
            Integer id = number(name.substring(1));
            for (Session s : all) {
                if (id != null && s.id() == id) {
                    return s;
                }
            }
            throw new MuxException("no-session", "can't find session: " + name);
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
        throw new MuxException("no-session", "no session named \"" + name + "\" (weft ls lists them)");
    }

    private static Tab tab(Session session, String part) {
        List<Tab> tabs = session.tabs();
        Integer index = number(part);
        if (index != null && index >= 0 && index < tabs.size()) {
            return tabs.get(index);
        }
        for (Tab t : tabs) {
            if (t.name().equals(part)) {
                return t;
            }
        }
        return null;
    }

    private static Target paneById(String text, List<Session> all) throws MuxException {
        Integer id = number(text.substring(1));
        if (id != null) {
            for (Session s : all) {
                for (Tab t : s.tabs()) {
                    for (Pane p : t.panes()) {
                        if (p.id() == id) {
                            return new Target(s, t, p);
                        }
                    }
                }
            }
        }
        throw new MuxException("no-pane", "can't find pane: " + text);
    }

    private static Integer number(String s) {
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

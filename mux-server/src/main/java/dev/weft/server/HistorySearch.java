package dev.weft.server;

import dev.weft.emulator.Line;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Copy mode's search over a pane's lines ({@code Pdu.SearchHistory}), away from the pane's lock.
 *
 * <p>As tmux, rows joined by autowrap are searched as one line, so a match may run from the end
 * of one row into the next; its position is its first cell, its width the cells it covers
 * (a wide character counts 2, as the grid does). Trailing blanks of a logical line's last row are
 * not searched. Positions are ordered by (line, column): forward finds the first match starting
 * after {@code (fromLine, fromCol)}, backward the last one starting before it; when there is none
 * the search wraps around once (the match at the start position itself is then found again).
 * Empty matches ({@code x*}) are skipped.
 *
 * <p>Work is bounded: a step budget on the characters the regex engine reads stops catastrophic
 * backtracking with a one-line error, as does a pattern too deeply nested for the stack.
 */
final class HistorySearch {
    /** Characters the regex engine may read in one search before it is stopped. */
    static final long STEP_BUDGET = 50_000_000L;
    /** Longest query accepted. */
    static final int MAX_QUERY = 4096;

    /** Lines to search: {@code lines.get(i)} has absolute number {@code first + i}. */
    record Lines(long first, List<Line> lines) {}

    /** A match: its first cell, its width in cells, whether the search wrapped to find it. */
    record Match(long line, int col, int cells, boolean wrapped) {}

    /** A compiled query; a null pattern (an empty query) matches nothing. */
    record Query(Pattern pattern) {
        static Query of(String text, boolean regex, boolean ignoreCase) throws MuxException {
            if (text == null || text.isEmpty()) {
                return new Query(null);
            }
            if (text.length() > MAX_QUERY) {
                throw new MuxException("bad-regex", "search: the query is too long (" + text.length()
                        + " characters; at most " + MAX_QUERY + ")");
            }
            int flags = (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0) | (regex ? 0 : Pattern.LITERAL);
            try {
                return new Query(Pattern.compile(text, flags));
            } catch (PatternSyntaxException e) {
                String near = e.getIndex() >= 0 ? " at index " + e.getIndex() : "";
                throw new MuxException("bad-regex", "bad regex " + Visible.of(quote(text)) + ": "
                        + Visible.of(e.getDescription()) + near);
            } catch (StackOverflowError e) {
                throw new MuxException("bad-regex", "bad regex: too deeply nested");
            }
        }

        private static String quote(String s) {
            return "\"" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "\"";
        }
    }

    private HistorySearch() {}

    /** The match {@code query} finds from the position, or null; see the class comment. */
    static Match find(Lines lines, Query query, long fromLine, int fromCol, boolean backward) throws MuxException {
        if (query.pattern() == null || lines.lines().isEmpty()) {
            return null;
        }
        List<int[]> groups = groups(lines.lines());
        int n = lines.lines().size();
        long clamped = Math.max(lines.first(), Math.min(lines.first() + n - 1, fromLine));
        int start = groupOf(groups, (int) (clamped - lines.first()));
        Budget budget = new Budget();
        try {
            if (!backward) {
                for (int g = start; g < groups.size(); g++) {
                    Match m = text(lines, groups.get(g)).first(query, budget, fromLine, fromCol, false);
                    if (m != null) {
                        return m;
                    }
                }
                for (int g = 0; g <= start; g++) {
                    Match m = text(lines, groups.get(g)).first(query, budget, Long.MIN_VALUE, 0, true);
                    if (m != null) {
                        return m;
                    }
                }
            } else {
                for (int g = start; g >= 0; g--) {
                    Match m = text(lines, groups.get(g)).last(query, budget, fromLine, fromCol, false);
                    if (m != null) {
                        return m;
                    }
                }
                for (int g = groups.size() - 1; g >= start; g--) {
                    Match m = text(lines, groups.get(g)).last(query, budget, Long.MAX_VALUE, 0, true);
                    if (m != null) {
                        return m;
                    }
                }
            }
            return null;
        } catch (OverBudget | StackOverflowError e) {
            throw new MuxException("search-too-slow",
                    "search: the pattern takes too long on this history; try a simpler one");
        }
    }

    /** Logical lines as [first row, end row) index pairs: a row that wrapped continues in the next. */
    private static List<int[]> groups(List<Line> lines) {
        List<int[]> groups = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).wrapped() || i == lines.size() - 1) {
                groups.add(new int[] {begin, i + 1});
                begin = i + 1;
            }
        }
        return groups;
    }

    private static int groupOf(List<int[]> groups, int row) {
        int lo = 0;
        int hi = groups.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (groups.get(mid)[0] <= row) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The text of one logical line, with each character's line, column and cell width. */
    private static GroupText text(Lines lines, int[] group) {
        StringBuilder sb = new StringBuilder();
        int capacity = 0;
        for (int r = group[0]; r < group[1]; r++) {
            capacity += lines.lines().get(r).cols();
        }
        long[] lineOf = new long[Math.max(16, capacity * 2)];
        int[] colOf = new int[lineOf.length];
        int[] cellsOf = new int[lineOf.length];
        int len = 0;
        for (int r = group[0]; r < group[1]; r++) {
            Line line = lines.lines().get(r);
            int end = line.cols();
            if (r == group[1] - 1) {
                while (end > 0 && isBlank(line, end - 1)) {
                    end--;
                }
            }
            for (int col = 0; col < end; col++) {
                int w = line.width(col);
                if (w == 0) {
                    continue;
                }
                String s = line.text(col);
                if (s.isEmpty()) {
                    s = " ";
                }
                for (int k = 0; k < s.length(); k++) {
                    if (len == lineOf.length) {
                        lineOf = Arrays.copyOf(lineOf, len * 2);
                        colOf = Arrays.copyOf(colOf, len * 2);
                        cellsOf = Arrays.copyOf(cellsOf, len * 2);
                    }
                    sb.append(s.charAt(k));
                    lineOf[len] = lines.first() + r;
                    colOf[len] = col;
                    cellsOf[len] = k == 0 ? w : 0;
                    len++;
                }
            }
        }
        return new GroupText(sb.toString(), lineOf, colOf, cellsOf);
    }

    private static boolean isBlank(Line line, int col) {
        String t = line.text(col);
        return t.equals(" ") || t.isEmpty();
    }

    private record GroupText(String text, long[] lineOf, int[] colOf, int[] cellsOf) {

        /** The first non-empty match starting after (line, col); any when {@code wrapped} (line MIN_VALUE). */
        Match first(Query q, Budget budget, long line, int col, boolean wrapped) {
            int from = 0;
            while (from < text.length() && compare(from, line, col) <= 0) {
                from++;
            }
            Matcher m = q.pattern().matcher(new Counted(text, budget));
            int pos = from;
            while (pos <= text.length() && m.find(pos)) {
                if (m.end() > m.start()) {
                    return match(m.start(), m.end(), wrapped);
                }
                pos = m.start() + 1;
            }
            return null;
        }

        /** The last non-empty match starting before (line, col); any when {@code wrapped} (line MAX_VALUE). */
        Match last(Query q, Budget budget, long line, int col, boolean wrapped) {
            int before = 0;
            while (before < text.length() && compare(before, line, col) < 0) {
                before++;
            }
            Matcher m = q.pattern().matcher(new Counted(text, budget));
            int pos = 0;
            int bestStart = -1;
            int bestEnd = -1;
            while (pos < before && m.find(pos) && m.start() < before) {
                if (m.end() > m.start()) {
                    bestStart = m.start();
                    bestEnd = m.end();
                }
                pos = m.start() + 1;
            }
            return bestStart < 0 ? null : match(bestStart, bestEnd, wrapped);
        }

        private int compare(int index, long line, int col) {
            int c = Long.compare(lineOf[index], line);
            return c != 0 ? c : Integer.compare(colOf[index], col);
        }

        private Match match(int start, int end, boolean wrapped) {
            int cells = 0;
            for (int i = start; i < end; i++) {
                cells += cellsOf[i];
            }
            if (cells == 0) {
                cells = 1; // a match of combining marks alone still marks its cell
            }
            return new Match(lineOf[start], colOf[start], cells, wrapped);
        }
    }

    /** Thrown when a search has read {@link #STEP_BUDGET} characters. */
    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    private static final class Budget {
        long left = STEP_BUDGET;
    }

    /** The text as the regex engine reads it, counting each read against the budget. */
    private record Counted(String text, Budget budget) implements CharSequence {
        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget.left < 0) {
                throw new OverBudget();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counted(text.substring(start, end), budget);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}

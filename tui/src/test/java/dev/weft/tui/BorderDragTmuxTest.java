package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resize arithmetic of {@link BorderDrag} against tmux 3.3's own {@code resize-pane -x/-y}
 * (which weft's server follows): layouts are made in a private tmux, the plan for a border is
 * computed from the pane rectangles tmux reports, its command runs in tmux, and the border must
 * then be at the pointer.
 */
class BorderDragTmuxTest {
    private Tmux tmux;
    /** The layout's inner borders line up, so the rectangles alone fit more than one tree. */
    private boolean ambiguous;

    @BeforeAll
    static void needsTmux() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
    }

    @AfterEach
    void stop() {
        if (tmux != null) {
            tmux.close();
        }
    }

    private List<Pdu.PaneGeometry> panes() {
        List<Pdu.PaneGeometry> out = new ArrayList<>();
        String list = tmux.run("list-panes", "-t", "t", "-F",
                "#{pane_id} #{pane_left} #{pane_top} #{pane_width} #{pane_height}");
        for (String line : list.strip().split("\n")) {
            String[] f = line.split(" ");
            out.add(new Pdu.PaneGeometry(Integer.parseInt(f[0].substring(1)), Integer.parseInt(f[1]),
                    Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])));
        }
        return out;
    }

    private void layout(String... commands) {
        tmux = new Tmux().start("sleep 600");
        for (String c : commands) {
            List<String> argv = new ArrayList<>(List.of(c.split(" ")));
            argv.add(1, "-t");
            argv.add(2, "t");
            tmux.run(argv.toArray(new String[0]));
        }
    }

    private int paneAt(int x, int y) {
        MouseHits.Hit hit = MouseHits.inArea(x, y, panes());
        return hit instanceof MouseHits.Hit.Pane p ? p.paneId() : -1;
    }

    /** Drag the border cell (x, y) to (toX, toY) in one motion and run the commands in tmux. */
    private List<BorderDrag.Plan> drag(int x, int y, int toX, int toY) {
        String layout = tmux.run("display-message", "-p", "-t", "t", "#{window_layout}");
        List<BorderDrag.Plan> plans = BorderDrag.plans(layout, panes(), x, y);
        assertThat(plans).as("plans from the layout " + layout).isNotNull();
        if (!ambiguous) {
            assertThat(BorderDrag.plans(panes(), x, y)).as("the guess from the rectangles alone").isEqualTo(plans);
        }
        for (BorderDrag.Plan plan : plans) {
            String[] argv = plan.command(plan.columns() ? toX : toY).split(" ");
            tmux.run(argv);
        }
        return plans;
    }

    @Test
    void a_vertical_border_follows_the_pointer_left_and_right() {
        layout("split-window -h");
        int left = paneAt(0, 0);
        int right = paneAt(79, 0);
        int border = panes().stream().filter(p -> p.paneId() == left).findFirst().orElseThrow().cols();
        assertThat(drag(border, 5, 30, 5)).hasSize(1);
        assertThat(paneAt(30, 5)).as("the border is at the pointer").isEqualTo(-1);
        assertThat(paneAt(29, 5)).isEqualTo(left);
        assertThat(paneAt(31, 5)).isEqualTo(right);
        drag(30, 5, 50, 9);
        assertThat(paneAt(50, 9)).isEqualTo(-1);
        assertThat(paneAt(49, 9)).isEqualTo(left);
        assertThat(paneAt(51, 9)).isEqualTo(right);
    }

    @Test
    void a_horizontal_border_follows_the_pointer() {
        layout("split-window -v");
        int top = paneAt(0, 0);
        int bottom = paneAt(0, 22);
        int border = panes().stream().filter(p -> p.paneId() == top).findFirst().orElseThrow().rows();
        assertThat(drag(10, border, 10, 4)).hasSize(1);
        assertThat(paneAt(10, 4)).isEqualTo(-1);
        assertThat(paneAt(10, 3)).isEqualTo(top);
        assertThat(paneAt(10, 5)).isEqualTo(bottom);
    }

    @Test
    void the_border_of_a_split_pane_moves_the_whole_column_not_the_inner_border() {
        // LR[ TB[ LR[a, b], c ], d ]: the border left of d is b's right edge, but b is last in
        // its own split; c sizes the column
        layout("split-window -h", "select-pane -t :.0", "split-window -v", "select-pane -t :.0", "split-window -h");
        int d = paneAt(79, 0);
        int b = paneAt(39, 0);
        assertThat(paneAt(40, 0)).isEqualTo(-1);
        drag(40, 3, 25, 3);
        assertThat(paneAt(25, 3)).isEqualTo(-1);
        assertThat(paneAt(26, 3)).isEqualTo(d);
        assertThat(paneAt(24, 3)).isEqualTo(b);
        assertThat(paneAt(25, 20)).as("the whole border moved").isEqualTo(-1);
    }

    @Test
    void when_the_column_before_has_no_pane_of_its_own_the_last_column_is_sized() {
        // LR[ TB[ LR[a, b], LR[c, e] ], d ]: no pane sizes the left column alone; d is last
        layout("split-window -h", "select-pane -t :.0", "split-window -v", "select-pane -t :.0", "split-window -h",
                "select-pane -t :.2", "split-window -h");
        ambiguous = true; // a|b and c|e share their border column
        int d = paneAt(79, 0);
        assertThat(paneAt(40, 0)).isEqualTo(-1);
        List<BorderDrag.Plan> plans = drag(40, 3, 55, 3);
        assertThat(plans).extracting(BorderDrag.Plan::paneId).containsExactly(d);
        assertThat(paneAt(55, 3)).isEqualTo(-1);
        assertThat(paneAt(56, 3)).isEqualTo(d);
    }

    @Test
    void where_two_borders_meet_both_move() {
        // LR[ TB[a, c], b ]: the cell where c's top border meets the vertical border
        layout("split-window -h", "select-pane -t :.0", "split-window -v");
        List<Pdu.PaneGeometry> before = panes();
        int a = paneAt(0, 0);
        Pdu.PaneGeometry pa = before.stream().filter(p -> p.paneId() == a).findFirst().orElseThrow();
        int bx = pa.cols();
        int by = pa.rows();
        assertThat(MouseHits.inArea(bx, by, before)).isInstanceOf(MouseHits.Hit.Border.class);
        assertThat(drag(bx, by, bx - 10, by - 3)).hasSize(2);
        assertThat(paneAt(bx - 11, by - 4)).isEqualTo(a);
        assertThat(paneAt(bx - 10, 0)).as("vertical border").isEqualTo(-1);
        assertThat(paneAt(0, by - 3)).as("horizontal border").isEqualTo(-1);
    }

    @Test
    void a_zoomed_or_single_pane_has_no_border_to_drag() {
        assertThat(BorderDrag.plans(List.of(new Pdu.PaneGeometry(1, 0, 0, 80, 23)), 80, 3)).isEmpty();
        assertThat(BorderDrag.plans(List.of(), 3, 3)).isEmpty();
    }

    @Test
    void a_layout_string_that_does_not_describe_the_panes_is_not_used() {
        List<Pdu.PaneGeometry> two = List.of(new Pdu.PaneGeometry(1, 0, 0, 40, 24), new Pdu.PaneGeometry(2, 41, 0, 39, 24));
        assertThat(BorderDrag.plans("35d6,80x24,0,0{40x24,0,0,0,39x24,41,0,1}", two, 40, 3))
                .containsExactly(new BorderDrag.Plan(1, true, 0, false));
        assertThat(BorderDrag.plans("35d6,80x24,0,0{30x24,0,0,0,49x24,31,0,1}", two, 40, 3)).isNull();
        for (String bad : new String[] {"", "x", "35d6,", "35d6,80x24,0,0{40x24,0,0,0", "35d6,80x24,0,0{}",
            "35d6,80x24,0,0{40x24,0,0,0,39x24,41,0,1}junk", "35d6,80x24,0,0(1)", "35d6,99999999999x1,0,0,1"}) {
            assertThat(BorderDrag.plans(bad, two, 40, 3)).as(bad).isNull();
        }
        assertThat(BorderDrag.plans((String) null, two, 40, 3)).isNull();
    }

    @Test
    void sizes_never_go_below_one_cell() {
        BorderDrag.Plan plan = new BorderDrag.Plan(3, true, 10, false);
        assertThat(plan.size(2)).isEqualTo(1);
        assertThat(plan.command(30)).isEqualTo("resize-pane -t %3 -x 20");
        BorderDrag.Plan fromEnd = new BorderDrag.Plan(4, false, 22, true);
        assertThat(fromEnd.command(10)).isEqualTo("resize-pane -t %4 -y 12");
        assertThat(fromEnd.size(40)).isEqualTo(1);
    }
}

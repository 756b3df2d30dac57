#!/usr/bin/env bash
# For every golden NAME.bin, record what real terminals show after reading it:
#   NAME.xterm.prn   xterm's print-screen (MC, ESC [ i) of the whole 80x24 screen with attributes
#   NAME.xterm.txt   its text, 24 lines (xterm_print.py)
#   NAME.xterm-attrs.txt  its attributes as runs (xterm_print.py)
#   NAME.xterm-colors.txt the colours xterm displays in every cell, from its HTML dump (CSI 10 i)
#   NAME.cursor.txt  "xterm ROW COL ORIGIN" (CPR, 1-based; ORIGIN 1 if DECOM is on) and "tmux ROW COL"
#   NAME.tmux.txt    tmux capture-pane -p     (text)
#   NAME.tmux-e.txt  tmux capture-pane -p -e  (text with SGR)
# Needs: xterm, Xvfb, tmux, python3. Not run by CI. Usage: tools/golden/expected.sh [NAME...]
set -u
cd "$(dirname "$0")/../.."
G=$PWD/emulator/src/test/resources/golden
TOOLS=$PWD/tools/golden
DPY=:${XVFB_DISPLAY:-77}
if ! DISPLAY=$DPY xdpyinfo >/dev/null 2>&1; then
    Xvfb "$DPY" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    sleep 1
fi
T="tmux -L weft-golden-expect -f /dev/null"
names=("$@")
[ ${#names[@]} -eq 0 ] && mapfile -t names < "$G/screens.txt"
for n in "${names[@]}"; do
    bin=$G/$n.bin
    # xterm: raw mode so the pty neither adds CR before LF nor echoes xterm's own replies
    # to the queries in the stream; then ESC [ i prints the screen to printerCommand.
    rm -f "$G/$n.xterm.prn"
    # xterm writes its HTML dump (CSI 10 i) as xterm.<date>.xhtml in its working directory.
    # The dump covers only the scrolling region, so CSI r resets the region first (after the
    # print and after xterm_cursor.py has asked where the cursor is; it only moves the cursor).
    dump=$(mktemp -d)
    (cd "$dump" && DISPLAY=$DPY LANG=C.UTF-8 LC_ALL=C.UTF-8 timeout 30 xterm -u8 -geometry 80x24 \
        -xrm "XTerm*printerCommand: cat > $G/$n.xterm.prn" \
        -xrm 'XTerm*printAttributes: 2' \
        -xrm 'XTerm*printerExtent: true' \
        -xrm 'XTerm*printerAutoClose: true' \
        -xrm 'XTerm*printerFormFeed: false' \
        -xrm 'XTerm*c132: false' \
        -xrm 'XTerm*boldColors: false' \
        -e sh -c "stty raw -echo; cat '$bin'; python3 '$TOOLS/xterm_cursor.py' '$dump/cursor'; printf '\033[i\033[r\033[10i'; sleep 0.7")
    [ -s "$G/$n.xterm.prn" ] || echo "xterm printed nothing for $n" >&2
    python3 "$TOOLS/xterm_print.py" "$G/$n.xterm.prn" "$G/$n.xterm.txt" "$G/$n.xterm-attrs.txt"
    python3 "$TOOLS/xterm_html.py" "$dump"/xterm.*.xhtml "$G/$n.xterm-colors.txt"
    [ -s "$dump/cursor" ] || echo "xterm did not report the cursor for $n" >&2
    echo "xterm $(cat "$dump/cursor")" > "$G/$n.cursor.txt"
    rm -rf "$dump"

    # tmux: a fresh detached 80x24 pane cats the stream, then capture-pane.
    $T new-session -d -x 80 -y 24 -s g \
        "stty raw -echo; cat '$bin'; $T wait-for -S catted; exec sleep 600"
    $T wait-for catted
    size=$($T display -p -t g '#{pane_width}x#{pane_height}')
    [ "$size" = 80x24 ] || echo "tmux pane is $size for $n" >&2
    $T capture-pane -p -t g > "$G/$n.tmux.txt"
    echo "tmux $($T display -p -t g '#{e|+:#{cursor_y},1} #{e|+:#{cursor_x},1}')" >> "$G/$n.cursor.txt"
    $T capture-pane -p -e -t g > "$G/$n.tmux-e.txt"
    $T kill-server
    echo "expected screens for $n"
done
[ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID"
exit 0

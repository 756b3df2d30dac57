# Shared helpers for the golden-screen recorder (sourced by record.sh). Not run by CI.
# Recording happens in a private tmux server so the program gets a real 80x24 PTY;
# `pipe-pane -o` copies the program's raw output bytes (after the pty's ONLCR) to a file.

REC_SOCK=${REC_SOCK:-weft-golden-rec}
T="tmux -L $REC_SOCK -f /dev/null"
WORK=${WORK:-/tmp/weft-golden}
OUT=${OUT:?OUT must name the golden directory}

# Wait until FILE stops growing for QUIET seconds (default 0.8), at most 20 s.
wait_stable() {
    local file=$1 quiet=${2:-0.8} last=-1 size stable=0 i
    for i in $(seq 1 200); do
        size=$(stat -c %s "$file" 2>/dev/null || echo 0)
        if [ "$size" = "$last" ]; then
            stable=$((stable + 1))
            # 0.1 s per tick
            if [ "$stable" -ge "$(printf '%.0f' "$(echo "$quiet * 10" | bc)")" ]; then return 0; fi
        else
            stable=0; last=$size
        fi
        sleep 0.1
    done
    echo "warning: $file still growing" >&2
}

# rec_start SESSION COMMAND...: start COMMAND (via sh -c) in an 80x24 pane with
# TERM=xterm-256color, recording its output to $WORK/SESSION.raw from its first byte.
rec_start() {
    local s=$1; shift
    rm -f "$WORK/$s.raw" "$WORK/$s.go"
    $T kill-session -t "$s" 2>/dev/null
    $T new-session -d -x 80 -y 24 -s "$s" \
        "cd $WORK; while [ ! -e $WORK/$s.go ]; do sleep 0.05; done; exec env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME=$WORK/home $*"
    $T pipe-pane -o -t "$s" "cat >> $WORK/$s.raw"
    touch "$WORK/$s.go"
    sleep 0.3
    wait_stable "$WORK/$s.raw" 1.0
}

# rec_keys SESSION KEYS...: send keys (tmux send-keys syntax) and wait for the output to settle.
rec_keys() {
    local s=$1; shift
    $T send-keys -t "$s" "$@"
    sleep 0.2
    wait_stable "$WORK/$s.raw"
}

# rec_snap SESSION NAME: the bytes so far become golden NAME.bin (a prefix of the session,
# so every screen is reproducible from a fresh terminal).
rec_snap() {
    local s=$1 name=$2
    cp "$WORK/$s.raw" "$OUT/$name.bin"
    $T capture-pane -p -t "$s" > "$WORK/$name.live-tmux.txt"
    echo "$name" >> "$WORK/names.txt"
    echo "recorded $name ($(stat -c %s "$OUT/$name.bin") bytes)"
}

rec_stop() {
    $T pipe-pane -t "$1"
    $T kill-session -t "$1" 2>/dev/null
}

pane_has() { $T capture-pane -p -t "$1" | grep -q "$2"; }

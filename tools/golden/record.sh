#!/usr/bin/env bash
# Record the golden byte streams (NAME.bin) at 80x24 with TERM=xterm-256color.
# Needs: tmux, vttest, vim, less, htop, git, bash (Debian packages). Not run by CI.
# Usage: tools/golden/record.sh [GROUP...]  (writes emulator/src/test/resources/golden/*.bin)
#        GROUP: vttest vttest-bce vttest-more vim less htop git bash unicode man (default: all)
# Then:  tools/golden/expected.sh [NAME...]  (xterm + tmux expected screens)
set -u
cd "$(dirname "$0")/../.."
export OUT=$PWD/emulator/src/test/resources/golden
export WORK=/tmp/weft-golden
rm -rf "$WORK"; mkdir -p "$WORK/home" "$OUT"
: > "$WORK/names.txt"
. tools/golden/lib.sh
WANT=("$@")
want() { [ ${#WANT[@]} -eq 0 ] || [[ " ${WANT[*]} " == *" $1 "* ]]; }

# Walk a vttest menu: snap every "Push <RETURN>" screen until vttest is back at a menu.
vttest_walk() {
    local s=$1 prefix=$2 n=1
    while ! pane_has "$s" 'Enter choice number'; do
        rec_snap "$s" "$(printf '%s-%02d' "$prefix" "$n")"
        n=$((n + 1))
        [ $n -gt 30 ] && { echo "too many screens in $prefix" >&2; break; }
        rec_keys "$s" Enter
    done
}

vttest_menu() {   # vttest_menu PREFIX CHOICE...  (last choice opens the screens to walk)
    local prefix=$1; shift
    rec_start vt vttest
    local c
    for c in "$@"; do rec_keys vt "$c" Enter; done
    vttest_walk vt "$prefix"
    rec_stop vt
}

# vttest_tree PREFIX CHOICE...: like vttest_menu, but when the last choice opens another menu,
# record each of its entries (recursively, two levels at most).
vttest_tree() {
    local prefix=$1; shift
    rec_start vt vttest
    local c
    for c in "$@"; do rec_keys vt "$c" Enter; done
    if pane_has vt 'Enter choice number'; then
        local items
        items=$($T capture-pane -p -t vt | sed -n 's/^ *\([1-9][0-9]*\)[.*] .*/\1/p')
        rec_stop vt
        [ $# -ge 5 ] && { echo "menu $prefix is too deep" >&2; return; }
        local i
        for i in $items; do vttest_tree "$prefix-$i" "$@" "$i"; done
    else
        vttest_walk vt "$prefix"
        rec_stop vt
    fi
}

if want vttest; then
    vttest_menu vttest-1 1
    vttest_menu vttest-2 2
    vttest_menu vttest-3 3
    vttest_menu vttest-8 8
    # Menu 11 (non-VT100) is a tree of submenus: record the leaves of 11.5, 11.6 and 11.7
    # (11.6.6 and 11.6.7 are submenus again: group vttest-bce; 11.7.1 is one too: not recorded).
    for i in 1 2 3 4 5 6 7 8 9; do vttest_menu vttest-11-5-$i 11 5 $i; done
    for i in 2 3 4 5 8 9; do vttest_menu vttest-11-6-$i 11 6 $i; done
    for i in 2 3 4 5 6; do vttest_menu vttest-11-7-$i 11 7 $i; done
fi
if want vttest-more; then
    # VT220-VT420 and xterm tests a multiplexer meets: VT220 screen-display functions, soft reset
    # (DECSTR), VT420 editing (DECIC/DECDC/DECBI/DECFI...; entries 1-5 of 11.3.3 only toggle
    # options), the alternate screen (entries 1-2 of 11.8.7 are options too).
    vttest_tree vttest-11-1-2 11 1 2
    vttest_menu vttest-11-1-6 11 1 6
    for i in 6 7 8 9 10 11 12 13; do vttest_menu vttest-11-3-3-$i 11 3 3 $i; done
    for i in 3 4 5; do vttest_menu vttest-11-8-7-$i 11 8 7 $i; done
fi
if want vttest-bce; then
    # 11.6.6: cursor movements, screen features, insert/delete with background colour erase;
    # 11.6.7: REP, SD, SL, SR, SU with BCE.
    for i in 1 2 3; do vttest_menu vttest-11-6-6-$i 11 6 6 $i; done
    for i in 2 3 4 5 6; do vttest_menu vttest-11-6-7-$i 11 6 7 $i; done
fi

# A small C file for vim (syntax colour) and less.
mkdir -p "$WORK/src"
if want vim || want less; then
cat > "$WORK/src/hello.c" <<'C'
/* A tiny program for golden screens. */
#include <stdio.h>
#include <string.h>

#define GREETING "hello, world"

struct point { int x, y; };

static int square(int v) {
    return v * v;   // squares
}

int main(int argc, char **argv) {
    struct point p = { 3, 4 };
    for (int i = 0; i < argc; i++) {
        printf("%d: %s\n", i, argv[i]);
    }
    if (strlen(GREETING) > 5 && square(p.x) + square(p.y) == 25) {
        puts(GREETING);
    }
    return 0;
}
C
seq -f 'line %g of a file shown by less; the quick brown fox jumps over the lazy dog' 1 60 > "$WORK/src/lines.txt"
fi

if want vim; then
rec_start vim "vim -N -u NONE -i NONE -c 'filetype on' -c 'syntax on' -c 'set number ruler laststatus=2 hlsearch' src/hello.c"
rec_snap vim vim-open
rec_keys vim /square Enter
rec_snap vim vim-search
rec_keys vim 12G o 'int unused = 0\;' Escape
rec_snap vim vim-edit
rec_keys vim :q! Enter
rec_stop vim
# A 256-colour scheme with a background colour: every erase must fill with it (BCE).
rec_start vim256 "vim -N -u NONE -i NONE -c 'set t_Co=256' -c 'filetype on' -c 'syntax on' -c 'colorscheme habamax' -c 'set number cursorline laststatus=2' src/hello.c"
rec_keys vim256 8G
rec_snap vim256 vim-habamax
rec_keys vim256 :q! Enter
rec_stop vim256
fi

if want less; then
rec_start less "less src/lines.txt"
rec_snap less less-open
rec_keys less /fox Enter
rec_snap less less-search
rec_keys less G
rec_snap less less-end
rec_keys less q
rec_stop less
fi

# htop's main screen changes every second; its help screen is stable (version, keys, colours).
if want htop; then
rec_start htop "htop -d 600"
rec_keys htop h
rec_snap htop htop-help
rec_keys htop q
rec_keys htop q
rec_stop htop
fi

# A git repository with fixed names and dates, so `git log` output is reproducible.
if want git; then
(
    cd "$WORK/src" && rm -rf repo && mkdir repo && cd repo
    export GIT_AUTHOR_NAME='Ada Lovelace' GIT_AUTHOR_EMAIL=ada@example.org
    export GIT_COMMITTER_NAME='Ada Lovelace' GIT_COMMITTER_EMAIL=ada@example.org
    export HOME=$WORK/home GIT_CONFIG_NOSYSTEM=1
    git init -q -b main
    d=0
    commit() { d=$((d + 1)); echo "$1" > "file$d.txt"; git add "file$d.txt"
        GIT_AUTHOR_DATE="2024-01-0$d 10:00:00 +0000" GIT_COMMITTER_DATE="2024-01-0$d 10:00:00 +0000" git commit -q -m "$1"; }
    commit "Initial commit"
    commit "Add the parser"
    git checkout -q -b feature
    commit "Feature: colours"
    commit "Feature: wide characters ü 漢字"
    git checkout -q main
    commit "Fix the grid resize"
    GIT_AUTHOR_DATE="2024-01-08 10:00:00 +0000" GIT_COMMITTER_DATE="2024-01-08 10:00:00 +0000" \
        git merge -q --no-ff -m "Merge branch 'feature'" feature
    git tag v0.1
)
rec_start git "sh -c 'cd src/repo && git --no-pager log --color=always --graph --decorate --all --date=iso --format=\"%C(yellow)%h%C(reset) %C(bold blue)%ad%C(reset)%C(auto)%d%C(reset) %s %C(dim)<%an>\"; echo; git --no-pager log --color=always --stat -1; exec sleep 600'"
rec_snap git git-log
rec_stop git
fi

# bash with a coloured prompt, ls colours, a wrapped long line and scrolling.
if want bash; then
mkdir -p "$WORK/src/dir/sub"; touch "$WORK/src/dir/file.txt"; printf '#!/bin/sh\n' > "$WORK/src/dir/run.sh"; chmod +x "$WORK/src/dir/run.sh"; ln -sf file.txt "$WORK/src/dir/link"
rec_start bash "env -i HOME=$WORK/home TERM=xterm-256color LANG=C.UTF-8 PS1='\\[\\e[1;32m\\]ada@weft\\[\\e[0m\\]:\\[\\e[1;34m\\]\\w\\[\\e[0m\\]\\$ ' bash --norc --noprofile"
rec_keys bash 'cd src/dir && ls -l --color=always --time-style=+ | cut -c1-11,40-' Enter
rec_keys bash 'ls --color=always' Enter
rec_keys bash 'seq 1 12' Enter
rec_keys bash 'echo "a long line that wraps: $(printf "%s" 0123456789{a..i})"' Enter
rec_keys bash 'printf "\033[3mitalic\033[0m \033[9mstrike\033[0m \033[38;5;208morange\033[0m \033[38;2;10;200;30mrgb\033[0m \033[48;5;24mbg24\033[0m\n"' Enter
rec_snap bash bash-prompt
rec_stop bash
fi

$T kill-server 2>/dev/null
# Wide (CJK, emoji), combining and box-drawing characters, and wide characters at the right
# margin, where they must wrap whole.
if want unicode; then
cat > "$WORK/src/unicode.txt" <<'U'
Wide: 漢字かなカナ한국어 全角ＡＢＣ | Emoji: 🙂🚀✅ | Combining: é à ñ Z̵
Box: ┌─┬─┐ │a│b│ ├─┼─┤ └─┴─┘ ═══ ║ ╔╗╚╝ Blocks: ▁▂▃▄▅▆▇█ ░▒▓ Arrows: ←↑→↓ ⇐⇒ Math: ∀∃∈∑√∞≠≤≥
U
python3 - "$WORK/src/unicode.txt" <<'PY'
import sys
p = sys.argv[1]
t = open(p, encoding="utf-8").read().replace("\\u0301", "\u0301").replace("\\u0300", "\u0300")
t = t.replace("\\u0303", "\u0303").replace("\\u0335", "\u0335")
# 79 ASCII cells then a wide character: it does not fit in column 80 and must wrap.
t += "x" * 79 + "漢字\n" + "y" * 78 + "漢字\n" + "Greek: αβγδ Cyrillic: жщы Hebrew: שלום Thai: สวัสดี Devanagari: नमस्ते\n"
open(p, "w", encoding="utf-8").write(t)
PY
rec_start unicode "sh -c 'cat src/unicode.txt; exec sleep 600'"
rec_snap unicode unicode-cat
rec_stop unicode
fi

if want man; then
rec_start man "env MANPAGER='less' MANWIDTH=80 man ls"
rec_snap man man-ls
rec_keys man q
rec_stop man
fi

recorded=$(wc -l < "$WORK/names.txt")
# Keep the screens of groups not recorded this time.
if [ ${#WANT[@]} -gt 0 ] && [ -f "$OUT/screens.txt" ]; then cat "$OUT/screens.txt" >> "$WORK/names.txt"; fi
sort -u "$WORK/names.txt" > "$OUT/screens.txt"
echo "recorded $recorded screens; $(wc -l < "$OUT/screens.txt") in screens.txt"

package dev.weft.server;

/** A resolved tmux-style target: the session, and the tab and pane it names (or the active ones). */
record Target(Session session, Tab tab, Pane pane) {}

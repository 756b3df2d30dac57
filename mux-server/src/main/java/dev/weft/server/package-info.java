/**
 * The weft mux server: sessions, tabs, pane trees and PTYs, served over a unix socket.
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li>{@link dev.weft.server.MuxServer} - start-up (socket dir, lock, live/stale check, bind),
 *       exit (first-session wait, last session ended, kill-server, shutdown).</li>
 *   <li>{@code Mux} - the model under one lock: {@code Session} holds {@code Tab}s by index (active
 *       and last tab), a tab holds a {@code LayoutTree} of places, the pane in each place, the
 *       active and last pane and the zoom flag; a {@code Pane} owns a pty4j process and a
 *       {@code PaneScreen} (the emulator plus change listeners and input bookkeeping). The mux
 *       also holds the live {@code Options} and {@code KeyTables}.</li>
 *   <li>Commands - {@code RunCommand} goes to {@code Commands} (name, alias or unique prefix),
 *       flags are parsed by {@code Args} (getopt, tmux's messages), and one class per command
 *       ({@code SplitWindowCommand} ...) changes the model under the lock through a
 *       {@code CommandContext} (tmux's current state: -t, else the context pane, else the
 *       caller's session, else the most recent). {@code FormatContext} gives format variables to
 *       display-message, list-* -F and the {@code StatusLine}.</li>
 *   <li>{@code ClientConnection} - one per connection on its netty event loop: handshake,
 *       requests, and frames through one {@code PaneSync} per visible pane.</li>
 * </ul>
 *
 * <h2>Decisions (where tmux, WezTerm and the brief left room)</h2>
 * <ul>
 *   <li>Frames are diffs against the last <em>acknowledged</em> frame, at most two in flight per
 *       (client, pane); a full frame after attach or whenever the pane's size differs from the
 *       acknowledged frame's. The frame sequence number is per (client, pane), not the emulator's.</li>
 *   <li>Input serials are per client: a frame tells each client about its own input.
 *       "Consumed" is recorded as the input is written to the PTY, "echoed" when any output is
 *       read after that (mosh's heuristic).</li>
 *   <li>Unnamed sessions are numbered by session id, skipping taken names (tmux). ':' and '.'
 *       in names become '_' (tmux). Session names in targets match exactly, else as a unique
 *       prefix (tmux); {@code $ID} names a session by id.</li>
 *   <li>Every client's size counts, read-only ones too; the latest resize wins (tmux's default).</li>
 *   <li>Killing panes: SIGHUP (as a closing terminal), SIGKILL after half a second.</li>
 *   <li>A pane closes when its output ends or at most one second after its process exits.</li>
 *   <li>capture-pane -J keeps wrapped rows whole and joins them, but trims the group's last row:
 *       the emulator does not know which blank cells were written, as tmux's grid does.</li>
 *   <li>Commands (issue 4), where tmux and the brief left room: new-window without an index takes
 *       the first free index after the current tab (the brief; tmux takes the first free from
 *       base-index). A tab's layout tree is over places, not pane ids, so swap-pane can exchange
 *       panes of different tabs and join-pane can move a pane anywhere. Options are server-wide
 *       (set -g/-s/-w all mean the same). A message or client-only command run by an attached
 *       client goes to that client; run from elsewhere, to every client of the target session.
 *       detach-client -t/-s names a session (weft clients have no names). Errors are tmux's words
 *       ({@code can't find pane: 7}, {@code unknown command: foo}, {@code no space for new pane});
 *       flag errors add the usage line on the same line.</li>
 *   <li>The status line is expanded on the server for each client: at once after any change to
 *       the model or options, and on the 500 ms tick when anything but the clock changed
 *       (titles, automatic names); a change only the clock made waits for status.interval.</li>
 *   <li>Automatic rename: every 500 ms the active pane's foreground process is read
 *       ({@code tcgetpgrp} on the PTY master, {@code /proc/PGID/comm}); a tab whose name was not
 *       set by rename-window/-n takes it when two checks in a row agree, so a command that runs
 *       for a moment ({@code clear}, {@code stty}) does not flicker through the status line.</li>
 *   <li>A context pane sent by a client attached to that pane's session means "this client's
 *       current pane": the session's active pane is used (keys typed faster than state arrives
 *       must not act on a replaced pane).</li>
 *   <li>{@code <socket>.lock} (flock) is held for the server's life so two servers starting at
 *       once cannot both bind; it is left in place on exit.</li>
 * </ul>
 */
package dev.weft.server;

/**
 * The weft mux server: sessions, tabs, pane trees and PTYs, served over a unix socket.
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li>{@link dev.weft.server.MuxServer} - start-up (socket dir, lock, live/stale check, bind),
 *       exit (first-session wait, last session ended, kill-server, shutdown).</li>
 *   <li>{@code Mux} - the model under one lock: {@code Session} holds {@code Tab}s, a tab holds a
 *       {@code PaneNode} tree (leaves only for now), a {@code Pane} owns a pty4j process and a
 *       {@code PaneScreen} (the emulator plus change listeners and input bookkeeping).</li>
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
 *   <li>{@code <socket>.lock} (flock) is held for the server's life so two servers starting at
 *       once cannot both bind; it is left in place on exit.</li>
 * </ul>
 */
package dev.weft.server;

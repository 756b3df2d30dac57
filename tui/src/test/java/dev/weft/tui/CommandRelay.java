package dev.weft.tui;

import dev.weft.protocol.Pdu;
import dev.weft.protocol.netty.PduFrameDecoder;
import dev.weft.protocol.netty.PduFrameEncoder;
import dev.weft.protocol.netty.UnixSockets;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A real unix socket in front of the real server: every PDU is passed on both ways, except the
 * {@link Pdu.RunCommand}s the test scripts, which it answers itself (and may push PDUs such as
 * {@link Pdu.ShowMessage} or {@link Pdu.ClientSettings} to the client first). So the TUI runs
 * against the real server for sessions, panes and input, while the commands the server does not
 * carry out yet can be answered as the server will. Every command seen is recorded.
 */
final class CommandRelay implements AutoCloseable {
    /** A scripted answer: PDUs pushed to the client, then the output, or the error when not null. */
    record Answer(List<Pdu> push, String output, String error) {
        static Answer output(String text, Pdu... push) {
            return new Answer(List.of(push), text, null);
        }

        static Answer error(String message) {
            return new Answer(List.of(), null, message);
        }
    }

    private final EventLoopGroup group = UnixSockets.newEventLoopGroup(2, "relay", true);
    private final EventLoopGroup upstreamGroup = UnixSockets.newEventLoopGroup(1, "relay-up", true);
    private final Channel listener;
    private final Path upstream;
    private final List<Channel> clients = new CopyOnWriteArrayList<>();
    final List<List<String>> commands = new CopyOnWriteArrayList<>();
    /** argv to a scripted answer, or null to let the server answer. */
    volatile Function<List<String>, Answer> script = argv -> null;

    CommandRelay(Path socket, Path upstream) throws IOException {
        this.upstream = upstream;
        this.listener = UnixSockets.bind(group, group, socket, new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
                ch.pipeline().addLast(new PduFrameDecoder(), new PduFrameEncoder(), new ClientSide());
            }
        });
    }

    /** Send a PDU to every client connection (the attached TUI among them). */
    void push(Pdu pdu) {
        for (Channel c : clients) {
            c.writeAndFlush(pdu);
        }
    }

    private final class ClientSide extends SimpleChannelInboundHandler<Pdu> {
        private Channel server;
        private final List<Pdu> early = new ArrayList<>();

        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            Channel client = ctx.channel();
            clients.add(client);
            client.config().setAutoRead(false);
            // connect off the event loops: UnixSockets.connect waits for the connection
            java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    Channel s = UnixSockets.connect(upstreamGroup, upstream, new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline().addLast(new PduFrameDecoder(), new PduFrameEncoder(),
                                    new SimpleChannelInboundHandler<Pdu>() {
                                        @Override
                                        protected void channelRead0(ChannelHandlerContext up, Pdu pdu) {
                                            client.writeAndFlush(pdu);
                                        }

                                        @Override
                                        public void channelInactive(ChannelHandlerContext up) {
                                            client.close();
                                        }
                                    });
                        }
                    }, Duration.ofSeconds(10));
                    client.eventLoop().execute(() -> {
                        server = s;
                        early.forEach(s::writeAndFlush);
                        early.clear();
                        client.config().setAutoRead(true);
                    });
                } catch (IOException e) {
                    client.close();
                }
            });
            super.channelActive(ctx);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Pdu pdu) {
            if (pdu instanceof Pdu.RunCommand run) {
                commands.add(run.argv());
                Answer answer = script.apply(run.argv());
                if (answer != null) {
                    answer.push().forEach(ctx::write);
                    ctx.writeAndFlush(answer.error() != null
                            ? new Pdu.ErrorReply(run.requestId(), "command", answer.error())
                            : new Pdu.CommandOutput(run.requestId(), answer.output()));
                    return;
                }
            }
            if (server == null) {
                early.add(pdu);
            } else {
                server.writeAndFlush(pdu);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            clients.remove(ctx.channel());
            if (server != null) {
                server.close();
            }
        }
    }

    @Override
    public void close() {
        listener.close().syncUninterruptibly();
        for (Channel c : clients) {
            c.close();
        }
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
        upstreamGroup.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
    }
}

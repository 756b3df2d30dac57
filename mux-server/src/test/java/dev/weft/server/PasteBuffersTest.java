package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The paste buffer store as tmux 3.3a's paste.c behaves (checked against a real tmux), and its samples. */
class PasteBuffersTest {

    private static List<String> names(PasteBuffers b) {
        return b.newestFirst().stream().map(PasteBuffers.Buffer::name).toList();
    }

    @Test
    void automaticBuffersCountUpAndComeNewestFirst() throws Exception {
        PasteBuffers b = new PasteBuffers();
        b.add("hello", 50);
        b.add("world", 50);
        b.set("named", "xx", 50);
        b.add("again", 50);
        assertThat(names(b)).containsExactly("buffer2", "named", "buffer1", "buffer0");
        assertThat(b.top().data()).isEqualTo("again");
        assertThat(b.get("buffer0").data()).isEqualTo("hello");
        assertThat(b.get("buffer0").automatic()).isTrue();
        assertThat(b.get("named").automatic()).isFalse();
    }

    @Test
    void theOldestAutomaticBufferGoesAtTheLimitAndNamedOnesStay() throws Exception {
        PasteBuffers b = new PasteBuffers();
        b.set("keep", "k", 3);
        for (int i = 0; i < 5; i++) {
            b.add("data" + i, 3);
        }
        assertThat(names(b)).containsExactly("buffer4", "buffer3", "buffer2", "keep");
        // A smaller limit takes effect at the next automatic buffer, as tmux.
        b.add("data5", 1);
        assertThat(names(b)).containsExactly("buffer5", "keep");
    }

    @Test
    void namesAreNeverReusedAndATakenNameIsSkipped() throws Exception {
        PasteBuffers b = new PasteBuffers();
        b.set("buffer1", "mine", 50);
        b.add("a", 50);
        b.add("b", 50);
        assertThat(names(b)).containsExactly("buffer2", "buffer0", "buffer1");
        b.delete("buffer2");
        b.add("c", 50);
        assertThat(names(b)).containsExactly("buffer3", "buffer0", "buffer1");
    }

    @Test
    void settingANamedBufferAgainMakesItTheNewest() throws Exception {
        PasteBuffers b = new PasteBuffers();
        b.set("x", "one", 50);
        b.add("auto", 50);
        b.set("x", "two", 50);
        assertThat(names(b)).containsExactly("x", "buffer0");
        assertThat(b.top().data()).isEqualTo("two");
        assertThat(b.size()).isEqualTo(2);
    }

    @Test
    void emptyDataMakesNoBufferAndAnEmptyNameIsRefused() throws Exception {
        PasteBuffers b = new PasteBuffers();
        assertThat(b.add("", 50)).isNull();
        assertThat(b.set("n", "", 50)).isNull();
        assertThat(b.size()).isZero();
        assertThatThrownBy(() -> b.set("", "x", 50)).hasMessage("empty buffer name");
    }

    @Test
    void renameKeepsThePlaceAndMakesItNamed() throws Exception {
        PasteBuffers b = new PasteBuffers();
        b.add("first", 2);
        b.add("second", 2);
        b.rename("buffer0", "kept");
        assertThat(names(b)).containsExactly("buffer1", "kept");
        assertThat(b.get("kept").automatic()).isFalse();
        // kept no longer counts as automatic: two more automatic buffers leave it alone
        b.add("third", 2);
        b.add("fourth", 2);
        assertThat(names(b)).containsExactly("buffer3", "buffer2", "kept");
        assertThatThrownBy(() -> b.rename("kept", "buffer3")).hasMessage("buffer buffer3 already exists");
        assertThatThrownBy(() -> b.rename("nope", "x")).hasMessage("no buffer nope");
        assertThatThrownBy(() -> b.rename("kept", "")).hasMessage("new name is empty");
    }

    @Test
    void sizeIsUtf8BytesAndTooBigIsRefused() throws Exception {
        PasteBuffers b = new PasteBuffers();
        assertThat(b.add("héllo ✓ 日本 \uD83D\uDE00", 50).size()).isEqualTo(22);
        assertThat(PasteBuffers.utf8Length("héllo ✓ 日本 \uD83D\uDE00")).isEqualTo(22);
        assertThat(PasteBuffers.utf8Length("\uD83Dx")).isEqualTo(2); // a lone surrogate is written as '?'
        String big = "x".repeat(PasteBuffers.MAX_BYTES + 1);
        assertThatThrownBy(() -> b.add(big, 50)).hasMessageStartingWith("buffer too big: ");
    }

    /** The expected samples are what tmux 3.3a's list-buffers printed for the same data. */
    @Test
    void samplesAreTmuxs() {
        assertThat(BufferFormats.sample("a\tb\nc\\d\001e\u007f\"q")).isEqualTo("a\\tb\\nc\\\\d\\001e\\177\"q");
        assertThat(BufferFormats.sample("x\r\ny\033z")).isEqualTo("x\\r\\ny\\033z");
        assertThat(BufferFormats.sample("héllo wörld ✓ 日本")).isEqualTo("héllo wörld ✓ 日本");
        StringBuilder numbers = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            numbers.append(i).append(i < 100 ? " " : "");
        }
        assertThat(BufferFormats.sample(numbers.toString())).isEqualTo(numbers.substring(0, 200) + "...");
        assertThat(BufferFormats.sample("\001".repeat(60))).isEqualTo("\\001".repeat(50) + "...");
        assertThat(BufferFormats.sample("é".repeat(150))).isEqualTo("é".repeat(100) + "...");
        assertThat(BufferFormats.sample("\t".repeat(150))).isEqualTo("\\t".repeat(100) + "...");
        assertThat(BufferFormats.sample("\u0085x")).isEqualTo("\\302\\205x"); // a C1 control is not shown raw
        assertThat(BufferFormats.sample("a\0b\0" + "7")).isEqualTo("a\\0b\\0007");
    }

    @Test
    void bufferFormatVariables() throws Exception {
        PasteBuffers b = new PasteBuffers();
        PasteBuffers.Buffer buf = b.add("a\nb", 50);
        BufferFormats vars = new BufferFormats(buf, name -> name.equals("session_name") ? "s" : null);
        assertThat(vars.apply("buffer_name")).isEqualTo("buffer0");
        assertThat(vars.apply("buffer_size")).isEqualTo("3");
        assertThat(vars.apply("buffer_sample")).isEqualTo("a\\nb");
        assertThat(Long.parseLong(vars.apply("buffer_created"))).isCloseTo(System.currentTimeMillis() / 1000,
                org.assertj.core.data.Offset.offset(5L));
        assertThat(vars.apply("session_name")).isEqualTo("s");
        assertThat(new BufferFormats(buf, null).apply("session_name")).isNull();
    }
}

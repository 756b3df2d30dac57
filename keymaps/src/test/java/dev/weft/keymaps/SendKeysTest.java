package dev.weft.keymaps;

import static dev.weft.keymaps.Bytes.show;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendKeysTest {
    private static final KeyModes NORMAL = KeyModes.DEFAULT;

    @Test
    void keyNamesBecomeKeysAndOtherStringsText() {
        assertThat(show(SendKeys.encode(List.of("echo hi", "Enter"), false, NORMAL))).isEqualTo("echo hi\\x0d");
        assertThat(show(SendKeys.encode(List.of("C-c", "M-x", "Up", "F5"), false, NORMAL)))
                .isEqualTo("\\x03\\exa\\e[A\\e[15~".replace("a\\e[A", "\\e[A"));
        assertThat(show(SendKeys.encode(List.of("ls", "-la", "Space", "x-y"), false, NORMAL)))
                .isEqualTo("ls-la x-y");
    }

    @Test
    void keysFollowThePaneModes() {
        KeyModes app = new KeyModes(true, false, false, 0);
        assertThat(show(SendKeys.encode(List.of("Up"), false, app))).isEqualTo("\\eOA");
        KeyModes kitty = new KeyModes(false, false, false, 1);
        assertThat(show(SendKeys.encode(List.of("C-c", "Escape"), false, kitty))).isEqualTo("\\e[99;5u\\e[27u");
    }

    @Test
    void literalSendsEverythingAsText() {
        assertThat(show(SendKeys.encode(List.of("Enter", "C-c", "é"), true, NORMAL))).isEqualTo("EnterC-c\\xc3\\xa9");
    }

    @Test
    void singleCharactersAndEmptyArguments() {
        assertThat(show(SendKeys.encode(List.of("a", "", "é"), false, NORMAL))).isEqualTo("a\\xc3\\xa9");
        assertThat(SendKeys.encode(List.of(), false, NORMAL)).isEmpty();
    }

    @Test
    void nullArgumentIsAOneLineError() {
        assertThatThrownBy(() -> SendKeys.encode(Arrays.asList("a", null), false, NORMAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("\n");
    }
}

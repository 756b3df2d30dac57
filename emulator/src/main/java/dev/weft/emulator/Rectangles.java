package dev.weft.emulator;

/** Rectangular area operations (CSI ... $ x etc.): DECCRA, DECFRA, DECERA, DECSERA, DECCARA, DECRARA. */
final class Rectangles {
    private Rectangles() {}

    static void dispatch(Emulator e, CsiParams p, int f) {
        // Filled in after milestone 1.
    }
}

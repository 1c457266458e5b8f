package org.tradeworkbench.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work held back until a scene's next frame is out. */
public final class FxPulses {
    private FxPulses() {
    }

    /**
     * Runs {@code work} on the FX thread once the scene's next layout pulse is over, rendering included, so the
     * pulse after it shows what {@code work} changes. The listener removes itself (the scene keeps its
     * listeners in a copy-on-write list, so that is safe while they run).
     */
    public static void afterNextFrame(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}

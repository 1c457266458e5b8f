package org.tradeworkbench.ui.importing;

/**
 * Lets the user check an import before it happens. The app shows {@link ImportPreviewDialog}; tests accept
 * directly. Called on the FX thread; returns whether to import ({@link ImportPreviewViewModel#accept} sets Add or
 * Replace).
 */
@FunctionalInterface
public interface ImportReviewer {
    boolean review(ImportPreviewViewModel preview);

    /** Accepts every file with the mode it was opened with (for tests and scripted use). */
    static ImportReviewer acceptAll() {
        return p -> {
            p.accept(p.modeProperty().get());
            return true;
        };
    }
}

package org.tradeworkbench.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;

/** Loads a view's FXML (a resource beside the view's class) with the view itself as controller. */
public final class Fxml {
    private Fxml() {
    }

    /** Returns {@code controller} once its {@code @FXML} fields are injected. */
    public static <T> T load(T controller, String resource) {
        FXMLLoader loader = new FXMLLoader(controller.getClass().getResource(resource));
        loader.setController(controller);
        try {
            loader.load();
        } catch (IOException e) {
            // A missing or broken FXML file is a defect of the build, not something the user can fix.
            throw new UncheckedIOException("cannot load " + resource, e);
        }
        return controller;
    }
}

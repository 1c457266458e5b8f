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

    /**
     * Loads an {@code fx:root} FXML into {@code control}, which is both the root and the controller (for custom
     * controls such as a results table view); the resource lies beside {@code owner}. Returns {@code control}.
     */
    public static <T> T loadRoot(T control, Class<?> owner, String resource) {
        FXMLLoader loader = new FXMLLoader(owner.getResource(resource));
        loader.setRoot(control);
        loader.setController(control);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + resource, e);
        }
        return control;
    }
}

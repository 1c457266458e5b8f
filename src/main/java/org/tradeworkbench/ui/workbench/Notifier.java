package org.tradeworkbench.ui.workbench;

import org.tradeworkbench.core.data.DataException;

/**
 * Tells the user something: an error they can fix, or a short confirmation. The app shows errors as
 * notifications; tests record them. Never a stack trace.
 */
public interface Notifier {
    void info(String message);

    void error(String message);

    /** Shows a failure of background work as a readable sentence. */
    default void error(Throwable failure) {
        error(describe(failure));
    }

    /** The readable text for a failure: a {@link DataException}'s own message, otherwise the kind and message. */
    static String describe(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.lang.reflect.InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof DataException || t instanceof IllegalArgumentException) {
            return t.getMessage();
        }
        if (t instanceof java.io.IOException) {
            return "Could not read or write a file: " + t.getMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return "Not enough memory for this operation.";
        }
        String m = t.getMessage();
        return "Unexpected problem (" + t.getClass().getSimpleName() + ")" + (m == null ? "" : ": " + m);
    }
}

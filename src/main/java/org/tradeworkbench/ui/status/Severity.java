package org.tradeworkbench.ui.status;

/**
 * How a message a panel shows is meant: a hint says what to do next or what the data lack (nothing went wrong), a
 * warning says that part of a result is missing, an error says that something the user asked for failed. Each has
 * its own look ({@link #styleClass()}), so that a hint is never shown in error red.
 */
public enum Severity {
    HINT("message-hint", "\u2139"),
    WARNING("message-warning", "\u26a0"),
    ERROR("message-error", "\u2716");

    private final String styleClass;
    private final String badge;

    Severity(String styleClass, String badge) {
        this.styleClass = styleClass;
        this.badge = badge;
    }

    /** The CSS class of a label showing a message of this severity. */
    public String styleClass() {
        return styleClass;
    }

    /** The sign put before the message: an information sign, a warning sign, a cross. */
    public String badge() {
        return badge;
    }
}

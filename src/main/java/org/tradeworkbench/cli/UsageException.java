package org.tradeworkbench.cli;

/** Bad command-line usage; the CLI prints the message on one line and exits with status 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}

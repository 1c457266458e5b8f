package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.Set;

/** One headless command ({@code adf}, {@code ols}, ...). */
public interface Command {
    String name();

    /** One-line synopsis, shown by {@code help}. */
    String usage();

    /** Options that take no value, e.g. {@code json}, {@code no-constant}. */
    default Set<String> flags() {
        return Set.of("json");
    }

    /** Runs the command; returns the exit status. Throw {@link UsageException} or a DataException on bad input. */
    int run(Args args, PrintStream out) throws Exception;
}

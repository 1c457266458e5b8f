package org.tradeworkbench.core.script;

import java.util.List;
import java.util.Objects;

/**
 * One option of a command as {@code help COMMAND} lists it: its name (without the dashes), the value its usage
 * gives it ({@code EXPR}, {@code n|c|ct}; empty for a flag), and the fixed values it takes when the usage names
 * them ({@code n}, {@code c}, {@code ct}; empty when the value is free, such as a series or a number).
 */
public record CommandOption(String name, String value, boolean flag, List<String> choices) {
    public CommandOption {
        Objects.requireNonNull(name);
        Objects.requireNonNull(value);
        choices = List.copyOf(choices);
        if (name.isBlank() || name.startsWith("-")) {
            throw new IllegalArgumentException("an option name without its dashes, got \"" + name + "\"");
        }
    }

    /** As the help and the completion list show it: {@code --trend n|c|ct}, {@code --json}. */
    public String display() {
        return "--" + name + (value.isEmpty() ? "" : " " + value);
    }
}

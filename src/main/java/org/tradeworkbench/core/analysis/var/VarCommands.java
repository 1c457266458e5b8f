package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradeworkbench.core.commandlog.CommandLine;

/** The command lines that repeat the VAR tab's analyses headless ({@code varselect}, {@code var}, {@code irf}, ...). */
public final class VarCommands {
    private VarCommands() {
    }

    private static CommandLine.Builder model(String command, VarModel m) {
        CommandLine.Builder b = CommandLine.command(command).opt("vars", String.join(",", m.variables()))
                .opt("lags", m.lags()).opt("trend", m.trend().code());
        if (!m.exog().isEmpty()) {
            b.opt("exog", String.join(",", m.exog()));
        }
        return b;
    }

    public static CommandLine of(VarSelectSpec s) {
        CommandLine.Builder b = CommandLine.command("varselect").opt("vars", String.join(",", s.variables()))
                .opt("maxlags", s.maxLags()).opt("trend", s.trend().code());
        if (!s.exog().isEmpty()) {
            b.opt("exog", String.join(",", s.exog()));
        }
        return b.build();
    }

    public static CommandLine of(VarSpec s) {
        CommandLine.Builder b = model("var", s.model());
        if (s.residualLags() != null) {
            b.opt("residual-lags", s.residualLags());
        }
        return b.build();
    }

    public static CommandLine of(IrfSpec s) {
        CommandLine.Builder b = model("irf", s.model()).opt("horizon", s.horizon()).opt("kind", switch (s.kind()) {
            case ORTHOGONALISED -> "orth";
            case GENERALISED -> "girf";
            case UNIT -> "unit";
        });
        if (!s.order().isEmpty()) {
            b.opt("order", String.join(",", s.order()));
        }
        b.opt("bands", s.bands().name().toLowerCase(Locale.ROOT));
        if (s.bands() == IrfBands.BOOTSTRAP) {
            b.opt("draws", s.draws()).opt("seed", s.seed());
        }
        if (s.bands() != IrfBands.NONE && s.level() != IrfSpec.DEFAULT_LEVEL) {
            b.opt("level", s.level());
        }
        return b.build();
    }

    public static CommandLine of(FevdSpec s) {
        CommandLine.Builder b = model("fevd", s.model()).opt("horizon", s.horizon());
        if (!s.order().isEmpty()) {
            b.opt("order", String.join(",", s.order()));
        }
        if (s.bands() == IrfBands.BOOTSTRAP) {
            b.opt("bands", "bootstrap").opt("draws", s.draws()).opt("seed", s.seed());
            if (s.level() != IrfSpec.DEFAULT_LEVEL) {
                b.opt("level", s.level());
            }
        }
        return b.build();
    }

    public static CommandLine of(TodaYamamotoSpec s) {
        CommandLine.Builder b = model("toda-yamamoto", s.model());
        if (s.dMax() != null) {
            b.opt("dmax", s.dMax());
        }
        if (!s.causing().isEmpty()) {
            b.opt("cause", String.join(",", s.causing())).opt("effect", String.join(",", s.caused()));
        }
        return b.build();
    }

    public static CommandLine of(VecmSpec s) {
        CommandLine.Builder b = CommandLine.command("vecm").opt("vars", String.join(",", s.variables()))
                .opt("lags", s.lags()).opt("case", s.deterministic().code());
        if (s.rank() != null) {
            b.opt("rank", s.rank());
        }
        return b.build();
    }

    private static CommandLine.Builder vecmModel(String command, VecmSpec s) {
        CommandLine.Builder b = CommandLine.command(command).flag("vecm").opt("vars", String.join(",", s.variables()))
                .opt("lags", s.lags()).opt("case", s.deterministic().code());
        if (s.rank() != null) {
            b.opt("rank", s.rank());
        }
        return b;
    }

    public static CommandLine of(VecmIrfSpec s) {
        CommandLine.Builder b = vecmModel("irf", s.vecm()).opt("horizon", s.horizon()).opt("kind", switch (s.kind()) {
            case ORTHOGONALISED -> "orth";
            case GENERALISED -> "girf";
            case UNIT -> "unit";
        });
        if (!s.order().isEmpty()) {
            b.opt("order", String.join(",", s.order()));
        }
        return b.build();
    }

    public static CommandLine of(VecmFevdSpec s) {
        CommandLine.Builder b = vecmModel("fevd", s.vecm()).opt("horizon", s.horizon());
        if (!s.order().isEmpty()) {
            b.opt("order", String.join(",", s.order()));
        }
        return b.build();
    }

    /** Each of {@code specs} that has a command (null entries are skipped). */
    public static List<CommandLine> of(Object... specs) {
        List<CommandLine> out = new ArrayList<>();
        for (Object s : specs) {
            if (s instanceof VarSelectSpec v) {
                out.add(of(v));
            } else if (s instanceof VarSpec v) {
                out.add(of(v));
            } else if (s instanceof IrfSpec v) {
                out.add(of(v));
            } else if (s instanceof FevdSpec v) {
                out.add(of(v));
            } else if (s instanceof TodaYamamotoSpec v) {
                out.add(of(v));
            } else if (s instanceof VecmSpec v) {
                out.add(of(v));
            } else if (s instanceof VecmIrfSpec v) {
                out.add(of(v));
            } else if (s instanceof VecmFevdSpec v) {
                out.add(of(v));
            }
        }
        return out;
    }
}

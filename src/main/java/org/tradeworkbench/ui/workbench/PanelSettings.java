package org.tradeworkbench.ui.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tradeworkbench.core.figures.FigureChoices;

/**
 * The settings of a session's panels and figures as a workbench file keeps them. Each panel's view model
 * registers how to save and restore its settings when it is built; settings restored before a panel is built
 * (its tab not shown yet) wait here and are applied when it registers, and are saved as they are until then, so
 * nothing of a workbench is lost by not visiting a tab.
 */
public final class PanelSettings {
    /**
     * How a panel saves its settings as plain JSON values (strings, numbers, booleans, lists, maps) and restores
     * them (keys that are missing or not understood leave the setting as it is).
     */
    private record Panel(Supplier<Map<String, Object>> save, Consumer<Map<String, Object>> restore) {
    }

    private final Map<String, Panel> panels = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> pending = new LinkedHashMap<>();
    private Supplier<Map<String, FigureChoices>> figureSaver;
    private Consumer<Map<String, FigureChoices>> figureRestorer;
    private Map<String, FigureChoices> pendingFigures = Map.of();

    /** Registers a panel (replacing one of the same id) and applies settings restored for it before. */
    public void register(String id, Supplier<Map<String, Object>> save, Consumer<Map<String, Object>> restore) {
        panels.put(id, new Panel(save, restore));
        Map<String, Object> waiting = pending.remove(id);
        if (waiting != null) {
            restore.accept(waiting);
        }
    }

    /** Registers the Figures tab's choices of every figure (by figure id). */
    public void registerFigures(Supplier<Map<String, FigureChoices>> save, Consumer<Map<String, FigureChoices>> restore) {
        figureSaver = save;
        figureRestorer = restore;
        if (!pendingFigures.isEmpty()) {
            restore.accept(pendingFigures);
            pendingFigures = Map.of();
        }
    }

    /** Every panel's settings by panel id, for saving. */
    public Map<String, Map<String, Object>> capture() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>(pending);
        panels.forEach((id, p) -> out.put(id, p.save().get()));
        return out;
    }

    public Map<String, FigureChoices> captureFigures() {
        return figureSaver == null ? pendingFigures : figureSaver.get();
    }

    /** Restores saved settings: at once for the panels built, when they are built for the others. */
    public void restore(Map<String, Map<String, Object>> saved, Map<String, FigureChoices> figures) {
        pending.clear();
        saved.forEach((id, settings) -> {
            Panel p = panels.get(id);
            if (p != null) {
                p.restore().accept(settings);
            } else {
                pending.put(id, settings);
            }
        });
        if (figureRestorer != null) {
            figureRestorer.accept(figures);
        } else {
            pendingFigures = Map.copyOf(figures);
        }
    }

    // ---- reading plain JSON values ----

    public static Boolean bool(Map<String, Object> m, String key) {
        return m.get(key) instanceof Boolean b ? b : null;
    }

    public static Integer integer(Map<String, Object> m, String key) {
        return m.get(key) instanceof Number n ? n.intValue() : null;
    }

    public static String text(Map<String, Object> m, String key) {
        return m.get(key) instanceof String s ? s : null;
    }

    /** The enum constant named by the value, or null when absent or unknown (a newer version's choice). */
    public static <E extends Enum<E>> E choice(Map<String, Object> m, String key, Class<E> type) {
        String s = text(m, key);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        return null;
    }

    /** The list of maps under {@code key}; entries that are not maps are skipped. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof List<?> l)) {
            return List.of();
        }
        return l.stream().filter(x -> x instanceof Map).map(x -> (Map<String, Object>) x).toList();
    }

    /** Sets a property from a saved value when there is one. */
    public static <T> void ifPresent(T value, Consumer<T> set) {
        if (value != null) {
            set.accept(value);
        }
    }
}

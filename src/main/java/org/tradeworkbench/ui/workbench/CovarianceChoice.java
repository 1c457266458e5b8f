package org.tradeworkbench.ui.workbench;

import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.HacBandwidth;
import org.tradeworkbench.core.stats.ols.HacSettings;

/**
 * The covariance controls the Regression and Causality tabs share: the type (classical, HC0-HC3, HAC kernels),
 * the HAC lags (by rule or fixed), the bandwidth rule, prewhitening and the small-sample factor; how they are
 * saved in a tab's settings and set from a saved spec.
 */
public final class CovarianceChoice {
    private final ObjectProperty<CovarianceType> covariance = new SimpleObjectProperty<>(this, "covariance",
            CovarianceType.CLASSICAL);
    private final BooleanProperty autoHacLags = new SimpleBooleanProperty(this, "autoHacLags", true);
    private final IntegerProperty hacLags = new SimpleIntegerProperty(this, "hacLags", 2);
    private final ObjectProperty<HacBandwidth> hacBandwidth = new SimpleObjectProperty<>(this, "hacBandwidth",
            HacBandwidth.FIXED);
    private final BooleanProperty hacPrewhite = new SimpleBooleanProperty(this, "hacPrewhite", false);
    private final BooleanProperty hacAdjust = new SimpleBooleanProperty(this, "hacAdjust", false);

    /** Every control, for the tab's re-run listener. */
    public List<Observable> observables() {
        return List.of(covariance, autoHacLags, hacLags, hacBandwidth, hacPrewhite, hacAdjust);
    }

    /** Writes the controls into a tab's settings under their property names. */
    public void save(Map<String, Object> m) {
        m.put("covariance", covariance.get().name());
        m.put("autoHacLags", autoHacLags.get());
        m.put("hacLags", hacLags.get());
        m.put("hacBandwidth", hacBandwidth.get().name());
        m.put("hacPrewhite", hacPrewhite.get());
        m.put("hacAdjust", hacAdjust.get());
    }

    /** Reads the settings {@link #save} wrote; missing ones stay as they are. */
    public void restore(Map<String, Object> m) {
        PanelSettings.ifPresent(PanelSettings.choice(m, "covariance", CovarianceType.class), covariance::set);
        PanelSettings.ifPresent(PanelSettings.bool(m, "autoHacLags"), autoHacLags::set);
        PanelSettings.ifPresent(PanelSettings.integer(m, "hacLags"), hacLags::set);
        PanelSettings.ifPresent(PanelSettings.choice(m, "hacBandwidth", HacBandwidth.class), hacBandwidth::set);
        PanelSettings.ifPresent(PanelSettings.bool(m, "hacPrewhite"), hacPrewhite::set);
        PanelSettings.ifPresent(PanelSettings.bool(m, "hacAdjust"), hacAdjust::set);
    }

    /** Sets the controls to a spec's choice; {@code lags} below 0 means the rule. */
    public void apply(CovarianceType type, int lags, HacSettings hac) {
        covariance.set(type);
        autoHacLags.set(lags < 0);
        if (lags >= 0) {
            hacLags.set(lags);
        }
        hacBandwidth.set(hac.bandwidth());
        hacPrewhite.set(hac.prewhite());
        hacAdjust.set(hac.adjust());
    }

    /** The HAC lags of a spec: -1 for the rule or an automatic bandwidth, else the fixed lags. */
    public int specLags() {
        return autoHacLags.get() || bandwidth() != HacBandwidth.FIXED ? -1 : hacLags.get();
    }

    /** The bandwidth rule, fixed when none is chosen. */
    public HacBandwidth bandwidth() {
        return hacBandwidth.get() == null ? HacBandwidth.FIXED : hacBandwidth.get();
    }

    public HacSettings hacSettings() {
        return new HacSettings(bandwidth(), hacPrewhite.get(), hacAdjust.get());
    }

    public ObjectProperty<CovarianceType> covarianceProperty() {
        return covariance;
    }

    /** HAC lags by the rule floor(4 (n/100)^(2/9)); else {@link #hacLagsProperty()}. */
    public BooleanProperty autoHacLagsProperty() {
        return autoHacLags;
    }

    public IntegerProperty hacLagsProperty() {
        return hacLags;
    }

    /** The HAC bandwidth rule: fixed (the lags), Newey-West (1994) or Andrews (1991). */
    public ObjectProperty<HacBandwidth> hacBandwidthProperty() {
        return hacBandwidth;
    }

    /** VAR(1) prewhitening of the scores before the HAC smoothing. */
    public BooleanProperty hacPrewhiteProperty() {
        return hacPrewhite;
    }

    /** The HAC small-sample factor n/(n - k). */
    public BooleanProperty hacAdjustProperty() {
        return hacAdjust;
    }
}

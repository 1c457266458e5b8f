package org.tradeworkbench.ui.workbench;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.util.StringConverter;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.HacBandwidth;

/**
 * Binds a tab's covariance controls to a {@link CovarianceChoice}: the type box, the HAC rows shown only for a HAC
 * covariance, the lags (disabled under the rule or an automatic bandwidth), the bandwidth rule, prewhitening and
 * the small-sample factor. The Regression and Causality tabs each keep one.
 */
public final class CovarianceControls {
    // Kept so the spinner's bidirectional binding (which holds weak references) stays alive.
    private final ObjectProperty<Integer> hacLagsValue;

    public CovarianceControls(CovarianceChoice choice, ComboBox<CovarianceType> covariance, Node hacRow,
                              Node hacAutoRow, CheckBox autoHacLags, Spinner<Integer> hacLags,
                              ComboBox<HacBandwidth> hacBandwidth, CheckBox hacPrewhite, CheckBox hacAdjust) {
        covariance.getItems().setAll(CovarianceType.values());
        covariance.setConverter(labels(CovarianceType::label, covariance));
        covariance.valueProperty().bindBidirectional(choice.covarianceProperty());
        hacRow.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> choice.covarianceProperty().get() != null && choice.covarianceProperty().get().isHac(),
                choice.covarianceProperty()));
        hacRow.managedProperty().bind(hacRow.visibleProperty());
        hacAutoRow.visibleProperty().bind(hacRow.visibleProperty());
        hacAutoRow.managedProperty().bind(hacRow.visibleProperty());
        autoHacLags.selectedProperty().bindBidirectional(choice.autoHacLagsProperty());
        hacLags.setValueFactory(new IntegerSpinnerValueFactory(0, 24, choice.hacLagsProperty().get()));
        hacLagsValue = choice.hacLagsProperty().asObject();
        hacLags.getValueFactory().valueProperty().bindBidirectional(hacLagsValue);
        hacBandwidth.getItems().setAll(HacBandwidth.values());
        hacBandwidth.setConverter(labels(HacBandwidth::label, hacBandwidth));
        hacBandwidth.valueProperty().bindBidirectional(choice.hacBandwidthProperty());
        hacPrewhite.selectedProperty().bindBidirectional(choice.hacPrewhiteProperty());
        hacAdjust.selectedProperty().bindBidirectional(choice.hacAdjustProperty());
        BooleanBinding automatic = choice.hacBandwidthProperty().isNotEqualTo(HacBandwidth.FIXED);
        hacLags.disableProperty().bind(choice.autoHacLagsProperty().or(automatic));
        autoHacLags.disableProperty().bind(automatic);
    }

    private static <T> StringConverter<T> labels(Function<T, String> label, ComboBox<T> box) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return box.getItems().stream().filter(t -> label.apply(t).equals(s)).findFirst().orElse(null);
            }
        };
    }
}

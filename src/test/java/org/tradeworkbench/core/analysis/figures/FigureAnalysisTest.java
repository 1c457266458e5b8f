package org.tradeworkbench.core.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.figures.FigureChoices;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.PaperFigure;
import org.tradeworkbench.core.figures.PaperFigures;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.task.ProgressReporter;

/** A chart as an analysis: its request reads back from JSON, its report holds the numbers the chart draws. */
class FigureAnalysisTest {

    @Test
    void figure1FromTheBundledDataHoldsTheQuotedBalances() throws Exception {
        var data = PaperData.bundledSample();
        FigureReport r = new FigureAnalysis().run(new FigureRequest("1",
                PaperFigures.defaultChoices(PaperFigure.FIGURE_1, data)), data, ProgressReporter.NONE);
        assertThat(r.chart().isEmpty()).isFalse();
        assertThat(r.title()).startsWith("Figure 1.");
        Map<String, Object> json = r.toJson();
        assertThat(json.get("figure")).isEqualTo("1");
        assertThat((List<?>) json.get("series")).isNotEmpty();
        assertThat(json.get("empty")).isNull();
        assertThat(r.tables()).hasSize(1);
        assertThat(r.tables().get(0).rows()).isNotEmpty();
    }

    @Test
    void aChartWithNothingToDrawSaysWhyInEveryForm() throws Exception {
        FigureReport r = new FigureAnalysis().run(new FigureRequest("general", null), PaperData.bundledSample(),
                ProgressReporter.NONE);
        assertThat(r.chart().isEmpty()).isTrue();
        assertThat((String) r.toJson().get("empty")).contains("No variable is selected");
        assertThat(r.tables().get(0).rows().get(0).get(0).text()).contains("No variable is selected");
    }

    @Test
    void theRequestReadsBackFromJsonAndNamesABadFigure() {
        FigureRequest q = new FigureRequest("general", FigureChoices.none().withVariables(List.of("a", "b"))
                .withKind(FigureKind.BAR).withBaseYear(2010).withRange(2004, 2018));
        assertThat(AnalysisJson.read(AnalysisJson.write(q), FigureRequest.class)).isEqualTo(q);
        assertThatThrownBy(() -> new FigureRequest("5", null)).hasMessageContaining("1, 2, 3, 4 or general");
        assertThat(new FigureAnalysis().kind()).isEqualTo("figure");
    }
}

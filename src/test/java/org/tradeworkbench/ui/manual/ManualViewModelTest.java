package org.tradeworkbench.ui.manual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.manual.ManualBlock;
import org.tradeworkbench.core.manual.ManualPages;

/** The manual window's logic without the toolkit, on the bundled pages. */
class ManualViewModelTest {
    private final ManualViewModel vm = new ManualViewModel(ManualPages::text);

    @Test
    void opensATabsPageAndShowsItsBlocks() {
        vm.open(ManualPages.forTab("stationarity").id());
        assertThat(vm.pageProperty().get().id()).isEqualTo("unit-roots");
        assertThat(vm.blocksProperty().get().get(0)).isInstanceOf(ManualBlock.Heading.class);
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void theSearchNarrowsThePagesAndOpeningAPageOutsideItClearsIt() {
        vm.searchProperty().set("Toda");
        assertThat(vm.pages()).extracting(ManualPages.Page::id).contains("var").doesNotContain("install");
        assertThat(vm.pages()).contains(vm.pageProperty().get());
        vm.open("install");
        assertThat(vm.searchProperty().get()).isEmpty();
        assertThat(vm.pages()).hasSize(ManualPages.PAGES.size());
        assertThat(vm.pageProperty().get().id()).isEqualTo("install");
    }

    @Test
    void linksToOtherPagesOpenThemAndOthersDoNot() {
        assertThat(vm.followLink("cointegration.md#johansen")).isTrue();
        assertThat(vm.pageProperty().get().id()).isEqualTo("cointegration");
        assertThat(vm.followLink("https://www.census.gov")).isFalse();
        assertThat(vm.pageProperty().get().id()).isEqualTo("cointegration");
        vm.open("nonsense");
        assertThat(vm.problemProperty().get()).contains("nonsense");
    }
}

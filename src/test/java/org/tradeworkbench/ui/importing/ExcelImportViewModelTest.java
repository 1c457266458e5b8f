package org.tradeworkbench.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.io.ExcelWorkbooks;
import org.tradeworkbench.core.io.ImportPreview;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;

/** The import preview of a workbook: its sheets to pick from, the header row, problems by cell reference. */
class ExcelImportViewModelTest {
    @TempDir
    Path dir;

    private Path twoSheets() throws Exception {
        Workbook wb = new XSSFWorkbook();
        ExcelWorkbooks.fill(wb, "Annual", ExcelWorkbooks.csv(Path.of("sample-data", "china_us_annual.csv")),
                new ExcelWorkbooks.Layout("China-US annual series", false, null));
        ExcelWorkbooks.fill(wb, "Monthly goods", ExcelWorkbooks.csv(Path.of("sample-data",
                "us_china_goods_monthly.csv")), ExcelWorkbooks.Layout.PLAIN);
        wb.getSheet("Monthly goods").getRow(4).getCell(1).setCellValue("n/a*");
        return ExcelWorkbooks.write(wb, dir.resolve("book.xlsx"));
    }

    @Test
    void theSheetsArePickedAndTheFirstProblemIsNamedByItsCell() throws Exception {
        Path f = twoSheets();
        ImportPreviewViewModel vm = new ImportPreviewViewModel(f, "book.xlsx", ImportMode.ADD,
                ImportBackend.standard(), new SameThreadTaskRunner());
        vm.refresh();
        assertThat(vm.sheets()).containsExactly("Annual", "Monthly goods");
        ImportPreview p = vm.previewProperty().get();
        assertThat(p.columns().get(0)).isEqualTo("year");
        assertThat(p.rows().get(0).line()).isEqualTo(4);
        assertThat(vm.detectedProperty().get()).startsWith("Excel sheet \"Annual\", column names from row 3; Table")
                .contains("time column \"year\"").doesNotContain("delimiter");
        assertThat(vm.problemProperty().get()).isEmpty();

        vm.sheetProperty().set("Monthly goods");
        assertThat(vm.previewProperty().get().columns().get(0)).isEqualTo("month");
        assertThat(vm.problemProperty().get())
                .isEqualTo("'Monthly goods'!B5 (us_exports_to_china_musd): \"n/a*\" is not a number");
        assertThat(vm.problemSeverityProperty().get()).isEqualTo(Severity.ERROR);
        assertThat(vm.options().sheet()).isEqualTo("Monthly goods");

        vm.sheetProperty().set("Annual");
        vm.headerRowProperty().set(4);
        assertThat(vm.previewProperty().get().columns().get(0)).isEqualTo("1995");
        assertThat(vm.options().headerRow()).isEqualTo(4);
    }
}

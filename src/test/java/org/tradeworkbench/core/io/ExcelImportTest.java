package org.tradeworkbench.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;

/**
 * Excel workbooks read through the CSV readers: the bundled sample files and the shared Census download, written
 * into .xlsx and .xls with POI, must give the same dataset as the CSV files, whatever the sheet's title rows,
 * merged header cells, dates and formulas.
 */
class ExcelImportTest {
    static final Path ANNUAL = Path.of("sample-data", "china_us_annual.csv");
    static final Path MONTHLY = Path.of("sample-data", "us_china_goods_monthly.csv");

    @TempDir
    Path dir;

    private Path book(Path csv, ExcelWorkbooks.Kind kind, ExcelWorkbooks.Layout layout) throws Exception {
        String ext = kind == ExcelWorkbooks.Kind.XLS ? ".xls" : ".xlsx";
        return ExcelWorkbooks.of(csv, dir.resolve("trade" + ext), kind, layout);
    }

    static void assertSameData(Dataset actual, Dataset expected) {
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
        for (int i = 0; i < expected.rowCount(); i++) {
            assertThat(actual.index().label(i)).isEqualTo(expected.index().label(i));
        }
        assertThat(actual.seriesNames()).isEqualTo(expected.seriesNames());
        for (Series s : expected.series()) {
            assertThat(actual.get(s.name()).values()).as(s.name()).containsExactly(s.values());
        }
    }

    @ParameterizedTest
    @EnumSource(ExcelWorkbooks.Kind.class)
    void theAnnualSampleReadsAsFromItsCsv(ExcelWorkbooks.Kind kind) throws Exception {
        Path xl = book(ANNUAL, kind, ExcelWorkbooks.Layout.PLAIN);
        Dataset d = DataImporter.read(xl);
        assertSameData(d, DataImporter.read(ANNUAL));
        assertThat(d.name()).isEqualTo("trade");
        assertThat(d.notes()).contains("sheet \"Sheet1\", column names from row 1");
    }

    @ParameterizedTest
    @EnumSource(value = ExcelWorkbooks.Kind.class, names = {"XLSX", "XLS"})
    void aTitleAboveTheHeaderIsSkippedAndDatesBecomeMonths(ExcelWorkbooks.Kind kind) throws Exception {
        Path xl = book(MONTHLY, kind, new ExcelWorkbooks.Layout(
                "U.S. trade in goods with China, millions of dollars", true, null));
        Dataset d = DataImporter.read(xl);
        assertSameData(d, DataImporter.read(MONTHLY));
        assertThat(d.index().label(0)).isEqualTo("1987-01");
        assertThat(d.notes()).contains("sheet \"Sheet1\", column names from row 3", "1 row above row 3 left out");
    }

    @Test
    void yearlyDatesBecomeYears() throws Exception {
        Path xl = book(ANNUAL, ExcelWorkbooks.Kind.XLSX, new ExcelWorkbooks.Layout(null, true, null));
        assertSameData(DataImporter.read(xl), DataImporter.read(ANNUAL));
    }

    @Test
    void aMergedHeaderCellNamesEveryColumnItSpans() throws Exception {
        Path xl = book(MONTHLY, ExcelWorkbooks.Kind.XLSX, new ExcelWorkbooks.Layout(null, false, "us_china_musd"));
        ImportPreview p = DataImporter.preview(xl, ImportOptions.defaults(), 5);
        assertThat(p.columns().get(1)).isEqualTo("us_china_musd");
        assertThat(p.columns().get(2)).startsWith("us_china_musd").isNotEqualTo("us_china_musd");
        Dataset csv = DataImporter.read(MONTHLY);
        Dataset d = DataImporter.read(xl);
        assertThat(d.get(p.columns().get(1)).values()).containsExactly(csv.get("us_exports_to_china_musd").values());
        assertThat(d.get(p.columns().get(2)).values())
                .containsExactly(csv.get("us_imports_from_china_musd").values());
    }

    @Test
    void formulaCellsAreReadByTheirCachedValues() throws Exception {
        Workbook wb = ExcelWorkbooks.create(ExcelWorkbooks.Kind.XLSX);
        int header = ExcelWorkbooks.fill(wb, "Sheet1", ExcelWorkbooks.csv(MONTHLY), ExcelWorkbooks.Layout.PLAIN);
        Sheet s = wb.getSheetAt(0);
        s.getRow(header - 1).createCell(5).setCellValue("balance");
        for (int r = header; r <= s.getLastRowNum(); r++) {
            s.getRow(r).createCell(5).setCellFormula("B" + (r + 1) + "-C" + (r + 1));
        }
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Path xl = ExcelWorkbooks.write(wb, dir.resolve("formulas.xlsx"));
        Dataset csv = DataImporter.read(MONTHLY);
        double[] ex = csv.get("us_exports_to_china_musd").values();
        double[] im = csv.get("us_imports_from_china_musd").values();
        double[] balance = DataImporter.read(xl).get("balance").values();
        for (int i = 0; i < ex.length; i++) {
            assertThat(balance[i]).isEqualTo(ex[i] - im[i]);
        }
    }

    @Test
    void aCellThatIsNotANumberIsNamedBySheetAndCell() throws Exception {
        Workbook wb = ExcelWorkbooks.create(ExcelWorkbooks.Kind.XLSX);
        ExcelWorkbooks.fill(wb, "Goods", ExcelWorkbooks.csv(MONTHLY), ExcelWorkbooks.Layout.PLAIN);
        wb.getSheetAt(0).getRow(6).getCell(2).setCellValue("12O.5");
        Path xl = ExcelWorkbooks.write(wb, dir.resolve("bad.xlsx"));
        ImportPreview p = DataImporter.preview(xl, ImportOptions.defaults(), 10);
        assertThat(p.rows().get(5).line()).isEqualTo(7);
        assertThat(p.rows().get(5).cells().get(2).kind()).isEqualTo(ImportPreview.CellKind.ERROR);
        assertThatThrownBy(() -> DataImporter.read(xl)).isInstanceOf(DataException.class)
                .hasMessage("bad.xlsx, Goods!C7: \"12O.5\" is not a number");
    }

    @Test
    void anErrorCellInTheTimeColumnIsRefusedWithItsCellReference() throws Exception {
        Workbook wb = ExcelWorkbooks.create(ExcelWorkbooks.Kind.XLSX);
        ExcelWorkbooks.fill(wb, "Goods", ExcelWorkbooks.csv(MONTHLY), ExcelWorkbooks.Layout.PLAIN);
        Cell c = wb.getSheetAt(0).getRow(6).getCell(0);
        c.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
        Path xl = ExcelWorkbooks.write(wb, dir.resolve("bad.xlsx"));
        assertThatThrownBy(() -> DataImporter.read(xl, ImportOptions.defaults().withTimeColumn("month")))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("bad.xlsx, Goods!A7: ")
                .hasMessageContaining("#DIV/0!");
    }

    @Test
    void theSheetIsPickedByNameOrNumber() throws Exception {
        Workbook wb = ExcelWorkbooks.create(ExcelWorkbooks.Kind.XLSX);
        ExcelWorkbooks.fill(wb, "Annual", ExcelWorkbooks.csv(ANNUAL), ExcelWorkbooks.Layout.PLAIN);
        ExcelWorkbooks.fill(wb, "Monthly goods", ExcelWorkbooks.csv(MONTHLY), ExcelWorkbooks.Layout.PLAIN);
        Path xl = ExcelWorkbooks.write(wb, dir.resolve("two.xlsx"));
        assertThat(DataImporter.sheets(xl)).containsExactly("Annual", "Monthly goods");
        assertSameData(DataImporter.read(xl), DataImporter.read(ANNUAL));
        assertSameData(DataImporter.read(xl, ImportOptions.defaults().withSheet("monthly goods")),
                DataImporter.read(MONTHLY));
        assertSameData(DataImporter.read(xl, ImportOptions.defaults().withSheet("2")), DataImporter.read(MONTHLY));
        assertThatThrownBy(() -> DataImporter.read(xl, ImportOptions.defaults().withSheet("Quarterly")))
                .hasMessage("two.xlsx: no sheet \"Quarterly\"; the sheets are \"Annual\", \"Monthly goods\"");
    }

    @Test
    void theHeaderRowCanBeChosen() throws Exception {
        Path xl = book(MONTHLY, ExcelWorkbooks.Kind.XLSX, new ExcelWorkbooks.Layout("Title", false, null));
        ImportPreview p = DataImporter.preview(xl, ImportOptions.defaults().withHeaderRow(4), 3);
        assertThat(p.columns().get(0)).isNotEqualTo("month");
        assertThat(p.notes()).contains("sheet \"Sheet1\", column names from row 4");
        assertThat(p.rows().get(0).line()).isEqualTo(5);
    }

    @Test
    void aLongSheetIsStreamedAndItsRowsStayNumbered() throws Exception {
        // The Census download (every partner, 1985-2024) as one sheet of ~8,000 rows.
        Path census = Path.of("..", "shared", "data", "raw", "census", "country.csv");
        Assumptions.assumeTrue(Files.exists(census), "shared data absent");
        Path xl = ExcelWorkbooks.of(census, dir.resolve("country.xlsx"), ExcelWorkbooks.Kind.XLSX_STREAMED,
                ExcelWorkbooks.Layout.PLAIN);
        Dataset fromXl = DataImporter.read(xl);
        Dataset fromCsv = DataImporter.read(census);
        assertSameData(fromXl, fromCsv);
        ImportPreview p = DataImporter.preview(xl, ImportOptions.defaults(), 5);
        assertThat(p.format()).isEqualTo(ImportOptions.Format.CENSUS);
    }

    @Test
    void aFileNamedXlsxThatIsNotAWorkbookIsRefusedClearly() throws Exception {
        Path f = Files.writeString(dir.resolve("data.xlsx"), "year,x\n2001,1\n");
        assertThatThrownBy(() -> DataImporter.read(f)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("data.xlsx: is named as an Excel workbook but is not one");
        Path cut = dir.resolve("cut.xlsx");
        byte[] whole = Files.readAllBytes(book(ANNUAL, ExcelWorkbooks.Kind.XLSX, ExcelWorkbooks.Layout.PLAIN));
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> DataImporter.read(cut)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("cut.xlsx: cannot read the workbook: ");
    }

    @Test
    void anEmptySheetSaysSo() throws Exception {
        Workbook wb = ExcelWorkbooks.create(ExcelWorkbooks.Kind.XLS);
        Sheet s = wb.createSheet("Empty");
        Row r = s.createRow(3);
        r.createCell(2).setCellValue(" ");
        Path xl = ExcelWorkbooks.write(wb, dir.resolve("empty.xls"));
        assertThatThrownBy(() -> DataImporter.read(xl)).hasMessage("empty.xls, Empty: the sheet is empty");
        assertThat(List.of(DataImporter.sheets(xl).get(0))).containsExactly("Empty");
    }
}

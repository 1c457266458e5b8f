package org.tradeworkbench.core.paper;

import java.util.List;

/**
 * Column names shared by the sample data, the Census high-tech (ATP) importer, the paper's figures and the
 * replication, and the paper's variables as editable expressions over them. Monetary columns ending in
 * {@code _musd} are millions of US$, {@code _busd} billions.
 */
public final class PaperVariables {
    private PaperVariables() {
    }

    /** The bundled annual frame (classpath resource). */
    public static final String SAMPLE_ANNUAL_RESOURCE = "/sample-data/china_us_annual.csv";
    /** The bundled monthly US–China goods trade (classpath resource). */
    public static final String SAMPLE_MONTHLY_RESOURCE = "/sample-data/us_china_goods_monthly.csv";
    /** The paper's printed numbers (classpath resource). */
    public static final String PAPER_RESULTS_RESOURCE = "/sample-data/paper-results.json";

    /** The paper's sample (Table 1): transformations start here. */
    public static final int FIRST_YEAR = 2004;
    public static final int LAST_YEAR = 2018;

    // ---- bundled annual data (sample-data/china_us_annual.csv) ----
    public static final String ATP_BALANCE_QUOTED_BUSD = "us_china_atp_balance_busd";
    public static final String ATP_EXPORTS_QUOTED_BUSD = "us_china_atp_exports_busd";
    public static final String ATP_EXPORTS_WORLD = "us_atp_exports_world_musd";
    public static final String ATP_IMPORTS_WORLD = "us_atp_imports_world_musd";
    public static final String GOODS_EXPORTS_CHINA = "us_goods_exports_china_musd";
    public static final String GOODS_IMPORTS_CHINA = "us_goods_imports_china_musd";
    public static final String GOODS_EXPORTS_WORLD = "us_goods_exports_world_musd";
    public static final String GOODS_IMPORTS_WORLD = "us_goods_imports_world_musd";
    public static final String PATENTS_NONRESIDENT = "cn_patent_apps_nonresident";
    public static final String PATENTS_RESIDENT = "cn_patent_apps_resident";
    public static final String FDI_PCT_GDP = "cn_fdi_net_inflows_pct_gdp";
    public static final String FDI_USD = "cn_fdi_net_inflows_usd";
    public static final String GDP_USD_2019_VINTAGE = "cn_gdp_usd_2019vintage";
    public static final String HIGHTECH_EXPORTS_PCT_MANUF = "cn_hightech_exports_pct_manuf";

    // ---- Census high-tech (ATP) import, partner China (CTY_CODE 5700), millions of US$ ----
    public static final String CHINA_PREFIX = "us_china";
    public static final String ATP_EXPORTS_CHINA = atpColumn(CHINA_PREFIX, null, Flow.EXPORTS);
    public static final String ATP_IMPORTS_CHINA = atpColumn(CHINA_PREFIX, null, Flow.IMPORTS);
    public static final String ATP_BALANCE_CHINA = atpColumn(CHINA_PREFIX, null, Flow.BALANCE);

    /** Trade flow of an ATP column; the balance is exports minus imports (negative: a US deficit). */
    public enum Flow {
        EXPORTS("exports"), IMPORTS("imports"), BALANCE("balance");

        private final String word;

        Flow(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * The name of an ATP column: {@code <prefix>_atp[NN]_<flow>_musd}, e.g. {@code us_china_atp_balance_musd}
     * (all 10 categories) or {@code us_china_atp04_exports_musd} (category 04).
     *
     * @param partnerPrefix {@code us_china} for China, {@code us_<partner name>} otherwise
     * @param category      two-digit ATP code {@code 01}..{@code 10}, or {@code null} for the ATP total
     */
    public static String atpColumn(String partnerPrefix, String category, Flow flow) {
        return partnerPrefix + "_atp" + (category == null ? "" : category) + "_" + flow.word() + "_musd";
    }

    /** A paper variable: its name as the paper writes it, its expression, and what it is. */
    public record Variable(String name, String expression, String description) {
    }

    public static final Variable PATENT = new Variable("PATENT", "log(" + PATENTS_NONRESIDENT + ")",
            "ln of China's nonresident patent applications (WDI IP.PAT.NRES)");
    public static final Variable FDIGDP = new Variable("FDIGDP", FDI_PCT_GDP,
            "FDI net inflows, % of GDP (WDI BX.KLT.DINV.WD.GD.ZS, current vintage, after China's 2020 GDP revision)");
    public static final Variable FDIGDP_2019 = new Variable("FDIGDP_2019",
            "100 * " + FDI_USD + " / " + GDP_USD_2019_VINTAGE,
            "FDI net inflows, % of GDP, on the pre-revision GDP (WDI vintage 2019-10-28)");
    /** Deficit in units of 100 million US$: the balance is negative, the deficit its negative. */
    public static final Variable LNY = new Variable("lny", "log(-" + ATP_BALANCE_CHINA + " / 100)",
            "ln of the China-US high-tech deficit, 100 million US$ (Census ATP, CTY_CODE 5700)");
    public static final Variable RATIO = new Variable("RATIO", ATP_EXPORTS_CHINA + " / " + ATP_EXPORTS_WORLD,
            "US ATP exports to China / US ATP exports to the world");

    /** The paper's variables in the order of Table 1 (and the alternative FDIGDP after them). */
    public static List<Variable> all() {
        return List.of(LNY, RATIO, PATENT, FDIGDP, FDIGDP_2019);
    }

    /** The ATP category codes and names as the Census Bureau publishes them ({@code HITECH}, 01..10). */
    public static final List<String> ATP_CATEGORY_CODES =
            List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10");
    public static final List<String> ATP_CATEGORY_NAMES = List.of("Biotechnology", "Life Science",
            "Opto-Electronics", "Information & Communications", "Electronics", "Flexible Manufacturing",
            "Advanced Materials", "Aerospace", "Weapons", "Nuclear Technology");

    /** Name of the ATP category with this two-digit code. */
    public static String atpCategoryName(String code) {
        int i = ATP_CATEGORY_CODES.indexOf(code);
        if (i < 0) {
            throw new IllegalArgumentException("not an ATP category code: " + code);
        }
        return ATP_CATEGORY_NAMES.get(i);
    }
}

# Phillips-Perron and DF-GLS reference values from R urca (ur.pp, ur.ers), for PhillipsPerronUrcaFixtureTest
# and DfGlsUrcaFixtureTest. Run from the repository root:
#   Rscript src/test/reference/unitroot_pp_ers_r_fixtures.R
# Writes src/test/resources/fixtures/unitroot_pp_ers_r.json, which holds the input series too, so the tests need
# neither R nor ../shared.
#
# Series (all real, published data):
#   the bundled paper data sample-data/china_us_annual.csv: ln US goods imports from China 1995-2019 and ln
#   China's nonresident patent applications 1995-2019 (US Census Bureau; World Bank WDI IP.PAT.NRES);
#   sample-data/us_china_goods_monthly.csv: US goods exports to China, 1987-01 .. 2024-06 (US Census Bureau);
#   R datasets Nile (Cobb 1978) and LakeHuron (Brockwell and Davis 1991);
#   urca's denmark$LRM (Johansen and Juselius 1990) and npext$realgnp (Nelson and Plosser 1982, as extended by
#   Schotman and van Dijk 1991), missing years dropped.
library(urca)
library(jsonlite)

annual <- read.csv("sample-data/china_us_annual.csv")
monthly <- read.csv("sample-data/us_china_goods_monthly.csv")
data(denmark, package = "urca")
data(npext, package = "urca")
series <- list(
  ln_us_goods_imports_china = log(annual$us_goods_imports_china_musd),
  ln_patent_nonresident = log(annual$cn_patent_apps_nonresident[annual$year <= 2017]),
  us_exports_to_china_monthly = as.numeric(monthly$us_exports_to_china_musd),
  Nile = as.numeric(datasets::Nile),
  LakeHuron = as.numeric(datasets::LakeHuron),
  denmark_LRM = as.numeric(denmark$LRM),
  npext_realgnp = as.numeric(na.omit(npext$realgnp))
)
stopifnot(all(sapply(series, function(s) all(is.finite(s)))))

pp <- list()
for (name in names(series)) {
  for (model in c("constant", "trend")) {
    for (type in c("Z-tau", "Z-alpha")) {
      # use.lag = 0 is left out: ur.pp's 1:lmax then runs over c(1, 0) (see docs/unit-roots.md).
      for (lags in list("short", "long", 1L, 3L)) {
        r <- if (is.character(lags)) {
          ur.pp(series[[name]], type = type, model = model, lags = lags)
        } else {
          ur.pp(series[[name]], type = type, model = model, use.lag = lags)
        }
        pp[[length(pp) + 1]] <- list(series = name, type = type, model = model,
                                     lags = if (is.character(lags)) lags else as.character(lags),
                                     used_lags = r@lag, statistic = r@teststat,
                                     cval = as.numeric(r@cval[1, ]))
      }
    }
  }
}

ers <- list()
for (name in names(series)) {
  for (model in c("constant", "trend")) {
    for (lag in c(0L, 1L, 2L, 4L)) {
      r <- ur.ers(series[[name]], type = "DF-GLS", model = model, lag.max = lag)
      ers[[length(ers) + 1]] <- list(series = name, model = model, lag_max = lag, used_lags = r@lag,
                                     statistic = r@teststat,
                                     nobs_regression = length(residuals(r@testreg)),
                                     cval = as.numeric(r@cval[1, ]), yd = r@yd)
    }
  }
}

root <- list(generator = "src/test/reference/unitroot_pp_ers_r_fixtures.R",
             r = paste(R.version$major, R.version$minor, sep = "."),
             urca = as.character(packageVersion("urca")),
             series = series, pp = pp, ers = ers)
writeLines(toJSON(root, auto_unbox = TRUE, digits = NA, pretty = TRUE),
           "src/test/resources/fixtures/unitroot_pp_ers_r.json")

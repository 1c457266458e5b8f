# Residual tests after rows dropped inside the sample: R's lm drops them (na.omit) and lmtest's dwtest and bgtest
# then treat the remaining residuals as consecutive, for OlsGapTest. Run from the repository root:
#   Rscript src/test/reference/ols_gap_r_fixtures.R
# Writes src/test/resources/fixtures/ols_gap_r.json (the input series are in the fixture).
# Data: R's Nile (annual flow at Aswan, 1871-1970) on a trend, with the flow of 1920 (row 50) removed; and the same
# with 1871 removed (a gap at the start, not inside). gretl 2022c on the first data: ols drops the row, reports no
# Durbin-Watson ($dw "not available") and refuses modtest --autocorr ("command not available for this estimator").
suppressMessages(library(lmtest))
library(jsonlite)

one_case <- function(name, missing_row) {
  flow <- as.numeric(datasets::Nile)
  flow[missing_row] <- NA
  d <- data.frame(trend = seq_along(flow), flow = flow)
  m <- lm(flow ~ trend, data = d)
  lm1 <- bgtest(m, order = 1)
  f1 <- bgtest(m, order = 1, type = "F")
  lm2 <- bgtest(m, order = 2)
  list(name = name, missing_row = missing_row, columns = list(trend = d$trend, flow = d$flow),
       nobs = nobs(m), dw = unname(dwtest(m)$statistic),
       bg1_lm = unname(lm1$statistic), bg1_p = unname(lm1$p.value), bg1_f = unname(f1$statistic),
       bg2_lm = unname(lm2$statistic), bg2_p = unname(lm2$p.value))
}

root <- list(generator = "src/test/reference/ols_gap_r_fixtures.R",
             r = paste(R.version$major, R.version$minor, sep = "."),
             lmtest = as.character(packageVersion("lmtest")),
             cases = list(one_case("nile_trend_gap_1920", 50), one_case("nile_trend_first_missing", 1)))
writeLines(toJSON(root, auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null"),
           "src/test/resources/fixtures/ols_gap_r.json")

# The robust QLR test: the sup of Wald statistics of a break in every coefficient with an HC or HAC covariance, from
# R strucchange's Fstats(vcov. = ...) (the regression with every term interacted with the second regime, its
# covariance from R sandwich) and sctest(type = "supF"), for OlsQlrRobustTest. The models and their series are
# those of ols_hac_auto_r.json (the Census monthly trade with China, the Nile on its lag and a trend, the bundled
# paper sample at 25%). Run from the repository root:
#   Rscript src/test/reference/ols_qlr_robust_strucchange_fixtures.R
suppressMessages(library(strucchange))
library(sandwich)
library(jsonlite)
covs <- list(
  hc1 = function(x, ...) vcovHC(x, type = "HC1"),
  hc3 = function(x, ...) vcovHC(x, type = "HC3"),
  # Our "hac" at a fixed 3 lags: Bartlett weights, no prewhitening, no small-sample factor.
  hac3 = function(x, ...) NeweyWest(x, lag = 3, prewhite = FALSE, adjust = FALSE),
  hac3_adjust = function(x, ...) NeweyWest(x, lag = 3, prewhite = FALSE, adjust = TRUE),
  parzen4 = function(x, ...) kernHAC(x, kernel = "Parzen", bw = 5, prewhite = FALSE, adjust = FALSE))
src <- fromJSON("src/test/resources/fixtures/ols_hac_auto_r.json", simplifyVector = FALSE)$cases
cases <- list()
for (c in src) {
  if (!isTRUE(c$constant)) next
  d <- as.data.frame(lapply(c$columns, unlist))
  f <- as.formula(paste(c$y, "~", paste(unlist(c$x), collapse = " + ")))
  trim <- if (nrow(d) < 30) 0.25 else 0.15
  for (name in names(covs)) {
    if (nrow(d) < 30 && name == "hc3") next
    fs <- Fstats(f, data = d, from = trim, to = 1 - trim, vcov. = covs[[name]])
    s <- sctest(fs, type = "supF")
    from <- fs$breakpoint - which.max(fs$Fstats) + 1
    cases[[length(cases) + 1]] <- list(name = c$name, cov = name, trimming = trim, n = nrow(d), k = fs$nreg,
      from = from, lambda = fs$par, stats = unname(as.numeric(fs$Fstats)), breakpoint = fs$breakpoint,
      sup_wald = unname(s$statistic), p_value = s$p.value)
  }
}
root <- list(generator = "src/test/reference/ols_qlr_robust_strucchange_fixtures.R",
             strucchange = as.character(packageVersion("strucchange")),
             sandwich = as.character(packageVersion("sandwich")),
             note = "stats are Wald statistics at first-regime ends from, from + 1, ...; series in ols_hac_auto_r.json",
             cases = cases)
writeLines(toJSON(root, auto_unbox = TRUE, digits = NA, pretty = TRUE),
           "src/test/resources/fixtures/ols_qlr_robust_strucchange.json")

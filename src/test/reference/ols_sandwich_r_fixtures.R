# Heteroskedasticity-robust covariances HC0, HC1, HC2 and HC3 from R's sandwich (vcovHC) with the t tests of
# lmtest's coeftest (t distribution on the residual degrees of freedom), and HAC standard errors with the
# Bartlett, Parzen and quadratic-spectral kernels at fixed bandwidths (kernHAC, NeweyWest), for OlsSandwichRTest. Run from the
# repository root:
#   Rscript src/test/reference/ols_sandwich_r_fixtures.R
# Writes src/test/resources/fixtures/ols_sandwich_r.json (the input series are in the fixture).
suppressMessages(library(sandwich))
suppressMessages(library(lmtest))
library(jsonlite)

stack <- data.frame(air = datasets::stackloss$Air.Flow, water = datasets::stackloss$Water.Temp,
                    acid = datasets::stackloss$Acid.Conc., loss = datasets::stackloss$stack.loss)
longley <- data.frame(gnp_deflator = datasets::longley$GNP.deflator, gnp = datasets::longley$GNP,
                      unemployed = datasets::longley$Unemployed, armed_forces = datasets::longley$Armed.Forces,
                      population = datasets::longley$Population, year = datasets::longley$Year,
                      employed = datasets::longley$Employed)
# Nile flow on its own lag and a trend: a time series where the robust and classical errors differ.
nile <- as.numeric(datasets::Nile)
nile_data <- data.frame(flow = nile[-1], flow_1 = nile[-length(nile)], trend = seq_len(length(nile) - 1))

one_case <- function(name, data, y, x, constant) {
  f <- as.formula(paste(y, "~", paste(x, collapse = " + "), if (constant) "" else "- 1"))
  m <- lm(f, data = data)
  cov <- lapply(c("HC0", "HC1", "HC2", "HC3"), function(type) {
    v <- vcovHC(m, type = type)
    ct <- coeftest(m, vcov. = v)
    list(type = tolower(type), bse = unname(sqrt(diag(v))), t = unname(ct[, 3]), p = unname(ct[, 4]))
  })
  # HAC: kernHAC with the bandwidth L + 1 for L lags, no prewhitening and no small-sample factor (the
  # workbench's --cov hac|hac-parzen|hac-qs --hac-lags L).
  hac <- list()
  for (kernel in c("Bartlett", "Parzen", "Quadratic Spectral")) for (lags in c(1, 3)) {
    v <- kernHAC(m, kernel = kernel, bw = lags + 1, prewhite = FALSE, adjust = FALSE)
    key <- switch(kernel, "Bartlett" = "hac", "Parzen" = "hac-parzen", "Quadratic Spectral" = "hac-qs")
    hac[[length(hac) + 1]] <- list(type = key, lags = lags, bse = unname(sqrt(diag(v))))
  }
  nw <- NeweyWest(m, lag = 3, prewhite = FALSE, adjust = FALSE)
  list(name = name, columns = as.list(data[, c(x, y)]), y = y, x = x, constant = constant,
       params = unname(coef(m)), cov = cov, hac = hac, newey_west_lag3_bse = unname(sqrt(diag(nw))))
}

cases <- list(
  one_case("stackloss_constant", stack, "loss", c("air", "water", "acid"), TRUE),
  one_case("stackloss_no_constant", stack, "loss", c("air", "water", "acid"), FALSE),
  one_case("longley_constant", longley, "employed",
           c("gnp_deflator", "gnp", "unemployed", "armed_forces", "population", "year"), TRUE),
  one_case("nile_ar1_trend", nile_data, "flow", c("flow_1", "trend"), TRUE))

root <- list(generator = "src/test/reference/ols_sandwich_r_fixtures.R",
             r = paste(R.version$major, R.version$minor, sep = "."),
             sandwich = as.character(packageVersion("sandwich")), cases = cases)
writeLines(toJSON(root, auto_unbox = TRUE, digits = NA, pretty = TRUE),
           "src/test/resources/fixtures/ols_sandwich_r.json")

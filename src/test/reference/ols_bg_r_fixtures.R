# Breusch-Godfrey, Breusch-Pagan and White with and without a constant in the model, from R's lmtest, and the
# Ljung-Box, Box-Pierce (stats::Box.test) and ARCH LM tests of the residuals, logLik, AIC and BIC, for OlsBreuschGodfreyRTest. Run from the repository root:
#   Rscript src/test/reference/ols_bg_r_fixtures.R
# Writes src/test/resources/fixtures/ols_bg_r.json (the input series are in the fixture).
#
# Conventions checked (docs/regression.md):
# - bgtest: the model's own regressors (no constant added when the model has none) and the lagged residuals
#   (zeros before the sample); LM = n R^2 (uncentred), F = ((e'e - SSR)/order) / (SSR/(n - k - order)).
# - Breusch-Pagan (Koenker, studentize = TRUE) and White: the variance function has its own intercept, i.e.
#   bptest(model, ~ regressors) and bptest(model, ~ regressors, squares and cross products) with the intercept
#   R adds to a variance formula.  (R's default bptest on a model without a constant uses the model matrix,
#   which has no intercept, as the variance formula; we do not follow that, see the docs.)
suppressMessages(library(lmtest))
library(jsonlite)

stack <- data.frame(air = datasets::stackloss$Air.Flow, water = datasets::stackloss$Water.Temp,
                    acid = datasets::stackloss$Acid.Conc., loss = datasets::stackloss$stack.loss)
longley <- data.frame(gnp_deflator = datasets::longley$GNP.deflator, gnp = datasets::longley$GNP,
                      unemployed = datasets::longley$Unemployed, armed_forces = datasets::longley$Armed.Forces,
                      population = datasets::longley$Population, year = datasets::longley$Year,
                      employed = datasets::longley$Employed)

white_formula <- function(x) {
  terms <- c()
  for (i in seq_along(x)) for (j in i:length(x)) terms <- c(terms, sprintf("I(%s*%s)", x[i], x[j]))
  as.formula(paste("~", paste(c(x, terms), collapse = " + ")))
}

one_case <- function(name, data, y, x, constant, orders, white) {
  rhs <- paste(x, collapse = " + ")
  f <- as.formula(paste(y, "~", rhs, if (constant) "" else "- 1"))
  m <- lm(f, data = data)
  bg <- lapply(orders, function(k) {
    lm_t <- bgtest(m, order = k)
    f_t <- bgtest(m, order = k, type = "F")
    list(order = k, lm = unname(lm_t$statistic), lm_df = unname(lm_t$parameter), lm_p = lm_t$p.value,
         f = unname(f_t$statistic), f_df_num = unname(f_t$parameter[1]), f_df_denom = unname(f_t$parameter[2]),
         f_p = f_t$p.value)
  })
  bp <- bptest(m, as.formula(paste("~", rhs)), data = data)
  e <- unname(residuals(m))
  q <- lapply(c(1, 4), function(h) {
    lb <- Box.test(e, lag = h, type = "Ljung-Box", fitdf = 0)
    bp <- Box.test(e, lag = h, type = "Box-Pierce", fitdf = 0)
    list(lags = h, ljung_box = unname(lb$statistic), ljung_box_p = lb$p.value,
         box_pierce = unname(bp$statistic), box_pierce_p = bp$p.value)
  })
  # Engle's ARCH LM written out with lm (FinTS::ArchTest's definition): e^2 on a constant and q lags of e^2
  # over the n - q observations with every lag; LM = (n - q) R^2, and the F of that regression.
  arch <- lapply(c(1, 2), function(k) {
    e2 <- e^2
    n <- length(e2)
    lags <- sapply(1:k, function(l) e2[(k + 1 - l):(n - l)])
    aux <- summary(lm(e2[(k + 1):n] ~ lags))
    lm_stat <- (n - k) * aux$r.squared
    f <- aux$fstatistic
    list(order = k, lm = lm_stat, lm_p = pchisq(lm_stat, k, lower.tail = FALSE), f = unname(f[1]),
         f_df_num = unname(f[2]), f_df_denom = unname(f[3]),
         f_p = pf(f[1], f[2], f[3], lower.tail = FALSE)[[1]])
  })
  out <- list(name = name, columns = as.list(data[, c(x, y)]), y = y, x = x, constant = constant, bg = bg,
              breusch_pagan = list(lm = unname(bp$statistic), df = unname(bp$parameter), p = bp$p.value),
              q = q, arch = arch,
              # R counts sigma as a parameter: AIC() = -2 logLik + 2 (k + 1), BIC() = -2 logLik + log(n) (k + 1).
              information = list(loglik = as.numeric(logLik(m)), df = attr(logLik(m), "df"), aic = AIC(m),
                                 bic = BIC(m), n = nobs(m)))
  if (white) {
    w <- bptest(m, white_formula(x), data = data)
    out$white <- list(lm = unname(w$statistic), df = unname(w$parameter), p = w$p.value)
  }
  out
}

cases <- list(
  one_case("stackloss_no_constant", stack, "loss", c("air", "water", "acid"), FALSE, c(1, 2), TRUE),
  one_case("stackloss_constant", stack, "loss", c("air", "water", "acid"), TRUE, c(1, 2), TRUE),
  one_case("longley_no_constant", longley, "employed",
           c("gnp_deflator", "gnp", "unemployed", "armed_forces", "population", "year"), FALSE, c(1, 3), FALSE),
  one_case("longley_constant", longley, "employed",
           c("gnp_deflator", "gnp", "unemployed", "armed_forces", "population", "year"), TRUE, c(1, 3), FALSE))

root <- list(generator = "src/test/reference/ols_bg_r_fixtures.R",
             r = paste(R.version$major, R.version$minor, sep = "."),
             lmtest = as.character(packageVersion("lmtest")), cases = cases)
dir.create("src/test/resources/fixtures", showWarnings = FALSE, recursive = TRUE)
writeLines(toJSON(root, auto_unbox = TRUE, digits = NA, pretty = TRUE),
           "src/test/resources/fixtures/ols_bg_r.json")

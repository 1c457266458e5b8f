# Wald tests of linear restrictions with the regression's covariance, from R car's linearHypothesis (F and
# chi-square forms) with sandwich's vcovHC and kernHAC, for OlsWaldRTest. Run from the repository root:
#   Rscript src/test/reference/ols_wald_r_fixtures.R
# Writes src/test/resources/fixtures/ols_wald_r.json (the input series are in the fixture).
suppressMessages(library(car))
suppressMessages(library(sandwich))
library(jsonlite)

longley <- data.frame(employed = datasets::longley$Employed, gnp = datasets::longley$GNP,
                      unemployed = datasets::longley$Unemployed, armed_forces = datasets::longley$Armed.Forces,
                      population = datasets::longley$Population)
nile <- as.numeric(datasets::Nile)
nile_data <- data.frame(flow = nile[-1], flow_1 = nile[-length(nile)], trend = seq_len(length(nile) - 1))

covs <- list(
  classical = function(m) vcov(m),
  hc1 = function(m) vcovHC(m, type = "HC1"),
  hc3 = function(m) vcovHC(m, type = "HC3"),
  hac = function(m) kernHAC(m, kernel = "Bartlett", bw = 3, prewhite = FALSE, adjust = FALSE))

one <- function(name, data, y, x, restrictions, ours) {
  m <- lm(as.formula(paste(y, "~", paste(x, collapse = " + "))), data = data)
  out <- list()
  for (cv in names(covs)) {
    v <- covs[[cv]](m)
    f <- linearHypothesis(m, restrictions, vcov. = v, test = "F")
    ch <- linearHypothesis(m, restrictions, vcov. = v, test = "Chisq")
    out[[length(out) + 1]] <- list(cov = cv, f = f$F[2], df1 = f$Df[2], df2 = f$Res.Df[2], p = f[["Pr(>F)"]][2],
                                   chisq = ch$Chisq[2], chisq_p = ch[["Pr(>Chisq)"]][2])
  }
  list(name = name, columns = as.list(data[, c(x, y)]), y = y, x = x, restrictions = ours, r = restrictions,
       results = out)
}

cases <- list(
  one("longley-one-zero", longley, "employed", c("gnp", "unemployed", "armed_forces", "population"),
      c("unemployed = 0"), "unemployed = 0"),
  one("longley-two", longley, "employed", c("gnp", "unemployed", "armed_forces", "population"),
      c("unemployed = 0", "armed_forces = population"), "unemployed = 0, armed_forces = population"),
  one("longley-sum", longley, "employed", c("gnp", "unemployed", "armed_forces", "population"),
      c("2*unemployed - armed_forces = 0.01"), "2*unemployed - armed_forces = 0.01"),
  one("nile", nile_data, "flow", c("flow_1", "trend"), c("(Intercept) = 400", "flow_1 = 0.5"),
      "const = 400; flow_1 = 0.5"))

out <- list(generator = "src/test/reference/ols_wald_r_fixtures.R",
            r = R.version.string, car = as.character(packageVersion("car")),
            sandwich = as.character(packageVersion("sandwich")), cases = cases)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "src/test/resources/fixtures/ols_wald_r.json")

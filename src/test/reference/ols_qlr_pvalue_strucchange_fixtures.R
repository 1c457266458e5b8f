# Asymptotic p-values of the QLR sup-F (sup-Wald) statistic from R strucchange, for OlsQlrPValueTest: Hansen's
# (1997) approximation as sctest(Fstats(...), type = "supF") computes it (strucchange's pvalue.Fstats), on a grid
# of statistics, restrictions and candidate ranges, and on real data with 15%, 10% and 25% trimming: the models
# of ols_hac_auto_r.json (the bundled paper sample, the Census monthly trade with China, the Nile on its lag and a
# trend) and R's Nile on a constant. Run from the repository root:
#   Rscript src/test/reference/ols_qlr_pvalue_strucchange_fixtures.R
suppressMessages(library(strucchange))
library(jsonlite)
pv <- strucchange:::pvalue.Fstats
grid <- list()
for (k in c(1, 2, 3, 4, 7, 12, 25, 40)) {
  for (trim in c(0.005, 0.01, 0.05, 0.1, 0.15, 0.2, 0.25, 0.33, 0.4, 0.45, 0.48, 0.49, 0.495)) {
    lambda <- ((1 - trim) / trim)^2
    for (q in c(0.3, 0.7, 0.9, 0.95, 0.99, 0.999)) {
      x <- qchisq(q, k) * (1 + 2 * (0.5 - trim))
      grid[[length(grid) + 1]] <- list(k = k, lambda = lambda, statistic = x,
                                       p_value = as.numeric(pv(x, type = "supF", k = k, lambda = lambda)))
    }
  }
}
# Asymmetric ranges (lambda not from a symmetric trimming).
for (lambda in c(1.5, 3, 12.25, 47, 200, 5000)) {
  x <- 9.5
  grid[[length(grid) + 1]] <- list(k = 2, lambda = lambda, statistic = x,
                                   p_value = as.numeric(pv(x, type = "supF", k = 2, lambda = lambda)))
}
cases <- list()
add <- function(name, f, d, trim, y, x) {
  n <- nrow(d)
  fs <- suppressWarnings(Fstats(f, data = d, from = trim, to = 1 - trim))
  s <- sctest(fs, type = "supF")
  from <- fs$breakpoint - which.max(fs$Fstats) + 1
  cases[[length(cases) + 1]] <<- list(name = name, y = y, x = x, trimming = trim, n = n, k = fs$nreg,
    from = from, lambda = fs$par, stats = unname(as.numeric(fs$Fstats)), breakpoint = fs$breakpoint,
    sup_f = unname(s$statistic), p_value = s$p.value, columns = lapply(d, as.numeric))
}
src <- fromJSON("src/test/resources/fixtures/ols_hac_auto_r.json", simplifyVector = FALSE)$cases
for (c in src) {
  if (!isTRUE(c$constant)) next
  d <- as.data.frame(lapply(c$columns, unlist))
  f <- as.formula(paste(c$y, "~", paste(unlist(c$x), collapse = " + ")))
  for (trim in c(0.15, 0.1, 0.25)) add(c$name, f, d, trim, c$y, unlist(c$x))
}
nile <- data.frame(flow = as.numeric(Nile))
for (trim in c(0.15, 0.1, 0.25)) add("nile_mean", flow ~ 1, nile, trim, "flow", character(0))
root <- list(generator = "src/test/reference/ols_qlr_pvalue_strucchange_fixtures.R",
             strucchange = as.character(packageVersion("strucchange")),
             note = "stats are strucchange's Fstats (Wald scale, k F) at first-regime ends from, from + 1, ...",
             grid = grid, cases = cases)
writeLines(toJSON(root, auto_unbox = TRUE, digits = NA, pretty = TRUE),
           "src/test/resources/fixtures/ols_qlr_pvalue_strucchange.json")

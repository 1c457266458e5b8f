# The response-surface coefficients of Hansen (1997) for the sup-Wald (sup-F, Andrews 1993) statistic, written as
# the data file the QLR test reads (src/main/resources/org/tradeworkbench/core/stats/ols/hansen1997-sup-wald.csv).
# Hansen, B. E. (1997), Approximate asymptotic p values for structural-change tests, Journal of Business &
# Economic Statistics 15(1), 60-67. The coefficients are those Hansen distributed with the paper, as R
# strucchange carries them (sc.beta.sup, used by sctest(Fstats(...), type = "supF")). Run from the repository root:
#   Rscript src/test/reference/hansen1997_sup_wald_table.R
suppressMessages(library(strucchange))
b <- strucchange:::sc.beta.sup
stopifnot(nrow(b) == 40 * 25, ncol(b) == 3)
out <- "src/main/resources/org/tradeworkbench/core/stats/ols/hansen1997-sup-wald.csv"
con <- file(out, "w")
writeLines(c(
  "# Hansen, B. E. (1997), Approximate asymptotic p values for structural-change tests,",
  "# Journal of Business & Economic Statistics 15(1), 60-67: coefficients of the sup-Wald (Andrews 1993) statistic.",
  "# p(x) = 1 - F_eta(max(0, beta0 + beta1 x)), F_eta the chi-square distribution function with eta degrees of freedom,",
  "# for k = 1..40 restrictions and tau = 1 / (1 + sqrt(lambda)) = 0.49, 0.47, ..., 0.01 (tau is the trimming pi0",
  "# when it is symmetric). Written by src/test/reference/hansen1997_sup_wald_table.R from R strucchange",
  paste0("# ", as.character(packageVersion("strucchange")), " (sc.beta.sup)."),
  "k,tau,beta0,beta1,eta"), con)
for (k in 1:40) for (i in 1:25) {
  r <- b[(k - 1) * 25 + i, ]
  writeLines(sprintf("%d,%.2f,%s,%s,%s", k, 0.51 - i / 50, format(signif(r[[1]], 10), digits = 10),
                     format(signif(r[[2]], 10), digits = 10), format(signif(r[[3]], 10), digits = 10)), con)
}
close(con)

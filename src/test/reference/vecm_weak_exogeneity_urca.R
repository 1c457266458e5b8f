# Reference values for the weak-exogeneity (long-run non-causality) LR tests of a VECM: R urca's alrtest.
# Run: Rscript src/test/reference/vecm_weak_exogeneity_urca.R > src/test/resources/fixtures/vecm_weak_exogeneity_urca.json
# Data: urca's denmark (Johansen-Juselius 1990, Danish money demand 1974Q1-1987Q3), LRM, LRY, IBO, IDE.
# For each variable i, A is the identity without column i (alpha's row i is zero: variable i is weakly exogenous
# for the cointegrating vectors); the statistic is N sum_{j<=r} log((1 - lambda*_j) / (1 - lambda_j)), chi-square
# with r degrees of freedom. ca.jo: K = p (the VAR order in levels), spec "transitory" (the levels at t-1, as
# statsmodels and this workbench); ecdet "none" is case 3 (unrestricted constant), "const" case 2.
library(urca)
library(jsonlite)
data(denmark)
y <- denmark[, c("LRM", "LRY", "IBO", "IDE")]
fits <- list()
for (ecdet in c("none", "const")) {
  for (pr in list(c(2, 1), c(3, 2), c(2, 2))) {
    p <- pr[1]; r <- pr[2]
    jo <- ca.jo(y, type = "trace", ecdet = ecdet, K = p, spec = "transitory")
    tests <- list()
    for (i in 1:4) {
      A <- diag(4)[, -i, drop = FALSE]
      t <- alrtest(jo, A = A, r = r)
      tests[[i]] <- list(variable = colnames(y)[i], statistic = t@teststat, df = unname(t@pval[2]),
                         p_value = unname(t@pval[1]))
    }
    fits[[length(fits) + 1]] <- list(ecdet = ecdet, case = if (ecdet == "none") 3 else 2, lags = p, rank = r,
                                     eigenvalues = unname(jo@lambda), tests = tests)
  }
}
cat(toJSON(list(urca = as.character(packageVersion("urca")), variables = colnames(y),
                data = unname(as.matrix(y)), fits = fits), auto_unbox = TRUE, digits = NA, pretty = TRUE))

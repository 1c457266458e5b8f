# Recursive residuals and the recursive CUSUM process with its 5% bound from R strucchange (recresid, efp with
# type = "Rec-CUSUM", boundary), for OlsCusumStrucchangeTest. Run from the repository root:
#   Rscript src/test/reference/ols_cusum_strucchange_fixtures.R
# The models and series are those of ols_hac_auto_r.json (written by ols_hac_auto_r_fixtures.R).
suppressMessages(library(strucchange))
library(jsonlite)
src <- fromJSON("src/test/resources/fixtures/ols_hac_auto_r.json", simplifyVector = FALSE)$cases
cases <- list()
for (c in src) {
  if (!isTRUE(c$constant)) next
  d <- as.data.frame(lapply(c$columns, unlist))
  f <- as.formula(paste(c$y, "~", paste(unlist(c$x), collapse = " + ")))
  e <- efp(f, data = d, type = "Rec-CUSUM")
  n <- nrow(d); k <- length(c$x) + 1
  b <- boundary(e, alpha = 0.05)
  cases[[length(cases) + 1]] <- list(name = c$name, recursive = unname(recresid(f, data = d)),
    # strucchange's process is W_t / sqrt(n - k), starting at 0.
    process = unname(as.numeric(e$process)), bound = unname(as.numeric(b)), n = n, k = k)
}
root <- list(generator = "src/test/reference/ols_cusum_strucchange_fixtures.R",
             strucchange = as.character(packageVersion("strucchange")), cases = cases)
writeLines(toJSON(root, auto_unbox = TRUE, digits = NA, pretty = TRUE),
           "src/test/resources/fixtures/ols_cusum_strucchange.json")

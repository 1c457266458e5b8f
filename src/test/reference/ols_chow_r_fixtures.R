# Chow break tests from R, for OlsChowRTest. Run from the repository root:
#   Rscript src/test/reference/ols_chow_r_fixtures.R
# Writes src/test/resources/fixtures/ols_chow_r.json (the input series are in the fixture).
# F = ((SSR - SSR1 - SSR2) / k) / ((SSR1 + SSR2) / (n - 2k)) from lm on the whole sample and on the two regimes
# (the regression with every coefficient interacted with the regime dummy, as gretl's chow, gives the same F).
library(jsonlite)

nile <- as.numeric(datasets::Nile)            # 1871-1970; the Aswan dam from 1899 (Cobb 1978)
years <- 1871:1970
d <- data.frame(flow = nile[-1], flow_1 = nile[-length(nile)], trend = seq_along(nile[-1]))
dyears <- years[-1]

chow <- function(data, labels, y, x, first_of_second) {
  f <- as.formula(paste(y, "~", paste(x, collapse = " + ")))
  all <- lm(f, data = data)
  b <- labels >= first_of_second
  s1 <- sum(residuals(lm(f, data = data[!b, ]))^2)
  s2 <- sum(residuals(lm(f, data = data[b, ]))^2)
  k <- length(coef(all))
  n <- nrow(data)
  fstat <- ((sum(residuals(all)^2) - s1 - s2) / k) / ((s1 + s2) / (n - 2 * k))
  # The same F from the interacted regression (gretl's construction), as a check of the formula.
  data$regime <- as.numeric(b)
  g <- as.formula(paste(y, "~ (", paste(x, collapse = " + "), ") * regime"))
  stopifnot(abs(anova(all, lm(g, data = data))$F[2] / fstat - 1) < 1e-10)
  list(break_at = as.character(first_of_second), f = fstat, df_num = k, df_denom = n - 2 * k,
       p = pf(fstat, k, n - 2 * k, lower.tail = FALSE))
}

cases <- list(list(name = "nile_ar1_trend", start = 1872, y = "flow", x = c("flow_1", "trend"),
                   columns = as.list(d),
                   tests = list(chow(d, dyears, "flow", c("flow_1", "trend"), 1899),
                                chow(d, dyears, "flow", c("flow_1", "trend"), 1940))))
root <- list(generator = "src/test/reference/ols_chow_r_fixtures.R",
             r = paste(R.version$major, R.version$minor, sep = "."), cases = cases)
writeLines(toJSON(root, auto_unbox = TRUE, digits = NA, pretty = TRUE),
           "src/test/resources/fixtures/ols_chow_r.json")

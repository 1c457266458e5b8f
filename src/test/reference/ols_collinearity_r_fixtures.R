# Variance inflation factors and the condition number of the design, from R, for OlsCollinearityRTest. Run from
# the repository root:
#   Rscript src/test/reference/ols_collinearity_r_fixtures.R
# Writes src/test/resources/fixtures/ols_collinearity_r.json (the input series are in the fixture).
# VIF_j = 1 / (1 - R_j^2), R_j^2 from lm of regressor j on the other columns of the model (with the intercept
# when the model has one: R's summary then gives the centred R^2, else the uncentred one); the condition number
# is kappa(X, exact = TRUE), the ratio of the extreme singular values of the model matrix.
library(jsonlite)

stack <- data.frame(air = datasets::stackloss$Air.Flow, water = datasets::stackloss$Water.Temp,
                    acid = datasets::stackloss$Acid.Conc., loss = datasets::stackloss$stack.loss)
longley <- data.frame(gnp_deflator = datasets::longley$GNP.deflator, gnp = datasets::longley$GNP,
                      unemployed = datasets::longley$Unemployed, armed_forces = datasets::longley$Armed.Forces,
                      population = datasets::longley$Population, year = datasets::longley$Year,
                      employed = datasets::longley$Employed)

one_case <- function(name, data, y, x, constant) {
  f <- as.formula(paste(y, "~", paste(x, collapse = " + "), if (constant) "" else "- 1"))
  X <- model.matrix(lm(f, data = data))
  vif <- sapply(x, function(v) {
    others <- setdiff(x, v)
    g <- as.formula(paste(v, "~", paste(others, collapse = " + "), if (constant) "" else "- 1"))
    1 / (1 - summary(lm(g, data = data))$r.squared)
  })
  list(name = name, columns = as.list(data[, c(x, y)]), y = y, x = x, constant = constant,
       vif = unname(vif), condition_number = kappa(X, exact = TRUE))
}

cases <- list(
  one_case("stackloss_constant", stack, "loss", c("air", "water", "acid"), TRUE),
  one_case("stackloss_no_constant", stack, "loss", c("air", "water", "acid"), FALSE),
  one_case("longley_constant", longley, "employed",
           c("gnp_deflator", "gnp", "unemployed", "armed_forces", "population", "year"), TRUE))

root <- list(generator = "src/test/reference/ols_collinearity_r_fixtures.R",
             r = paste(R.version$major, R.version$minor, sep = "."), cases = cases)
writeLines(toJSON(root, auto_unbox = TRUE, digits = NA, pretty = TRUE),
           "src/test/resources/fixtures/ols_collinearity_r.json")

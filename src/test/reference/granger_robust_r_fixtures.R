# Granger tests with heteroskedasticity- and autocorrelation-robust covariances from R: the Wald F test of the
# cause's lags, lmtest::waldtest(unrestricted, restricted, vcov = V, test = "F") on (q, n - k) degrees of
# freedom, with V from sandwich (vcovHC HC0-HC3, NeweyWest, kernHAC), and lmtest::grangertest with the same vcov
# as a check of the lag construction, for GrangerRobustRTest. Run from the repository root:
#   Rscript src/test/reference/granger_robust_r_fixtures.R
# Writes src/test/resources/fixtures/granger_robust_r.json (the input series are in the fixture).
# Data: lmtest's ChickEgg (U.S. chickens and eggs, 1930-1983), the bundled paper sample
# (sample-data/china_us_annual.csv, World Bank WDI) and the U.S. Census monthly goods trade with China
# (../shared/data/curated/us_china_goods_monthly.csv, see ../shared/data/SOURCES.md).
suppressMessages(library(sandwich))
suppressMessages(library(lmtest))
library(jsonlite)

data(ChickEgg, package = "lmtest")
chick <- data.frame(chicken = as.numeric(ChickEgg[, "chicken"]), egg = as.numeric(ChickEgg[, "egg"]))
paper <- read.csv("sample-data/china_us_annual.csv")
paper_data <- na.omit(data.frame(lpat = log(paper$cn_patent_apps_nonresident),
                                 fdi = paper$cn_fdi_net_inflows_pct_gdp))
monthly <- read.csv("../shared/data/curated/us_china_goods_monthly.csv")
monthly_data <- data.frame(limp = diff(log(monthly$us_imports_from_china_musd)),
                           lexp = diff(log(monthly$us_exports_to_china_musd)))

# The covariances the workbench offers, each as its --cov choice and a function of the unrestricted fit.
covariances <- list(
  list(cov = "hc0", f = function(m) vcovHC(m, type = "HC0")),
  list(cov = "hc1", f = function(m) vcovHC(m, type = "HC1")),
  list(cov = "hc2", f = function(m) vcovHC(m, type = "HC2")),
  list(cov = "hc3", f = function(m) vcovHC(m, type = "HC3")),
  list(cov = "hac", hac_lags = 2, f = function(m) NeweyWest(m, lag = 2, prewhite = FALSE, adjust = FALSE)),
  list(cov = "hac-parzen", hac_lags = 3,
       f = function(m) kernHAC(m, kernel = "Parzen", bw = 4, prewhite = FALSE, adjust = FALSE)),
  list(cov = "hac-qs", hac_lags = 1,
       f = function(m) kernHAC(m, kernel = "Quadratic Spectral", bw = 2, prewhite = FALSE, adjust = FALSE)),
  list(cov = "hac", bandwidth = "nw", f = function(m) NeweyWest(m, lag = NULL, prewhite = FALSE, adjust = FALSE)),
  list(cov = "hac", bandwidth = "nw", prewhite = TRUE, adjust = TRUE,
       f = function(m) NeweyWest(m, lag = NULL, prewhite = TRUE, adjust = TRUE)),
  list(cov = "hac-qs", bandwidth = "andrews",
       f = function(m) kernHAC(m, kernel = "Quadratic Spectral", bw = bwAndrews, prewhite = FALSE, adjust = FALSE)))

lagged <- function(v, l, p) v[(p + 1 - l):(length(v) - l)]

one_test <- function(x, y, p, cv) {
  n <- length(y)
  yy <- y[(p + 1):n]
  ylags <- sapply(1:p, function(l) lagged(y, l, p))
  xlags <- sapply(1:p, function(l) lagged(x, l, p))
  unrestricted <- lm(yy ~ ylags + xlags)
  restricted <- lm(yy ~ ylags)
  w <- waldtest(unrestricted, restricted, vcov = cv$f, test = "F")
  g <- grangertest(x, y, order = p, vcov = cv$f)
  out <- list(cov = cv$cov, lags = p, nobs = length(yy), f = w$F[2], p = w[2, "Pr(>F)"],
              df_num = abs(w$Df[2]), df_denom = w$Res.Df[1],
              grangertest_f = g$F[2], grangertest_p = g[2, "Pr(>F)"])
  for (key in c("hac_lags", "bandwidth", "prewhite", "adjust")) {
    if (!is.null(cv[[key]])) out[[key]] <- cv[[key]]
  }
  out
}

one_case <- function(name, data, cause, effect, orders) {
  tests <- list()
  for (p in orders) for (cv in covariances) {
    tests[[length(tests) + 1]] <- c(one_test(data[[cause]], data[[effect]], p, cv), direction = "forward")
    tests[[length(tests) + 1]] <- c(one_test(data[[effect]], data[[cause]], p, cv), direction = "reverse")
  }
  list(name = name, cause = cause, effect = effect, columns = as.list(data[, c(cause, effect)]), tests = tests)
}

cases <- list(
  one_case("chickegg_egg_chicken", chick, "egg", "chicken", 1:3),
  one_case("paper_fdi_patents", paper_data, "fdi", "lpat", 1:2),
  one_case("census_monthly_growth", monthly_data, "lexp", "limp", c(2, 6)))

root <- list(generator = "src/test/reference/granger_robust_r_fixtures.R",
             r = paste(R.version$major, R.version$minor, sep = "."),
             lmtest = as.character(packageVersion("lmtest")),
             sandwich = as.character(packageVersion("sandwich")), cases = cases)
writeLines(toJSON(root, auto_unbox = TRUE, digits = NA, pretty = TRUE),
           "src/test/resources/fixtures/granger_robust_r.json")

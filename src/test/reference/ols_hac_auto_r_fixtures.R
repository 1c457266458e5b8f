# HAC covariances with automatic bandwidths (Newey-West 1994, Andrews 1991 AR(1)), VAR(1) prewhitening and the
# small-sample factor from R's sandwich, for OlsHacAutoRTest. Run from the repository root:
#   Rscript src/test/reference/ols_hac_auto_r_fixtures.R
# Writes src/test/resources/fixtures/ols_hac_auto_r.json (the input series are in the fixture).
# Data: the bundled paper sample (sample-data/china_us_annual.csv, World Bank WDI), the U.S. Census monthly goods
# trade with China (../shared/data/curated/us_china_goods_monthly.csv, see ../shared/data/SOURCES.md), R's Nile
# and stackloss.
suppressMessages(library(sandwich))
library(jsonlite)

paper <- read.csv("sample-data/china_us_annual.csv")
lp <- log(paper$cn_patent_apps_nonresident)
paper_data <- data.frame(lpat = lp[-1], lpat_1 = lp[-length(lp)],
                         fdi = paper$cn_fdi_net_inflows_pct_gdp[-1])
paper_data <- na.omit(paper_data)  # the years both series cover
monthly <- read.csv("../shared/data/curated/us_china_goods_monthly.csv")
li <- log(monthly$us_imports_from_china_musd)
le <- log(monthly$us_exports_to_china_musd)
monthly_data <- data.frame(limp = li[-1], limp_1 = li[-length(li)], lexp = le[-1])
nile <- as.numeric(datasets::Nile)
nile_data <- data.frame(flow = nile[-1], flow_1 = nile[-length(nile)], trend = seq_len(length(nile) - 1))
stack <- data.frame(air = datasets::stackloss$Air.Flow, water = datasets::stackloss$Water.Temp,
                    acid = datasets::stackloss$Acid.Conc., loss = datasets::stackloss$stack.loss)

keys <- c("Bartlett" = "hac", "Parzen" = "hac-parzen", "Quadratic Spectral" = "hac-qs")
one_case <- function(name, data, y, x, constant) {
  f <- as.formula(paste(y, "~", paste(x, collapse = " + "), if (constant) "" else "- 1"))
  m <- lm(f, data = data)
  out <- list()
  for (pw in c(FALSE, TRUE)) for (adj in c(FALSE, TRUE)) {
    # Newey-West: Bartlett weights, lag = floor(bwNeweyWest).
    bw <- bwNeweyWest(m, kernel = "Bartlett", prewhite = pw)
    v <- NeweyWest(m, lag = NULL, prewhite = pw, adjust = adj)
    out[[length(out) + 1]] <- list(cov = "hac", rule = "nw", prewhite = pw, adjust = adj, bandwidth = bw,
                                   lags = floor(bw), bse = unname(sqrt(diag(v))))
    for (kernel in names(keys)) {
      bw <- bwAndrews(m, kernel = kernel, prewhite = pw)
      v <- kernHAC(m, kernel = kernel, bw = bwAndrews, prewhite = pw, adjust = adj)
      out[[length(out) + 1]] <- list(cov = unname(keys[kernel]), rule = "andrews", prewhite = pw, adjust = adj,
                                     bandwidth = bw, bse = unname(sqrt(diag(v))))
      if (kernel != "Bartlett") {
        bw <- bwNeweyWest(m, kernel = kernel, prewhite = pw)
        v <- kernHAC(m, kernel = kernel, bw = bwNeweyWest, prewhite = pw, adjust = adj)
        out[[length(out) + 1]] <- list(cov = unname(keys[kernel]), rule = "nw", prewhite = pw, adjust = adj,
                                       bandwidth = bw, bse = unname(sqrt(diag(v))))
      }
    }
    # A fixed bandwidth with prewhitening and the factor: NeweyWest(lag = 2).
    v <- NeweyWest(m, lag = 2, prewhite = pw, adjust = adj)
    out[[length(out) + 1]] <- list(cov = "hac", rule = "fixed", lags = 2, prewhite = pw, adjust = adj,
                                   bandwidth = 3, bse = unname(sqrt(diag(v))))
  }
  list(name = name, columns = as.list(data[, c(x, y)]), y = y, x = x, constant = constant,
       params = unname(coef(m)), hac = out)
}

cases <- list(
  one_case("paper_patents_ar1_fdi", paper_data, "lpat", c("lpat_1", "fdi"), TRUE),
  one_case("census_monthly_imports", monthly_data, "limp", c("limp_1", "lexp"), TRUE),
  one_case("nile_ar1_trend", nile_data, "flow", c("flow_1", "trend"), TRUE),
  one_case("stackloss_no_constant", stack, "loss", c("air", "water", "acid"), FALSE))

root <- list(generator = "src/test/reference/ols_hac_auto_r_fixtures.R",
             r = paste(R.version$major, R.version$minor, sep = "."),
             sandwich = as.character(packageVersion("sandwich")), cases = cases)
writeLines(toJSON(root, auto_unbox = TRUE, digits = NA, pretty = TRUE),
           "src/test/resources/fixtures/ols_hac_auto_r.json")

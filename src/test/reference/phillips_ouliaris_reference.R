# Reference values for the Phillips-Ouliaris cointegration tests (PhillipsOuliarisReferenceTest): R urca's ca.po,
# type Pu and Pz, demean none / constant / trend, lag short / long, on real data. Run from the repository root:
#   Rscript src/test/reference/phillips_ouliaris_reference.R
# Writes src/test/resources/fixtures/phillips_ouliaris_urca.json (the input series are in the fixture).
# Data: urca's denmark (Johansen and Juselius 1990, Danish money demand 1974Q1-1987Q3), finland (Johansen and
# Juselius 1990, Finnish money demand 1958Q2-1984Q3), UKpppuip (Johansen and Juselius 1992, UK PPP and UIP
# 1972Q1-1987Q2, with the oil price change doilp0: six variables, the tables' largest case), ecb (Euro-area
# quarterly 1997-2003, logs of the nominal series); the bundled sample-data/china_us_annual.csv (U.S. Census
# goods trade with China, 1995-2019, logs) and sample-data/us_china_goods_monthly.csv (U.S. Census monthly goods
# trade with China, 1987-01..2024-06, logs).
#
# Pz: urca computes M_zz = n^-1 zl'zl from the raw levels zl = z[2:T, ] for every demeaning. This workbench
# demeans (detrends) zl over rows 2..T when demean is constant (trend), as in Phillips and Ouliaris (1990). The
# VAR(1) residuals, and so Omega, are unchanged when z is shifted by a constant (constant) or by an affine function
# of time (trend), so ca.po run on z less the mean (the fitted line on 1..n) of z[2:T, ] computes exactly this
# workbench's Pz. The fixture gives both: "statistic" (the workbench convention: urca on the pre-demeaned input)
# and "statistic_urca_raw" (urca on the series as they are).
suppressMessages(library(urca))
library(jsonlite)

datasets <- list()
add <- function(name, x) {
  x <- as.data.frame(x)
  stopifnot(!anyNA(x))
  datasets[[length(datasets) + 1]] <<- list(name = name, variables = names(x), data = as.list(x))
  x
}
data(denmark)
dk <- add("denmark", denmark[, c("LRM", "LRY", "LPY", "IBO", "IDE")])
data(finland)
fi <- add("finland", finland[, c("lrm1", "lny", "lnmr", "difp")])
data(UKpppuip)
uk <- add("UKpppuip", UKpppuip[, c("p1", "p2", "e12", "i1", "i2", "doilp0")])
data(ecb)
eu <- add("ecb", data.frame(ldefl = log(ecb$gdp.defl), lgdp = log(ecb$gdp.nom), lm3 = log(ecb$m3), rl = ecb$rl))
annual <- read.csv("sample-data/china_us_annual.csv")
an <- add("china_us_annual", data.frame(lnimp = log(annual$us_goods_imports_china_musd),
                                         lnexp = log(annual$us_goods_exports_china_musd)))
monthly <- read.csv("sample-data/us_china_goods_monthly.csv")
mo <- add("us_china_monthly", data.frame(limp = log(monthly$us_imports_from_china_musd),
                                          lexp = log(monthly$us_exports_to_china_musd),
                                          limpw = log(monthly$us_imports_world_nsa_musd)))

# z less the mean (constant) or the least-squares line on trend 1..T-1 (trend) of its rows 2..T; row 1 gets the
# line at 0.
predemean <- function(z, demean) {
  if (demean == "none") return(z)
  n <- nrow(z) - 1
  zl <- z[2:(n + 1), , drop = FALSE]
  if (demean == "constant") return(sweep(z, 2, colMeans(zl)))
  tt <- seq_len(n)
  b <- coef(lm(zl ~ tt))
  z - cbind(1, 0:n) %*% b
}

cases <- list()
one <- function(dataset, x, vars) {
  z <- as.matrix(x[, vars])
  for (type in c("Pu", "Pz")) for (demean in c("none", "constant", "trend")) for (lag in c("short", "long")) {
    po <- ca.po(z, demean = demean, lag = lag, type = type)
    c1 <- list(dataset = dataset, variables = vars, type = type, demean = demean, lag = lag,
               lags = po@lag, nobs = nrow(z) - 1, statistic_urca_raw = po@teststat,
               critical_values = unname(po@cval[1, ]))
    if (type == "Pz") {
      c1$statistic <- ca.po(predemean(z, demean), demean = demean, lag = lag, type = type)@teststat
    } else {
      c1$statistic <- po@teststat
      cf <- po@testreg$coefficients
      rn <- rownames(cf)
      det <- c(which(rn == "(Intercept)"), which(rn == "trd"))
      ord <- c(setdiff(seq_along(rn), det), det)  # the workbench's order: the others, then const, trend
      c1$coefficients <- I(unname(cf[ord, 1]))
      c1$std_errors <- I(unname(cf[ord, 2]))
      c1$r_squared <- po@testreg$r.squared
    }
    cases[[length(cases) + 1]] <<- c1
  }
}
one("denmark", dk, c("LRM", "LRY", "IBO"))
one("denmark", dk, c("LRM", "LRY", "LPY", "IBO", "IDE"))
one("finland", fi, c("lrm1", "lny", "lnmr"))
one("UKpppuip", uk, c("p1", "p2", "e12", "i1", "i2", "doilp0"))
one("ecb", eu, c("lm3", "lgdp", "ldefl", "rl"))
one("china_us_annual", an, c("lnimp", "lnexp"))
one("us_china_monthly", mo, c("limp", "lexp"))
one("us_china_monthly", mo, c("limp", "lexp", "limpw"))

root <- list(generator = "src/test/reference/phillips_ouliaris_reference.R",
             r = paste(R.version$major, R.version$minor, sep = "."),
             urca = as.character(packageVersion("urca")), datasets = datasets, cases = cases)
writeLines(toJSON(root, auto_unbox = TRUE, digits = NA, pretty = TRUE),
           "src/test/resources/fixtures/phillips_ouliaris_urca.json")

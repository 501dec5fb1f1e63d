#!/usr/bin/env python3
"""Peer comparison for the fitting engine: fits the seven contract §4 release models with SciPy
(scipy.optimize.curve_fit, the tool the issue names; with bounds it runs trust-region reflective least squares)
to a CSV of time, cumulative release %.

usage: python3 scripts/scipy_fit.py <data.csv> [runs]
prints JSON: {"fits": {model: {"params": [...], "sse": x, "n": k}}, "medianMs": t}  (t = all seven models, median over runs)
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import curve_fit


def pw(t, e):
    return np.where(t > 0, np.power(np.maximum(t, 1e-300), e), 0.0)


def hc(p, t):
    u = 1 - p[0] * t
    return np.where(u <= 0, 100.0, 100 * (1 - np.maximum(u, 0) ** 3))


MODELS = {
    "zero-order": (lambda p, t: p[0] * t, [1.0], [-np.inf], [np.inf], False),
    "first-order": (lambda p, t: 100 * (1 - np.exp(-p[0] * t)), [0.1], [0], [np.inf], False),
    "higuchi": (lambda p, t: p[0] * np.sqrt(t), [5.0], [-np.inf], [np.inf], False),
    "korsmeyer-peppas": (lambda p, t: p[0] * pw(t, p[1]), [10.0, 0.5], [0, 0.01], [np.inf, 10], True),
    "hixson-crowell": (hc, [0.01], [0], [np.inf], False),
    "weibull": (lambda p, t: 100 * (1 - np.exp(-pw(t, p[1]) / p[0])), [10.0, 1.0], [1e-12, 0.01], [np.inf, 10], False),
    "peppas-sahlin": (lambda p, t: p[0] * pw(t, p[2]) + p[1] * pw(t, 2 * p[2]), [10.0, 0.0, 0.5], [-np.inf, -np.inf, 0.01], [np.inf, np.inf, 10], True),
}


def fit_all(t, F):
    out = {}
    for name, (f, p0, lo, hi, low_only) in MODELS.items():
        mask = F <= 60 if low_only else np.ones_like(F, dtype=bool)
        tt, FF = t[mask], F[mask]
        if len(tt) < len(p0):
            continue
        best = None
        # a few starts: the default and scaled versions of it (positive parameters × 0.1, × 10)
        for s in (1.0, 0.1, 10.0):
            start = [v * s if lo[i] >= 0 else v for i, v in enumerate(p0)]
            start = np.clip(start, [l + 1e-12 if np.isfinite(l) else -1e300 for l in lo], hi)
            try:
                popt, _ = curve_fit(lambda tx, *p: f(p, tx), tt, FF, p0=start, bounds=(lo, hi), method="trf", x_scale="jac", xtol=1e-12, ftol=1e-12, gtol=1e-12, max_nfev=2000)
            except Exception:
                continue
            sse = float(np.sum((FF - f(popt, tt)) ** 2))
            if best is None or sse < best[1]:
                best = (popt.tolist(), sse)
        if best:
            out[name] = {"params": best[0], "sse": best[1], "n": int(len(tt))}
    return out


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    rows = [l.replace(";", ",").replace("\t", ",").split(",") for l in open(path).read().splitlines()[1:] if l.strip()]
    t = np.array([float(r[0]) for r in rows])
    F = np.array([float(r[1]) for r in rows])
    fits = fit_all(t, F)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fit_all(t, F)
        times.append((time.perf_counter() - t0) * 1000)
    print(json.dumps({"fits": fits, "medianMs": float(np.median(times))}))


if __name__ == "__main__":
    main()

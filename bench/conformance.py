#!/usr/bin/env python3
"""Conformance report: what real eigensolvers and a real optimizer compute, audited by percept.

Set up once (a local virtual environment, git-ignored; on this project's machines pip resolves
from local mirrors, and /opt/wheels holds a CPU torch wheel):

    python3 -m venv bench/.venv && bench/.venv/bin/pip install numpy scipy torch matplotlib

Run (from the repository root; about 20 minutes on 2 shared cores, most of it percept's exact audits
of the 32 x 32 planted matrices; audits are cached in bench/target/conformance/cache, so a rerun is quick):

    bench/.venv/bin/python bench/conformance.py

For every matrix of a few families whose spectrum percept computes exactly (Proposition 4.1
matrices across magnitudes and d, planted spectra with clusters down to 1e-30, graded and
Wilkinson matrices, the minimal example's A1 and A2), it runs numpy `eigvalsh`, SciPy `eigh`,
PyTorch `linalg.eigvalsh` (CPU, float64 and float32) and EJML (in the JVM, `percept audit
--engine fast`), hands each answer to `percept audit` as the .npy the library returned (float32
answers are audited against the float32 matrix the library was given), and tabulates the
rigorous errors. It also runs the minimal example's logistic GD in PyTorch float32 and float64
from the paper's worst-case start and audits both runs with `percept audit-run`.

Writes bench/CONFORMANCE.md (the tables, the date and every version) and bench/conformance.png;
the inputs, answers and percept's JSON go to bench/target/conformance/. Never run by the build.
"""
import concurrent.futures
import datetime
import hashlib
import json
import math
import os
import platform
import re
import subprocess
import sys
import time
from fractions import Fraction
from pathlib import Path

import numpy as np
import scipy
import scipy.linalg
import torch
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "target" / "conformance"
U64 = 2.0 ** -53
U32 = 2.0 ** -24
torch.set_num_threads(max(1, os.cpu_count() or 1))


def percept_jar():
    r = subprocess.run([str(ROOT / "percept"), "--version"], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("conformance: ./percept --version failed: " + r.stderr.strip())
    jars = sorted((ROOT / "cli" / "target").glob("percept-cli-*-all.jar"))
    if not jars:
        sys.exit("conformance: no cli/target/percept-cli-*-all.jar after ./percept --version")
    OUT.mkdir(parents=True, exist_ok=True)
    own = OUT / "percept-cli.jar"  # a copy: a build running meanwhile may replace cli/target's jar
    own.write_bytes(jars[-1].read_bytes())
    return r.stdout.strip(), own


VERSION, JAR = percept_jar()


def percept(*args, check=True):
    r = subprocess.run(["java", "-XX:+UseSerialGC", "-jar", str(JAR)] + [str(a) for a in args], capture_output=True, text=True)
    if check and r.returncode not in (0, 1):
        sys.exit("conformance: percept %s failed (%d): %s" % (" ".join(map(str, args)), r.returncode, r.stderr.strip()))
    return r


# ---------------------------------------------------------------------------------------------
# Matrix families. Every entry is a double (most are small integers times powers of two); the
# spectrum of the stored matrix is what percept computes exactly, whatever rounding the
# construction did.

def m_of(a, b):
    d = len(a)
    m = np.zeros((d + 2, d + 2))
    m[0, 2:] = a
    m[1, 2:] = b
    m[2:, 0] = a
    m[2:, 1] = b
    return m


def prop41(d, k, rng):
    a = rng.integers(-9, 10, size=d).astype(float)
    a[a == 0] = 1.0
    perm = np.arange(d)
    idx = rng.permutation(d)
    for i in range(0, d - 1, 2):  # a random involution: pairs swapped
        perm[idx[i]], perm[idx[i + 1]] = idx[i + 1], idx[i]
    return m_of(np.ldexp(a, k), np.ldexp(a[perm], k))


def householder_q(n, rng, reflections=3):
    q = np.eye(n)
    for _ in range(reflections):
        v = np.zeros(n)
        pos = rng.choice(n, size=4, replace=False)
        v[pos] = rng.choice([-1.0, 1.0], size=4)
        h = np.eye(n) - np.outer(v, v) / 2.0  # v^T v = 4: entries 0, +-1/2, 1 - 1/2, exact
        q = q @ h
    return q


def planted(values, rng):
    n = len(values)
    q = householder_q(n, rng)
    a = q @ np.diag(values) @ q.T
    return (a + a.T) / 2.0  # symmetric to the last bit (halving is exact)


def clusters(n):
    vals = []
    for c in (1.0, 1e-10, 1e-20, 1e-30):
        for j in range(n // 4):
            vals.append(c * (1.0 + j * 2.0 ** -40))
    return np.array(vals[:n])


def graded_spectrum(n):
    return np.array([10.0 ** (-30.0 * i / (n - 1)) for i in range(n)])


def graded(n, rng):
    c = rng.integers(-3, 4, size=(n, n)).astype(float)
    b = c @ c.T + n * np.eye(n)
    dd = np.ldexp(np.ones(n), -6 * np.arange(n))
    return (dd[:, None] * b) * dd[None, :]


def wilkinson(n):
    m = (n - 1) // 2
    a = np.diag(np.abs(np.arange(-m, m + 1)).astype(float))
    a += np.diag(np.ones(n - 1), 1) + np.diag(np.ones(n - 1), -1)
    return a


def minimal_a(d, which, mu=1.0):
    b1 = np.ones(d)
    b2 = np.ones(d)
    b2[0] = 1.0 + mu
    a = b1 if which == 1 else -b2
    pa = a.copy()
    pa[[0, 1]] = pa[[1, 0]]
    return m_of(a, pa)


def families():
    rng = np.random.default_rng(20261130)
    for d in (8, 64, 256):
        for k in (-300, -60, 0, 60, 300):
            yield "prop41", "d=%d, 2^%d" % (d, k), prop41(d, k, rng)
    for n in (16, 32):
        yield "planted clusters", "n=%d" % n, planted(clusters(n), rng)
        yield "planted graded 1..1e-30", "n=%d" % n, planted(graded_spectrum(n), rng)
    for n in (8, 16, 32):
        yield "graded D B D", "n=%d" % n, graded(n, rng)
    for n in (21, 41):  # W101+ has pairs ~1e-60 apart: its audit did not finish in 5 minutes
        yield "wilkinson W+", "n=%d" % n, wilkinson(n)
    for d in (4, 64, 1024):
        yield "minimal A1", "d=%d" % d, minimal_a(d, 1)
        yield "minimal A2", "d=%d" % d, minimal_a(d, 2)


# ---------------------------------------------------------------------------------------------

LIBS = ["numpy eigvalsh", "scipy eigh", "torch eigvalsh f64", "torch eigvalsh f32", "EJML (percept fast)"]


def solve(lib, a):
    """(eigenvalues as the library returned them, the matrix it was given) or None when not applicable."""
    if lib == "numpy eigvalsh":
        return np.linalg.eigvalsh(a), a
    if lib == "scipy eigh":
        return scipy.linalg.eigh(a, eigvals_only=True), a
    if lib == "torch eigvalsh f64":
        return torch.linalg.eigvalsh(torch.from_numpy(a.copy())).numpy(), a
    if lib == "torch eigvalsh f32":
        a32 = a.astype(np.float32)
        if not np.all(np.isfinite(a32)) or (np.count_nonzero(a32) < np.count_nonzero(a)):
            return None  # outside float32's range: overflow or underflow to 0
        return torch.linalg.eigvalsh(torch.from_numpy(a32.copy())).numpy(), a32
    return None


def ulp32(x):
    return float(np.spacing(np.float32(abs(x)))) if x != 0 else float(np.spacing(np.float32(0)))


def stats(audit, single, a):
    """Max ulps (in the library's precision), worst relative error, and max |error| / (u ||A||_F)."""
    u = U32 if single else U64
    fro = float(np.linalg.norm(a.astype(np.float64)))
    max_ulps, worst_rel, normwise = 0.0, 0.0, 0.0
    zero_true = 0
    for e in audit["eigenvalues"]:
        abs_err = float(e["absError"])
        lo, hi = Fraction(e["trueLower"]), Fraction(e["trueUpper"])
        normwise = max(normwise, abs_err / (u * fro) if fro > 0 else 0.0)
        if lo <= 0 <= hi:
            zero_true += 1
            continue
        if e["relError"] is not None:
            worst_rel = max(worst_rel, float(e["relError"]))
        if single:
            # ulp of the float32 nearest to the true value: the smaller of the two ends' ulps (an upper bound of the count)
            uu = min(ulp32(float(lo)), ulp32(float(hi)))
            max_ulps = max(max_ulps, abs_err / uu)
        elif e["ulps"] is not None:
            max_ulps = max(max_ulps, float(e["ulps"]))
    return max_ulps, worst_rel, normwise, zero_true


def cached_audit(args, files):
    """percept's JSON for `percept audit ARGS --json` (exit 0 or 1), or (None, its error line) when it failed.

    Cached under OUT/cache by the contents of the files audited and percept's version, so that a
    rerun after an interruption audits only what is new."""
    h = hashlib.sha256(VERSION.encode())
    for a in args:
        h.update(str(a if not isinstance(a, Path) else a.name).encode())
    for f in files:
        h.update(Path(f).read_bytes())
    cache = OUT / "cache" / (h.hexdigest()[:32] + ".json")
    if cache.exists():
        return json.loads(cache.read_text()), None
    r = percept("audit", *args, "--json", check=False)
    if r.returncode not in (0, 1):
        return None, "exit %d: %s" % (r.returncode, r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "")
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(r.stdout)
    return json.loads(r.stdout), None


def eigen_report():
    """Every library on every matrix (in this process), then every audit (two percept processes at a time)."""
    OUT.mkdir(parents=True, exist_ok=True)
    tasks = []
    for k, (fam, size, a) in enumerate(families()):
        mfile = OUT / ("m%02d.npy" % k)
        np.save(mfile, a)
        n = a.shape[0]
        for lib in LIBS:
            base = dict(family=fam, size=size, n=n, lib=lib)
            if lib.startswith("EJML"):
                tasks.append((base, ["--matrix", mfile, "--engine", "fast"], [mfile], a, False))
                continue
            s = solve(lib, a)
            if s is None:
                tasks.append((base, None, None, None, None))
                continue
            vals, given = s
            gfile = OUT / ("m%02d_%s.npy" % (k, re.sub("[^a-z0-9]+", "_", lib)))
            efile = gfile.with_name(gfile.stem + "_ev.npy")
            np.save(gfile, given)
            np.save(efile, vals)
            tasks.append((base, ["--matrix", gfile, "--eigenvalues", efile], [gfile, efile], given, given.dtype == np.float32))

    def run(task):
        base, args, files, given, single = task
        if args is None:
            return dict(base, na=True)
        t0 = time.time()
        audit, error = cached_audit(args, files)
        if audit is None:
            row = dict(base, na=False, failed=error)
            print("%-24s %-14s %-22s FAILED %s" % (base["family"], base["size"], base["lib"], error), flush=True)
            return row
        mu, rel, nw, zeros = stats(audit, single, given)
        print("%-24s %-14s %-22s ulps<=%-10.4g rel<=%-10.4g |err|/(u||A||_F)<=%-8.3g (%s, %.1fs)"
              % (base["family"], base["size"], base["lib"], mu, rel, nw, audit["method"], time.time() - t0), flush=True)
        return dict(base, na=False, failed=None, max_ulps=mu, worst_rel=rel, normwise=nw, zeros=zeros, method=audit["method"])

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(run, tasks))


# ---------------------------------------------------------------------------------------------
# The minimal example's GD in PyTorch, audited step by step.

X = [[1, 1, 1, 1], [2, 1, 1, 1]]
Y = [1, -1]


def torch_gd(theta0, dtype, steps, gamma=0.25):
    x = torch.tensor(X, dtype=dtype)
    y = torch.tensor(Y, dtype=dtype)
    th = torch.tensor(theta0, dtype=dtype, requires_grad=True)
    opt = torch.optim.SGD([th], lr=gamma)
    rows = [th.detach().clone()]
    for _ in range(steps):
        opt.zero_grad()
        f = th[0] * (x @ th[2:]) + th[1] * (x[:, [1, 0, 2, 3]] @ th[2:])
        torch.nn.functional.softplus(-y * f).mean().backward()
        opt.step()
        rows.append(th.detach().clone())
    return torch.stack(rows).numpy()


def gd_report():
    rng = np.random.default_rng(1)
    g = rng.standard_normal(6)
    g /= np.linalg.norm(g)
    vmu_minus = np.array([1, -1, 1, -1, 0, 0]) / 2.0
    out = []
    for eps in (1e-3, 1e-7):
        theta0 = (vmu_minus + eps * g).astype(np.float32)  # the start both runs use, exactly
        for name, dtype, np_dtype in (("float32", torch.float32, np.float32), ("float64", torch.float64, np.float64)):
            run = torch_gd(theta0.astype(np_dtype), dtype, 40)
            f = OUT / ("gd_eps%g_%s.npy" % (eps, name))
            np.save(f, run)
            args = ["audit-run", "--data", "builtin:minimal4", "--model", "tied", "--gamma", "1/4", "--trajectory", f]
            j = json.loads(percept(*args, "--json").stdout)
            text = percept(*args).stdout
            out.append(dict(eps=eps, dtype=name, json=j, text=text, file=f, args=args))
            fd = j["firstDivergence"]
            print("GD eps=%g %s: max local %s ulps, max drift rel %s, first divergence %s"
                  % (eps, name, j["maxLocalUlps"], j["maxDriftRelative"], fd), flush=True)
    percept("audit-run", "--data", "builtin:minimal4", "--model", "tied", "--gamma", "1/4", "--trajectory",
            OUT / "gd_eps1e-07_float32.npy", "--plot", OUT)
    return out


# ---------------------------------------------------------------------------------------------

def versions():
    cfg = np.show_config(mode="dicts")
    blas = cfg.get("Build Dependencies", {}).get("blas", {})
    r = subprocess.run(["java", "-version"], capture_output=True, text=True)
    pom = (ROOT / "pom.xml").read_text()
    ejml = re.search(r"<ejml\.version>([^<]+)<", pom) or re.search(r"ejml[^<]*</artifactId>\s*<version>([^<]+)<", pom)
    return dict(python=platform.python_version(), numpy=np.__version__, scipy=scipy.__version__, torch=torch.__version__,
                blas="%s %s" % (blas.get("name", "?"), blas.get("version", "?")), java=r.stderr.splitlines()[0] if r.stderr else "?",
                ejml=ejml.group(1) if ejml else "?", percept=VERSION, cpu=platform.processor() or platform.machine(),
                threads=torch.get_num_threads())


def write(rows, gd, v, started):
    lines = []
    today = datetime.date.today().isoformat()
    lines.append("# Conformance report: eigensolvers and a GD run audited by percept\n")
    lines.append("Generated by `bench/.venv/bin/python bench/conformance.py` on %s (%.0f s). Versions: Python %s, numpy %s "
                 "(%s), SciPy %s, PyTorch %s (CPU, %d threads), EJML %s (through %s, %s), %s.\n"
                 % (today, time.time() - started, v["python"], v["numpy"], v["blas"], v["scipy"], v["torch"], v["threads"],
                    v["ejml"], v["percept"], v["java"], v["cpu"]))
    lines.append("Every error is percept's rigorous upper bound (`percept audit`, exact spectrum of the matrix the library was "
                 "given). *max ulps*: in the library's precision (float32 ulps for `torch f32`), over the eigenvalues that are "
                 "not 0; *worst rel*: the largest relative error over those; *normwise*: max |error| / (u ||A||_F), u the "
                 "unit roundoff of the library's precision: LAPACK documents |error| <= p(n) u ||A||_2 (p a modest function "
                 "of n), so a normwise value far above n would be beyond documented accuracy. Eigenvalues that are exactly "
                 "0 have no relative error and count in *normwise* only.\n")
    fams = list(dict.fromkeys(r["family"] for r in rows))

    def per_family(title, cell):
        """A table with one row per family and one column per library, cell(rows of that pair) or n/a."""
        lines.append(title)
        lines.append("| family | " + " | ".join(LIBS) + " |")
        lines.append("|---|" + "---|" * len(LIBS))
        for fam in fams:
            cells = []
            for lib in LIBS:
                rs = [r for r in rows if r["family"] == fam and r["lib"] == lib and not r["na"] and not r["failed"]]
                failed = [r["size"] for r in rows if r["family"] == fam and r["lib"] == lib and not r["na"] and r["failed"]]
                c = cell(rs) if rs else "n/a"
                cells.append(c + ("; **failed** at %s" % ", ".join(failed) if failed else ""))
            lines.append("| %s | %s |" % (fam, " | ".join(cells)))

    per_family("## Summary: worst over the sizes of each family\n",
               lambda rs: "%.3g ulps, rel %.2g" % (max(r["max_ulps"] for r in rs), max(r["worst_rel"] for r in rs)))
    per_family("\n## Normwise error / (u ||A||_F), worst over the sizes\n", lambda rs: "%.3g" % max(r["normwise"] for r in rs))
    lines.append("\n## Every matrix\n")
    lines.append("| family | size | n | library | max ulps | worst rel | normwise | zero eigenvalues | percept method |")
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        if r["na"]:
            lines.append("| %s | %s | %d | %s | n/a (matrix outside float32 range) | | | | |" % (r["family"], r["size"], r["n"], r["lib"]))
        elif r["failed"]:
            lines.append("| %s | %s | %d | %s | **failed**: %s | | | | |" % (r["family"], r["size"], r["n"], r["lib"], r["failed"]))
        else:
            lines.append("| %s | %s | %d | %s | %.4g | %.3g | %.3g | %d | %s |" % (r["family"], r["size"], r["n"], r["lib"], r["max_ulps"],
                                                                            r["worst_rel"], r["normwise"], r["zeros"], r["method"]))
    lines.append("\n## The minimal example's GD in PyTorch, audited by `percept audit-run`\n")
    lines.append("Tied model on the minimal example (d = 4, mu = 1), logistic loss (mean of softplus(-y f)), `torch.optim.SGD` "
                 "with lr = 1/4, 40 steps, from the float32 start vmu- + eps g (the worst-case start of claim M1; g a fixed "
                 "random unit vector), the same start for both precisions.\n")
    lines.append("| eps | run | max local error (ulps) | max relative local error | max relative drift | first divergence from the exact run |")
    lines.append("|---|---|---|---|---|---|")
    for g in gd:
        j = g["json"]
        fd = j["firstDivergence"]
        lines.append("| %g | %s | %s | %s | %s | %s |" % (g["eps"], g["dtype"], j["maxLocalUlps"], j["maxLocalRelative"], j["maxDriftRelative"],
                                                        "none in %d steps" % j["steps"] if fd is None else "t = %d (%s)" % (fd["t"], ", ".join(fd["what"]))))
    for g in gd:
        if g["eps"] == 1e-7 and g["dtype"] == "float32":
            lines.append("\n```\n$ percept %s\n%s```\n" % (" ".join(str(a) if not isinstance(a, Path) else a.name for a in g["args"]), g["text"]))
    (ROOT / "bench" / "CONFORMANCE.md").write_text("\n".join(lines) + "\n")


def plot(rows):
    fams = list(dict.fromkeys(r["family"] for r in rows))
    fig, ax = plt.subplots(figsize=(11, 5.5))
    width = 0.8 / len(LIBS)
    for i, lib in enumerate(LIBS):
        ys = []
        for fam in fams:
            rs = [r for r in rows if r["family"] == fam and r["lib"] == lib and not r["na"] and not r["failed"]]
            ys.append(max([r["normwise"] for r in rs], default=float("nan")))
        ax.bar(np.arange(len(fams)) + i * width, [max(y, 1e-3) for y in ys], width, label=lib)
    ax.set_yscale("log")
    ax.set_xticks(np.arange(len(fams)) + 0.4 - width / 2)
    ax.set_xticklabels(fams, rotation=20, ha="right")
    ax.set_ylabel("max |error| / (u ||A||_F)  (rigorous, percept audit)")
    ax.set_title("Eigenvalue errors of real libraries, worst over sizes (u of the library's precision)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(ROOT / "bench" / "conformance.png", dpi=90)


def main():
    started = time.time()
    v = versions()
    rows = eigen_report()
    gd = gd_report()
    (OUT / "rows.json").write_text(json.dumps(rows, indent=1))
    write(rows, gd, v, started)
    plot(rows)
    print("wrote bench/CONFORMANCE.md and bench/conformance.png (%.0f s)" % (time.time() - started))


if __name__ == "__main__":
    main()

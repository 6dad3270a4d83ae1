#!/usr/bin/env python3
"""percept comparison harness: times percept and the obvious alternative on the same inputs in
the same run, prints one table with both times and their ratio, and writes bench/RESULTS.md.

Run it as `bench/compare` from the repository root (see `bench/compare --help`). Standard library
only: SymPy, numpy, mpmath and FLINT are used when present; a missing one is named and its rows
are skipped, never installed. Rows whose percept command has not landed yet print
'not available yet (issue N)'. Nothing here is part of the build or the tests.

How each side is timed (same convention in every row, stated again in RESULTS.md):
- percept, "whole process": wall clock of `./percept ARGS` (JVM start, exact parsing of the
  input files, computation, certificates, printing), one run after an untimed launcher warm-up;
- percept, "warm JVM": dev.percept.bench.Timer runs the same command in-process through
  Main.run (or one library call, e.g. the characteristic polynomial), after untimed warm-up runs,
  and reports the median of the timed runs;
- the alternative: timed inside its own process around the library call only (interpreter
  start, imports, file parsing and matrix construction excluded), median of repeats when a call
  is short, a single run (with a timeout) when long. This favours the alternative.
Ratio = alternative / percept: above 1 means percept is faster.
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import random
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
WORK = BENCH / "target" / "compare"
BENCH_JAR = BENCH / "target" / "percept-bench.jar"
FLINT_SRC = BENCH / "flint" / "charpoly_roots.c"
FLINT_BIN = WORK / "flint_charpoly_roots"

# ---------------------------------------------------------------------------------------------
# Deterministic inputs (files cached under bench/target/compare/inputs; same seed, same bytes)
# ---------------------------------------------------------------------------------------------


def involution(rnd, d):
    """1-based image table of a random involution with about half the points paired."""
    idx = list(range(d))
    rnd.shuffle(idx)
    img = list(range(1, d + 1))
    pairs = 0 if d // 2 == 0 else 1 + rnd.randrange(d // 2)
    for k in range(pairs):
        u, v = idx[2 * k], idx[2 * k + 1]
        img[u], img[v] = v + 1, u + 1
    return img


def gen_structured(d):
    """a: numerators uniform in [-1e9, 1e9], denominators 1..1000; P a random involution."""
    out = WORK / "inputs" / f"structured-{d}"
    a_file, p_file = out / "a.csv", out / "perm.csv"
    if not p_file.exists():
        out.mkdir(parents=True, exist_ok=True)
        rnd = random.Random(1000003 * d + 17)
        a = [f"{rnd.randint(-10**9, 10**9)}/{rnd.randint(1, 1000)}" for _ in range(d)]
        perm = involution(rnd, d)
        a_file.write_text("\n".join(a) + "\n")
        p_file.write_text("\n".join(map(str, perm)) + "\n")
    return {"a": a_file, "perm": p_file}


def gen_structured_cycle(d):
    """The same a as gen_structured(d); P the single d-cycle (1 2 ... d), i.e. one-line 2,3,...,d,1."""
    f = gen_structured(d)
    c_file = f["a"].parent / "cycle.csv"
    if not c_file.exists():
        c_file.write_text("\n".join(str(i % d + 1) for i in range(1, d + 1)) + "\n")
    return {"a": f["a"], "perm": c_file}


def gen_structured_pairs(d):
    """The same a as gen_structured(d); P the fixed-point-free involution (1 2)(3 4)... (d even)."""
    f = gen_structured(d)
    p_file = f["a"].parent / "pairs.csv"
    if not p_file.exists():
        p_file.write_text("\n".join(str(i + 2 if i % 2 == 0 else i) for i in range(d)) + "\n")
    return {"a": f["a"], "perm": p_file}


def gen_householder(size):
    """P = I - 2 v v^T / (v^T v) for a random integer v of n entries with k digits each (size = (n, k)):
    v.csv (one entry a line), P.csv (the dense matrix, entries in lowest terms; numerators and
    denominators of about 2k digits), a.csv (small rationals as in gen_structured)."""
    from fractions import Fraction
    n, k = size
    out = WORK / "inputs" / f"householder-{n}x{k}"
    v_file, p_file, a_file = out / "v.csv", out / "P.csv", out / "a.csv"
    if not p_file.exists():
        out.mkdir(parents=True, exist_ok=True)
        rnd = random.Random(7777 * n + k)
        v = [rnd.randrange(10 ** (k - 1), 10 ** k) * rnd.choice((-1, 1)) for _ in range(n)]
        vv = sum(x * x for x in v)
        a_file.write_text("\n".join(f"{rnd.randint(-10**9, 10**9)}/{rnd.randint(1, 1000)}" for _ in range(n)) + "\n")
        v_file.write_text("\n".join(map(str, v)) + "\n")
        with p_file.open("w") as f:
            for i in range(n):
                row = []
                for j in range(n):
                    e = Fraction((vv if i == j else 0) - 2 * v[i] * v[j], vv)
                    row.append(str(e.numerator) if e.denominator == 1 else f"{e.numerator}/{e.denominator}")
                f.write(",".join(row) + "\n")
    return {"v": v_file, "P": p_file, "a": a_file}


def gen_symint(n):
    """A random symmetric integer matrix with entries in [-100, 100]."""
    out = WORK / "inputs" / f"symint-{n}.csv"
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        rnd = random.Random(7919 * n + 3)
        m = [[0] * n for _ in range(n)]
        for i in range(n):
            for j in range(i, n):
                m[i][j] = m[j][i] = rnd.randint(-100, 100)
        out.write_text("\n".join(",".join(map(str, r)) for r in m) + "\n")
    return {"matrix": out}


def gen_data(n, d):
    """Classification data: n rows x_1..x_d,y with integer features in [-100, 100], y in {-1,1}."""
    out = WORK / "inputs" / f"data-{n}x{d}.csv"
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        rnd = random.Random(104729 * n + d)
        with out.open("w") as f:
            for _ in range(n):
                f.write(",".join(str(rnd.randint(-100, 100)) for _ in range(d)))
                f.write(",1\n" if rnd.random() < 0.5 else ",-1\n")
    return {"data": out}


def gen_none(_size):
    return {}


# ---------------------------------------------------------------------------------------------
# The alternatives, each a small Python program run in its own process (so it can be killed at
# the timeout and its environment can differ). Each prints one JSON object with "time_s".
# ---------------------------------------------------------------------------------------------

ALT_PRELUDE = r'''
import json, sys, time
def best(f, budget=3.0, max_runs=5):
    """Median of repeated calls for short calls; the single run when one call exceeds budget."""
    runs = []
    t = time.perf_counter(); r = f(); runs.append(time.perf_counter() - t)
    while runs[0] < budget and len(runs) < max_runs and sum(runs) < budget:
        t = time.perf_counter(); r = f(); runs.append(time.perf_counter() - t)
    runs.sort()
    return r, runs[len(runs) // 2], len(runs)
def read_structured(a_file, p_file):
    a = [l.strip() for l in open(a_file) if l.strip()]
    perm = [int(l) for l in open(p_file) if l.strip()]
    return a, perm
'''

SYMPY_EIGENVALS = ALT_PRELUDE + r'''
import sympy
a_file, p_file = sys.argv[1:3]
a, perm = read_structured(a_file, p_file)
d = len(a)
av = [sympy.Rational(x) for x in a]
pa = [av[perm[i] - 1] for i in range(d)]
M = sympy.zeros(d + 2, d + 2)
for i in range(d):
    M[0, i + 2] = M[i + 2, 0] = av[i]
    M[1, i + 2] = M[i + 2, 1] = pa[i]
t = time.perf_counter()
ev = M.eigenvals()
el = time.perf_counter() - t
vals = sorted(((sympy.N(k, 30), m) for k, m in ev.items()), key=lambda e: e[0])
print(json.dumps({"time_s": el, "runs": 1, "eigs": [[str(v), m] for v, m in vals]}))
'''

SYMPY_CHARPOLY = ALT_PRELUDE + r'''
import hashlib, sympy
from sympy.polys.polytools import real_roots
rows = [[int(x) for x in l.split(",")] for l in open(sys.argv[1]) if l.strip()]
M = sympy.Matrix(rows)
t = time.perf_counter()
cp = M.charpoly()
t1 = time.perf_counter()
roots = real_roots(cp.as_expr(), multiple=True)
t2 = time.perf_counter()
coeffs = ",".join(str(int(c)) for c in reversed(cp.all_coeffs()))
print(json.dumps({"time_s": t2 - t, "charpoly_s": t1 - t, "roots_s": t2 - t1, "runs": 1,
                  "real_roots": len(roots), "digest": hashlib.sha256(coeffs.encode()).hexdigest()}))
'''

NUMPY_INFO = r'''
def blas_info():
    info = {}
    try:
        from threadpoolctl import threadpool_info
        info["threadpoolctl"] = [{k: p.get(k) for k in ("internal_api", "version", "architecture", "num_threads")}
                                 for p in threadpool_info()]
    except ImportError:
        info["threadpoolctl"] = "not installed"
        try:
            import numpy
            cfg = numpy.show_config(mode="dicts")
            blas = cfg.get("Build Dependencies", {}).get("blas", {})
            info["blas"] = f'{blas.get("name")} {blas.get("version")}'
        except Exception as e:  # numpy < 1.25 has no mode="dicts"
            info["blas"] = repr(e)
        try:
            # what threadpoolctl would report: ask the OpenBLAS bundled with numpy which kernel it chose
            import ctypes, glob, os, numpy
            libs = glob.glob(os.path.join(os.path.dirname(numpy.__file__), "..", "numpy.libs", "lib*openblas*.so*"))
            h = ctypes.CDLL(libs[0])
            for prefix, suffix in (("scipy_openblas_", "64_"), ("scipy_openblas_", ""), ("openblas_", "")):
                f = getattr(h, prefix + "get_corename" + suffix, None)
                if f is not None:
                    f.restype = ctypes.c_char_p
                    info["openblas_corename"] = f().decode()
                    info["openblas_threads"] = getattr(h, prefix + "get_num_threads" + suffix)()
                    break
        except Exception as e:
            info["openblas_corename"] = "unknown (" + type(e).__name__ + ")"
    return info
'''

NUMPY_EIGVALSH_STRUCTURED = ALT_PRELUDE + NUMPY_INFO + r'''
import numpy as np
from fractions import Fraction
a, perm = read_structured(*sys.argv[1:3])
d = len(a)
av = np.array([float(Fraction(x)) for x in a])
pa = av[np.array(perm) - 1]
M = np.zeros((d + 2, d + 2))
M[0, 2:] = M[2:, 0] = av
M[1, 2:] = M[2:, 1] = pa
w, el, runs = best(lambda: np.linalg.eigvalsh(M))
print(json.dumps({"time_s": el, "runs": runs, "largest": repr(float(w[-1])), "blas": blas_info()}))
'''

NUMPY_EIGVALSH_GENERIC = ALT_PRELUDE + NUMPY_INFO + r'''
import numpy as np
M = np.loadtxt(sys.argv[1], delimiter=",")
w, el, runs = best(lambda: np.linalg.eigvalsh(M))
print(json.dumps({"time_s": el, "runs": runs, "largest": repr(float(w[-1])), "blas": blas_info()}))
'''

NUMPY_GD_STEP = ALT_PRELUDE + NUMPY_INFO + r'''
import numpy as np
D = np.loadtxt(sys.argv[1], delimiter=",")
X, y = np.ascontiguousarray(D[:, :-1]), D[:, -1].copy()
n = X.shape[0]
gamma = 1.0
def step(theta):
    z = y * (X @ theta)
    g = -(X.T @ (y / (1.0 + np.exp(z)))) / n   # gradient of (1/n) sum log(1 + exp(-z))
    return theta - gamma * g
# not zeros: BLAS gemv may skip the columns of zero entries of the vector (reference dgemv does)
theta0 = np.random.default_rng(0).standard_normal(X.shape[1]) * 1e-3
_, el, runs = best(lambda: step(theta0))
print(json.dumps({"time_s": el, "runs": runs, "blas": blas_info()}))
'''

MPMATH_GD_STEPS = ALT_PRELUDE + r'''
import mpmath
mpmath.mp.dps = int(sys.argv[3])
rows = [[mpmath.mpf(x) for x in l.split(",")] for l in open(sys.argv[1]) if l.strip()]
steps = int(sys.argv[2])
n, d = len(rows), len(rows[0]) - 1
gamma = mpmath.mpf(1)
theta = [mpmath.mpf(0)] * d
times = []
for _ in range(steps):
    t = time.perf_counter()
    g = [mpmath.mpf(0)] * d
    for r in rows:
        y = r[-1]
        z = y * mpmath.fsum(r[j] * theta[j] for j in range(d))
        c = y / (1 + mpmath.exp(z))
        for j in range(d):
            g[j] -= c * r[j]
    theta = [theta[j] - gamma * g[j] / n for j in range(d)]
    times.append(time.perf_counter() - t)
later = sorted(times[1:])  # the first step starts from theta = 0, as percept's does; report the later ones
print(json.dumps({"time_s": later[len(later) // 2], "runs": len(later)}))
'''

FRACTION_PERCEPTRON_STEPS = ALT_PRELUDE + r'''
from fractions import Fraction
rows = [[Fraction(x) for x in l.split(",")] for l in open(sys.argv[1]) if l.strip()]
steps = int(sys.argv[2])
d = len(rows[0]) - 1
theta = [Fraction(0)] * d
times = []
for _ in range(steps):
    t = time.perf_counter()
    upd = [Fraction(0)] * d
    for r in rows:
        y = r[-1]
        m = y * sum(r[j] * theta[j] for j in range(d))
        w = Fraction(1) if m < 0 else (Fraction(1, 2) if m == 0 else Fraction(0))  # tie rule 'half'
        if w:
            for j in range(d):
                upd[j] += w * y * r[j]
    theta = [theta[j] + upd[j] for j in range(d)]
    times.append(time.perf_counter() - t)
later = sorted(times[1:])
print(json.dumps({"time_s": later[len(later) // 2], "runs": len(later)}))
'''


# ---------------------------------------------------------------------------------------------
# Environment probes
# ---------------------------------------------------------------------------------------------

class Env:
    """What this machine offers; every probe is read-only (nothing is installed)."""

    def __init__(self, sympy_timeout):
        self.sympy_timeout = sympy_timeout
        self.python = sys.executable
        self.modules = {}
        self.flint = None
        self.flint_why = None
        self.help_cache = {}
        self.percept_commands = None

    def has_module(self, name):
        if name not in self.modules:
            r = subprocess.run([self.python, "-c", f"import {name}; print({name}.__version__)"],
                               capture_output=True, text=True)
            self.modules[name] = r.stdout.strip() if r.returncode == 0 else None
        return self.modules[name]

    def has_flint(self):
        """Compiles bench/flint/charpoly_roots.c against the system FLINT/Arb, once."""
        if self.flint is None:
            cc = shutil.which("cc") or shutil.which("gcc")
            if cc is None:
                self.flint, self.flint_why = False, "no C compiler (cc) on PATH"
            else:
                WORK.mkdir(parents=True, exist_ok=True)
                r = subprocess.run([cc, "-O2", "-o", str(FLINT_BIN), str(FLINT_SRC), "-lflint-arb", "-lflint", "-lgmp"],
                                   capture_output=True, text=True)
                if r.returncode != 0:
                    r = subprocess.run([cc, "-O2", "-o", str(FLINT_BIN), str(FLINT_SRC), "-larb", "-lflint", "-lgmp"],
                                       capture_output=True, text=True)
                if r.returncode == 0:
                    self.flint = True
                else:
                    self.flint = False
                    self.flint_why = ("FLINT/Arb headers or libraries not found (Debian: libflint-dev libflint-arb-dev): "
                                      + (r.stderr.strip().splitlines() or ["?"])[0])
        return self.flint

    def missing(self, needs):
        """The first missing requirement of a row, as a sentence, or None."""
        for need in needs:
            if need == "flint":
                if not self.has_flint():
                    return self.flint_why
            elif not self.has_module(need):
                return f"Python module '{need}' is not importable by {self.python}"
        return None

    def percept_help(self, sub):
        if sub not in self.help_cache:
            r = subprocess.run(java_cli() + ([sub, "--help"] if sub else ["--help"]), capture_output=True, text=True)
            self.help_cache[sub] = r.stdout if r.returncode == 0 else ""
        return self.help_cache[sub]

    def percept_has(self, sub, options):
        """The first of SUB's names (a name or a tuple of candidate names) that `percept --help`
        lists as a command whose own --help lists every option; None when there is none."""
        top = self.percept_help(None)
        for name in (sub,) if isinstance(sub, str) else sub:
            if re.search(rf"^\s+{re.escape(name)}(,|\s|$)", top, re.M) and all(o in self.percept_help(name) for o in options):
                return name
        return None


def cli_jar():
    jars = sorted((ROOT / "cli" / "target").glob("percept-cli-*-all.jar"))
    return jars[0] if jars else None


def java_cli():
    return ["java", "-XX:+UseSerialGC", "-jar", str(cli_jar())]


def build():
    """Builds the CLI jar (through the launcher) and the bench jar (Maven profile -Pbench)."""
    r = subprocess.run([str(ROOT / "percept"), "--version"], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("compare: ./percept --version failed: " + r.stderr.strip())
    newest = max(p.stat().st_mtime for p in ROOT.glob("*/src/**/*") if p.is_file())
    if not BENCH_JAR.exists() or BENCH_JAR.stat().st_mtime < newest:
        print("compare: building bench/target/percept-bench.jar (mvn -Pbench) ...", file=sys.stderr)
        r = subprocess.run(["mvn", "-B", "-q", "-o", "-Pbench", "-DskipTests", "package", "-pl", "bench", "-am"],
                           cwd=ROOT, capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit("compare: bench build failed (offline). If JMH is not in ~/.m2 yet, run once: "
                     "mvn -B -Pbench -DskipTests package -pl bench -am\n" + r.stdout[-3000:] + r.stderr[-3000:])


# ---------------------------------------------------------------------------------------------
# Timing primitives
# ---------------------------------------------------------------------------------------------

LAST_PEAK_RSS = {"kib": None}


def time_whole_process(args, timeout):
    """Wall clock of ./percept ARGS; returns (seconds, exit code, stdout, stderr). The peak resident
    memory of the process (the launcher execs java, so it is the JVM's) is left in LAST_PEAK_RSS."""
    import tempfile
    t = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([str(ROOT / "percept")] + args, stdout=out, stderr=err)
        deadline = t + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                proc.wait()
                return None, None, "", f"timed out after {timeout} s"
            time.sleep(0.01)
        secs = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        LAST_PEAK_RSS["kib"] = usage.ru_maxrss
        out.seek(0)
        err.seek(0)
        return secs, proc.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")


BASELINE = {"jar": None}


def time_warm(task_args, timeout, budget=5.0, baseline=False):
    """dev.percept.bench.Timer in a fresh JVM; returns its JSON result (or an error dict). With
    baseline, percept's classes come from the --baseline-jar build (placed first on the class path)."""
    cp = (str(BASELINE["jar"]) + os.pathsep + str(BENCH_JAR)) if baseline else str(BENCH_JAR)
    cmd = ["java", "-XX:+UseSerialGC", "-cp", cp, "dev.percept.bench.Timer",
           "--budget-s", str(budget)] + task_args
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout} s"}
    if r.returncode != 0:
        return {"error": (r.stderr.strip().splitlines() or ["Timer failed"])[-1]}
    return json.loads(r.stdout.strip().splitlines()[-1])


def run_alt(program, args, timeout, numpy_env=False, blas_threads=None):
    """Runs an alternative's program; returns its JSON, or {'timeout': T}, or {'error': ...}."""
    env = dict(os.environ)
    if blas_threads:
        env["OPENBLAS_NUM_THREADS"] = str(blas_threads)
    if numpy_env:
        # This machine may pin OpenBLAS' kernel and cache size; measure numpy as shipped.
        env.pop("OPENBLAS_CORETYPE", None)
        env.pop("OPENBLAS_L2_SIZE", None)
    if program == "baseline":
        if not BASELINE["jar"]:
            return {"error": "no --baseline-jar given"}
        w = time_warm(["cli"] + [str(a) for a in args], timeout, baseline=True)
        if "error" in w:
            return {"timeout": timeout} if "timed out" in w["error"] else {"error": w["error"]}
        return {"time_s": w["median_s"], "runs": len(w.get("runs", [])), "warm": w.get("warm")}
    if program.startswith("timer:"):
        w = time_warm([program.split(":", 1)[1]] + [str(a) for a in args], timeout)
        if "error" in w:
            return {"timeout": timeout} if "timed out" in w["error"] else {"error": w["error"]}
        return {"time_s": w["median_s"], "runs": len(w.get("runs", [])), "digest": w.get("digest")}
    if program == "flint":
        cmd = [str(FLINT_BIN)] + [str(a) for a in args]
    else:
        cmd = [sys.executable, "-c", program] + [str(a) for a in args]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if r.returncode != 0:
        return {"error": (r.stderr.strip().splitlines() or ["failed"])[-1]}
    out = json.loads(r.stdout.strip().splitlines()[-1])
    if program == "flint":
        coeffs = ",".join(out.pop("coefficients"))
        out["digest"] = hashlib.sha256(coeffs.encode()).hexdigest()
        out["time_s"] = out["charpoly_s"] + out["roots_s"]
    return out


# ---------------------------------------------------------------------------------------------
# Row kinds. A kind says how to make the inputs, how percept is run, what the alternative is,
# what each needs, and how agreement is checked. A row is (kind, size): one line in ROWS.
# ---------------------------------------------------------------------------------------------

class Kind:
    def __init__(self, title, issue, gen, percept=None, sub=None, options=(), warm=None, cold=True,
                 alt_name=None, alt=None, alt_args=None, needs=(), numpy_env=False, agree=None,
                 target=None, alt_timeout=None, note=None, steps=None, ratio_target=None, alt_one_thread=False):
        self.__dict__.update(locals())
        del self.__dict__["self"]


def structured_args(f, *extra):
    return ["spectrum", "--a-file", str(f["a"]), "--perm-file", str(f["perm"]), "--json"] + list(extra)


def agree_spectrum(percept_json, alt, _files):
    """SymPy's eigenvalues (30 digits, with multiplicities) against percept's decimals."""
    try:
        ours = []
        for e in json.loads(percept_json)["eigenvalues"]:
            ours += [float(e["decimal"])] * e["multiplicity"]
        theirs = []
        for v, m in alt["eigs"]:
            theirs += [float(v)] * m
    except (ValueError, KeyError, TypeError) as e:
        return f"? ({e})"
    ours.sort()
    theirs.sort()
    if len(ours) != len(theirs):
        return f"NO: {len(ours)} vs {len(theirs)} eigenvalues"
    scale = max(abs(x) for x in ours) or 1.0
    worst = max(abs(x - y) for x, y in zip(ours, theirs)) / scale
    return "yes" if worst < 1e-12 else f"NO: relative difference {worst:.2e}"


def agree_digest(warm, alt, _files):
    """Identical characteristic polynomial (SHA-256 of the coefficients, lowest first)."""
    if not warm or "digest" not in warm or "digest" not in alt:
        return "?"
    return "yes (same charpoly)" if warm["digest"] == alt["digest"] else "NO: charpolys differ"


def agree_largest(warm, alt, _files):
    """The fast path's largest eigenvalue against numpy's (both double): relative difference."""
    try:
        ours, theirs = float(warm["digest"]), float(alt["largest"])
    except (KeyError, TypeError, ValueError):
        return "?"
    rel = abs(ours - theirs) / max(abs(theirs), 1e-300)
    return f"yes (largest: rel. diff {rel:.1e})" if rel < 1e-10 else f"NO: largest differ by {rel:.1e} relative"


def agree_audit_count(percept_json, alt, _files):
    """The audit's eigenvalue count against the alternative's number of real roots."""
    try:
        n = json.loads(percept_json)["n"]
    except (ValueError, KeyError, TypeError):
        return "?"
    k = alt.get("real_roots")
    if k != n:
        return f"NO: {n} vs {k} real roots"
    if alt.get("largest_root"):
        # FLINT's largest root (20 digits, 64-bit balls) inside percept's enclosure of the largest eigenvalue
        from fractions import Fraction
        try:
            evs = json.loads(percept_json)["eigenvalues"]
            hi = max(evs, key=lambda e: Fraction(e["trueUpper"]))
            lo_b, hi_b, x = Fraction(hi["trueLower"]), Fraction(hi["trueUpper"]), Fraction(alt["largest_root"])
        except (ValueError, KeyError, TypeError, ZeroDivisionError):
            return "yes (count)"
        slack = abs(x) * Fraction(1, 10**15)
        return "yes" if lo_b - slack <= x <= hi_b + slack else f"NO: FLINT's largest root {alt['largest_root']} outside [{hi['trueLower']}, {hi['trueUpper']}]"
    return "yes"


def audit_eigen_file(f, n):
    """numpy's eigenvalues of the matrix (what one would audit), written next to it."""
    out = Path(str(f["matrix"]).replace(".csv", ".eig.txt"))
    if not out.exists():
        r = subprocess.run([sys.executable, "-c",
                            "import sys, numpy as np; M = np.loadtxt(sys.argv[1], delimiter=','); "
                            "print('\\n'.join(repr(float(x)) for x in np.linalg.eigvalsh(M)))", str(f["matrix"])],
                           capture_output=True, text=True)
        if r.returncode != 0:
            return None
        out.write_text(r.stdout)
    return out


def audit_args(f, n):
    e = audit_eigen_file(f, n)
    return ["audit", "--matrix", str(f["matrix"]), "--eigenvalues", str(e), "--json"]


KINDS = {
    # exact structured spectrum, percept alone, against the issue-2 target of 1 s
    "spectrum": Kind("exact structured spectrum (whole process)", 2, gen_structured,
                     percept=lambda f, d: structured_args(f), sub="spectrum", warm=True, target=1.0),
    # issue 14: the same command on an earlier build (bench/compare --baseline-jar JAR), warm JVM, same run
    "spectrum-vs-baseline": Kind("exact structured spectrum vs the --baseline-jar build (warm JVM)", 14, gen_structured,
                                 percept=lambda f, d: structured_args(f), sub="spectrum", warm=True, cold=False,
                                 alt_name="the same command, --baseline-jar build", alt="baseline",
                                 alt_args=lambda f, d: structured_args(f), needs=()),
    # issue 14 target 1: d = 10^6 under 5 s; d = 10^7 within the default heap (peak memory noted)
    "spectrum-large": Kind("exact structured spectrum (whole process)", 14, gen_structured,
                           percept=lambda f, d: structured_args(f), sub="spectrum", warm=False, target=5.0),
    "spectrum-huge": Kind("exact structured spectrum, default heap (whole process)", 14, gen_structured,
                          percept=lambda f, d: structured_args(f), sub="spectrum", warm=False, target=None),
    # issue 14 target 1: log-log slope of the warm in-JVM time over d = 10^4..10^7, in [0.9, 1.1]
    "spectrum-slope": Kind("exact structured spectrum, cost against d (warm JVM)", 14, gen_none, sub="spectrum",
                           cold=False, warm=True, target=None),
    # issue 14 target 2: the exact check P^T P = I of a dense P (--P-file), modular vs rational, same run
    "p-check": Kind("exact check P^T P = I, Householder --P-file", 14, gen_householder,
                    warm=lambda f, s: ["orthogonality-modular", str(f["P"])], cold=False,
                    alt_name="the same check in rational arithmetic (before issue 14)", alt="timer:orthogonality-rational",
                    alt_args=lambda f, s: [f["P"]], needs=(), note="percept: DenseOrthogonal.firstNonOrthogonality "
                    "(denominators cleared, (DP)^T(DP) = D^2 I modulo primes < 2^28 in parallel)"),
    "p-check-scale": Kind("exact check P^T P = I, Householder --P-file, against 5x the 25x25 check", 14, gen_householder,
                          warm=lambda f, s: ["orthogonality-modular", str(f["P"])], cold=False, target="5x-p-check"),
    "spectrum-p-file": Kind("exact structured spectrum, Householder P as --P-file (whole process)", 14, gen_householder,
                            percept=lambda f, s: ["spectrum", "--a-file", str(f["a"]), "--P-file", str(f["P"]), "--json"],
                            sub="spectrum", options=("--P-file",), warm=False, target=None),
    "spectrum-householder": Kind("exact structured spectrum, Householder P by its vector (--householder-file, whole process)", 14,
                                 gen_householder,
                                 percept=lambda f, s: ["spectrum", "--a-file", str(f["a"]), "--householder-file", str(f["v"]), "--json"],
                                 sub="spectrum", options=("--householder-file",), warm=False, target=None),
    # issue 11: the same a with P a single long cycle instead of an involution (O(d) either way)
    "spectrum-pairs": Kind("exact structured spectrum, P the involution (1 2)(3 4)... (whole process)", 11, gen_structured_pairs,
                           percept=lambda f, d: structured_args(f), sub="spectrum", warm=True, target=1.0),
    "spectrum-long-cycle": Kind("exact structured spectrum, P a single d-cycle (whole process)", 11, gen_structured_cycle,
                                percept=lambda f, d: structured_args(f), sub="spectrum", warm=True, target=1.0),
    "spectrum-vs-sympy": Kind("exact structured spectrum vs SymPy eigenvals", 2, gen_structured,
                              percept=lambda f, d: structured_args(f), sub="spectrum", warm=True,
                              alt_name="SymPy Matrix.eigenvals() (dense d+2)", alt=SYMPY_EIGENVALS,
                              alt_args=lambda f, d: [f["a"], f["perm"]], needs=("sympy",), agree=agree_spectrum,
                              alt_timeout="sympy"),
    "charpoly-vs-sympy": Kind("exact charpoly vs SymPy charpoly", 1, gen_symint,
                              warm=lambda f, n: ["charpoly", str(f["matrix"])], cold=False,
                              alt_name="SymPy Matrix.charpoly() (+ real_roots in notes)", alt=SYMPY_CHARPOLY,
                              alt_args=lambda f, n: [f["matrix"]], needs=("sympy",), agree=agree_digest,
                              alt_timeout="sympy",
                              note="percept: RationalMatrix.charPoly() (multimodular), no root isolation"),
    "charpoly-vs-flint": Kind("exact charpoly vs FLINT fmpz_mat_charpoly", 1, gen_symint,
                              warm=lambda f, n: ["charpoly", str(f["matrix"])], cold=False,
                              alt_name="FLINT fmpz_mat_charpoly (+ arb roots in notes)", alt="flint",
                              alt_args=lambda f, n: [f["matrix"]], needs=("flint",), agree=agree_digest,
                              note="percept: RationalMatrix.charPoly() (multimodular), no root isolation"),
    # issue 4: audit = charpoly + square-free decomposition + root isolation + error report
    "audit-vs-sympy": Kind("percept audit vs SymPy charpoly+real_roots", 4, gen_symint,
                           percept=audit_args, sub="audit", options=("--matrix", "--eigenvalues"), warm=True,
                           alt_name="SymPy charpoly + real_roots", alt=SYMPY_CHARPOLY,
                           alt_args=lambda f, n: [f["matrix"]], needs=("sympy", "numpy"), agree=agree_audit_count,
                           alt_timeout="sympy"),
    "audit-vs-flint": Kind("percept audit vs FLINT charpoly+complex_roots", 4, gen_symint,
                           percept=audit_args, sub="audit", options=("--matrix", "--eigenvalues"), warm=True,
                           alt_name="FLINT charpoly + arb_fmpz_poly_complex_roots", alt="flint",
                           alt_args=lambda f, n: [f["matrix"]], needs=("flint", "numpy"), agree=agree_audit_count),
    # issue 4: fast (double) path, its library calls timed in a warm JVM like numpy's in Python
    "fast-spectrum-vs-numpy": Kind("fast structured spectrum vs numpy eigvalsh", 4, gen_structured,
                                   warm=lambda f, d: ["--inner", "1000", "fast-structured", str(f["a"]), str(f["perm"])],
                                   cold=False, alt_name="numpy.linalg.eigvalsh (dense d+2)", alt=NUMPY_EIGVALSH_STRUCTURED,
                                   alt_args=lambda f, d: [f["a"], f["perm"]], needs=("numpy",), numpy_env=True,
                                   agree=agree_largest,
                                   note="percept: FastStructuredSpectrum.eigenvalues, O(d)"),
    "fast-eigen-vs-numpy": Kind("fast generic symmetric eigenvalues vs numpy eigvalsh", 4, gen_symint,
                                warm=lambda f, n: ["fast-eigen", str(f["matrix"])], cold=False,
                                alt_name="numpy.linalg.eigvalsh", alt=NUMPY_EIGVALSH_GENERIC,
                                alt_args=lambda f, n: [f["matrix"]], needs=("numpy",), numpy_env=True,
                                agree=agree_largest, ratio_target=1 / 3, alt_one_thread=True,
                                note="percept: FastSymmetricEigen.eigenvalues (two threads)"),
    "fast-gd-step-vs-numpy": Kind("fast logistic GD step vs numpy", 4, lambda s: gen_data(*s),
                                  warm=lambda f, s: ["fast-gd", str(f["data"])], cold=False,
                                  alt_name="numpy GD step (X@theta, X.T@r)", alt=NUMPY_GD_STEP,
                                  alt_args=lambda f, s: [f["data"]], needs=("numpy",), numpy_env=True,
                                  note="percept: FastLinearSteps.logisticGd, one step"),
    # issue 3: exact perceptron step and 50-digit logistic GD step
    "perceptron-step": Kind("exact batch perceptron step vs Python Fraction", 3, lambda s: gen_data(*s),
                            percept=lambda f, s: ["perceptron", "--data", str(f["data"]), "--model", "linear",
                                                  "--steps", "1", "--json"],
                            sub="perceptron", warm=True, cold=False, steps=(1, 11),
                            alt_name="fractions.Fraction batch perceptron step", alt=FRACTION_PERCEPTRON_STEPS,
                            alt_args=lambda f, s: [f["data"], 5], needs=(),
                            note="percept per step = (T(11) - T(1)) / 10, warm JVM; alternative: median of steps 2..5"),
    "gd50-step": Kind("50-digit logistic GD step vs mpmath", 3, lambda s: gen_data(*s),
                      percept=lambda f, s: ["gd", "--data", str(f["data"]), "--model", "linear", "--gamma", "1",
                                            "--steps", "1", "--digits", "50", "--json"],
                      sub="gd", options=("--digits",), warm=True, cold=False, steps=(1, 11),
                      alt_name="mpmath (dps 50) GD step", alt=MPMATH_GD_STEPS,
                      alt_args=lambda f, s: [f["data"], 5, 50], needs=("mpmath",), ratio_target=5.0,
                      note="percept per step = (T(11) - T(1)) / 10, warm JVM; mpmath: median of steps 2..5, no digit guaranteed"),
    # issue 14 target 6: the CPU of `mvn -B verify` on a fresh clone (committed sources), against 150 s
    "test-suite": Kind("mvn -B verify, CPU seconds (fresh clone)", 14, gen_none, cold=False, warm=False),
    # issue 3: the complexity experiment, whole process, against its 60 s target
    "complexity": Kind("complexity experiment (whole process)", 3, gen_none,
                       percept=lambda f, ds: ["complexity", "--d", ds, "--out", str(WORK / "complexity"), "--json"],
                       sub="complexity", options=("--d", "--out"), warm=False, target=60.0),
}
# One line per row: (kind, size). Sizes follow issue 6.
ROWS = [
    ("spectrum", 1000), ("spectrum", 10000), ("spectrum", 100000),
    ("spectrum-vs-baseline", 100000), ("spectrum-large", 1000000), ("spectrum-huge", 10000000), ("spectrum-slope", "10000,100000,1000000,10000000"),
    ("p-check", (25, 1700)), ("p-check-scale", (200, 500)),
    ("spectrum-p-file", (25, 1700)), ("spectrum-householder", (25, 1700)), ("spectrum-householder", (200, 500)),
    ("spectrum-pairs", 100000),
    ("spectrum-long-cycle", 1000), ("spectrum-long-cycle", 10000), ("spectrum-long-cycle", 100000),
    ("spectrum-vs-sympy", 50), ("spectrum-vs-sympy", 100), ("spectrum-vs-sympy", 200), ("spectrum-vs-sympy", 400),
    ("charpoly-vs-sympy", 20), ("charpoly-vs-sympy", 50), ("charpoly-vs-sympy", 120),
    ("charpoly-vs-flint", 40), ("charpoly-vs-flint", 80), ("charpoly-vs-flint", 160), ("charpoly-vs-flint", 320),
    ("audit-vs-sympy", 20), ("audit-vs-sympy", 50), ("audit-vs-sympy", 120),
    ("audit-vs-flint", 40), ("audit-vs-flint", 80), ("audit-vs-flint", 160), ("audit-vs-flint", 320),
    ("fast-spectrum-vs-numpy", 4000),
    ("fast-eigen-vs-numpy", 1000),
    ("fast-gd-step-vs-numpy", (10000, 1000)),
    ("perceptron-step", (100, 100)),
    ("gd50-step", (100, 100)),
    ("complexity", "16,64,256,1024,4096"),
    ("test-suite", "all modules"),
]

# Rows of --quick: small sizes only, for trying the harness out.
QUICK = {("spectrum", 1000), ("spectrum-vs-sympy", 50), ("charpoly-vs-sympy", 20), ("charpoly-vs-flint", 40),
         ("audit-vs-sympy", 20), ("audit-vs-flint", 40), ("perceptron-step", (100, 100)), ("gd50-step", (100, 100))}


HOUSEHOLDER_KINDS = ("p-check", "p-check-scale", "spectrum-p-file", "spectrum-householder")


def size_label(size, kind=None):
    if isinstance(size, tuple) and kind in HOUSEHOLDER_KINDS:
        return f"{size[0]}x{size[0]}, v entries of {size[1]} digits"
    if isinstance(size, tuple):
        return f"n={size[0]}, d={size[1]}"
    if isinstance(size, str):
        return size if not size[0].isdigit() else f"d={size}"
    return f"{size:,}".replace(",", " ")


def fmt_s(s):
    if s is None:
        return "-"
    if s >= 100:
        return f"{s:.0f}"
    if s >= 1:
        return f"{s:.2f}"
    if s >= 1e-3:
        return f"{s * 1e3:.3g} ms"
    return f"{s * 1e6:.3g} us"


def fmt_ratio(alt_s, ours, timed_out=False):
    if alt_s is None or not ours:
        return "-"
    r = alt_s / ours
    txt = f"{r:.3g}" if r < 1000 else f"{r:,.0f}".replace(",", " ")
    return ("> " if timed_out else "") + txt


CHECK_TIMES = {}


def default_max_heap():
    r = subprocess.run(["java", "-XX:+UseSerialGC", "-XX:+PrintFlagsFinal", "-version"], capture_output=True, text=True)
    m = re.search(r"MaxHeapSize\s*=\s*(\d+)", r.stdout)
    return f"{int(m.group(1)) / 2**30:.2f} GiB" if m else "?"


def slope_row(row, sizes, args):
    """Warm in-JVM time of `spectrum` at each d (Timer; one cold in-JVM run when a run exceeds the
    budget) and the least-squares slope of log(time) against log(d)."""
    import math
    ds = [int(x) for x in sizes.split(",")]
    pts = []
    for d in ds:
        f = gen_structured(d)
        w = time_warm(["cli"] + structured_args(f), args.percept_timeout)
        if "error" in w or w.get("exit") != 0:
            row["status"] = f"percept failed at d = {d}: {w.get('error') or w.get('stderr')}"
            return row
        pts.append((d, w["median_s"], w["warm"]))
    def fit(points):
        xs = [math.log(d) for d, _, _ in points]
        ys = [math.log(t) for _, t, _ in points]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    slope = fit(pts)
    if len(pts) > 2:
        row["notes"].append(f"slope without the smallest d: {fit(pts[1:]):.3f}")
    row["warm"] = pts[-1][1]
    row["alt_name"] = "slope target [0.9, 1.1]"
    row["ratio_warm"] = f"slope {slope:.3f}"
    row["agree"] = "meets target" if 0.9 <= slope <= 1.1 else "MISSES target"
    row["notes"].append("; ".join(f"d={d}: {fmt_s(t)}{'' if warm else ' (single cold in-JVM run)'}" for d, t, warm in pts))
    row["status"] = "ok"
    return row


def suite_row(row, args):
    """Issue 14 target 6: CPU seconds (user + system, the whole process tree) of `mvn -B -o verify`
    in a fresh clone of HEAD (committed sources only, no earlier build output), against 150 s."""
    import tempfile
    tmp = Path(tempfile.mkdtemp(prefix="percept-suite-"))
    try:
        return suite_run(row, tmp)
    except (OSError, subprocess.SubprocessError) as e:
        row["status"] = f"harness error: {e}"
        return row
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def suite_run(row, tmp):
    """The body of suite_row: clone into tmp, build and test there, fill the row."""
    import resource
    clone = tmp / "percept"
    r = subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], capture_output=True, text=True)
    if r.returncode != 0:
        row["status"] = f"git clone failed: {r.stderr.strip()[:200]}"
        return row
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(["mvn", "-B", "-o", "-q", "verify"], cwd=clone, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        row["status"] = f"mvn -B verify failed: exit {r.returncode}: {(r.stdout + r.stderr)[-300:]}"
        return row
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    row["warm"] = cpu
    row["alt_name"] = "target 150 s of CPU"
    row["alt"] = 150.0
    row["ratio_warm"] = fmt_ratio(150.0, cpu)
    row["agree"] = "meets target" if cpu <= 150.0 else "MISSES target"
    row["notes"].append(f"percept column: CPU seconds (user + system) of the whole build and test run; wall-clock {wall:.0f} s")
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=clone, capture_output=True, text=True).stdout.strip()
    row["notes"].append(f"fresh clone of HEAD {head}, mvn -B -o -q verify")
    row["status"] = "ok"
    return row


def run_row(env, kind_name, size, args):
    k = KINDS[kind_name]
    row = {"kind": kind_name, "title": k.title, "size": size_label(size, kind_name), "alt_name": k.alt_name or "-",
           "cold": None, "warm": None, "alt": None, "ratio_cold": "-", "ratio_warm": "-", "agree": "-", "notes": []}
    # availability: percept side first, then the alternative's requirements
    sub = env.percept_has(k.sub, k.options) if k.sub else None
    if k.sub and not sub:
        row["status"] = f"not available yet (issue {k.issue})"
        return row
    if k.percept:
        make = k.percept
        # the command's name as found (e.g. the first of several candidate names)
        k = Kind(**{**k.__dict__, "percept": lambda f, s_: [sub] + make(f, s_)[1:] if sub else make(f, s_)})
    why = env.missing(k.needs) if k.alt else None
    if why:
        row["status"] = f"skipped: {why}"
        return row
    if kind_name == "spectrum-slope":
        return slope_row(row, size, args)
    if kind_name == "test-suite":
        return suite_row(row, args)
    if kind_name == "spectrum-vs-baseline" and not BASELINE["jar"]:
        row["status"] = "skipped: no --baseline-jar given"
        return row
    files = k.gen(size)
    if k.note:
        row["notes"].append(k.note)
    if k.sub == "spectrum" and isinstance(size, int) and size <= 60:
        row["notes"].append("percept also runs its dense charpoly referee at d <= 60")
    timeout = args.percept_timeout
    percept_out = None
    if k.percept and k.cold:
        secs, code, out, err = time_whole_process(k.percept(files, size), timeout)
        if secs is None or code != 0:
            row["status"] = f"percept failed: exit {code}: {err.strip()[:200]}"
            return row
        row["cold"] = secs
        percept_out = out
        if LAST_PEAK_RSS["kib"] and kind_name.startswith("spectrum"):
            row["notes"].append(f"peak RSS {LAST_PEAK_RSS['kib'] / 1024 / 1024:.2f} GiB (default max heap {default_max_heap()})")
    if k.warm and row["cold"] is not None and row["cold"] > args.warm_limit:
        # a JIT warm-up changes little in a run this long, and repeating it would double the harness' time
        row["notes"].append(f"warm JVM not run (whole process > {args.warm_limit:g} s)")
    elif k.warm:
        if k.steps:
            base = k.percept(files, size)
            t = {}
            for s in k.steps:
                a = list(base)
                a[a.index("--steps") + 1] = str(s)
                t[s] = time_warm(["cli"] + a, timeout)
                if "error" in t[s] or t[s].get("exit") != 0:
                    row["status"] = f"percept failed: {t[s].get('error') or t[s].get('stderr')}"
                    return row
            lo, hi = k.steps
            row["warm"] = max(t[hi]["median_s"] - t[lo]["median_s"], 0.0) / (hi - lo)
            row["notes"].append(f"T({lo})={fmt_s(t[lo]['median_s'])}, T({hi})={fmt_s(t[hi]['median_s'])}")
        else:
            task = (k.warm(files, size) if callable(k.warm) else ["cli"] + k.percept(files, size))
            w = time_warm(task, timeout)
            if "unavailable" in w:
                row["status"] = f"not available yet (issue {k.issue})"
                return row
            if "error" in w or w.get("exit") != 0:
                row["status"] = f"percept failed: {w.get('error') or w.get('stderr')}"
                return row
            row["warm"] = w["median_s"]
            row["warm_json"] = w
            if not w["warm"]:
                row["notes"].append("warm = single cold in-JVM run (over budget)")
    if kind_name in ("p-check", "p-check-scale") and row["warm"] is not None:
        CHECK_TIMES[kind_name] = row["warm"]
    if k.target == "5x-p-check":
        base = CHECK_TIMES.get("p-check")
        row["alt_name"] = "5 x the 25x25 modular check (same run)"
        if base is None or row["warm"] is None:
            row["status"] = "no 25x25 p-check row in this run"
            return row
        row["alt"] = 5 * base
        row["ratio_warm"] = fmt_ratio(row["alt"], row["warm"])
        row["agree"] = "meets target" if row["warm"] <= row["alt"] else "MISSES target"
        row["status"] = "ok"
        return row
    if k.target is None and k.alt is None:
        row["status"] = "ok"
        return row
    if k.target:
        row["alt_name"] = f"target (whole process)"
        row["alt"] = k.target
        row["ratio_cold"] = fmt_ratio(k.target, row["cold"])
        row["agree"] = "meets target" if row["cold"] < k.target else "MISSES target"
        if kind_name == "spectrum" and size == 100000 and row["warm"] is not None:
            row["notes"].append(f"warm target 100 ms: {'meets' if row['warm'] <= 0.1 else 'MISSES'}")
        if percept_out and kind_name == "complexity":
            try:
                j = json.loads(percept_out)
                row["notes"].append(f"slopes {j.get('slopes')}, M1 {j.get('m1')}")
            except ValueError:
                pass
        row["status"] = "ok"
        return row
    alt_timeout = args.sympy_timeout if k.alt_timeout == "sympy" else args.alt_timeout
    alt = run_alt(k.alt, k.alt_args(files, size), alt_timeout, numpy_env=k.numpy_env)
    row["alt_json"] = alt
    if "error" in alt:
        row["status"] = f"alternative failed: {alt['error'][:200]}"
        return row
    if "timeout" in alt:
        row["alt"] = float(alt["timeout"])
        row["alt_timeout"] = True
        row["ratio_cold"] = fmt_ratio(row["alt"], row["cold"], True)
        row["ratio_warm"] = fmt_ratio(row["alt"], row["warm"], True)
        row["notes"].append(f"alternative stopped at the {alt['timeout']} s timeout")
        row["status"] = "ok"
        return row
    row["alt"] = alt["time_s"]
    row["ratio_cold"] = fmt_ratio(row["alt"], row["cold"])
    row["ratio_warm"] = fmt_ratio(row["alt"], row["warm"])
    if k.agree:
        uses_warm = k.agree in (agree_digest, agree_largest)
        row["agree"] = k.agree(row.get("warm_json") if uses_warm else percept_out, alt, files)
    if kind_name == "p-check" and row["warm"] is not None and row["alt"]:
        row["agree"] = ("meets" if row["alt"] / row["warm"] >= 50 else "MISSES") + " target (>= 50x); same verdict: " + (
            "yes" if alt.get("digest") == (row.get("warm_json") or {}).get("digest") else "NO")
    if "charpoly_s" in alt and "roots_s" in alt:
        row["notes"].append(f"alt charpoly {fmt_s(alt['charpoly_s'])} + roots {fmt_s(alt['roots_s'])}")
        if kind_name.startswith("charpoly"):
            # like for like: percept computes the charpoly only, so the ratio uses the alternative's charpoly time
            row["alt"] = alt["charpoly_s"]
            row["ratio_warm"] = fmt_ratio(row["alt"], row["warm"])
    if k.ratio_target:
        # issue 14: the warm ratio against its target (within 3x is ratio >= 1/3)
        met = row["warm"] and row["alt"] / row["warm"] >= k.ratio_target
        row["notes"].append(f"issue 14 target ratio >= {k.ratio_target:.3g}: {'met' if met else 'MISSED'}")
    if k.alt_one_thread and row["warm"]:
        # on a loaded machine OpenBLAS' threads can lose more than they gain: numpy on one thread too
        one = run_alt(k.alt, k.alt_args(files, size), alt_timeout, numpy_env=k.numpy_env, blas_threads=1)
        if "time_s" in one:
            row["notes"].append(f"numpy on 1 OpenBLAS thread {fmt_s(one['time_s'])}, ratio {fmt_ratio(one['time_s'], row['warm'])}")
    if "blas" in alt:
        b = alt["blas"]
        row["notes"].append(f"OpenBLAS kernel {b.get('openblas_corename', '?')}, {b.get('openblas_threads', '?')} threads"
                            if "openblas_corename" in b else f"BLAS {json.dumps(b)}")
    row["status"] = "ok"
    return row


def machine():
    cores = os.cpu_count()
    mem = "?"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    cpu = platform.processor() or "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    jv = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return {"cores": cores, "memory": mem, "cpu": cpu, "jdk": jv[1].strip() if len(jv) > 1 else "?",
            "os": platform.platform(), "python": platform.python_version()}


def load():
    try:
        return " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        return "?"


def table(rows):
    head = ["benchmark", "size", "percept whole process", "percept warm JVM", "alternative", "alternative time",
            "ratio (whole)", "ratio (warm)", "agree", "status / notes"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        alt_t = ("> " + fmt_s(r["alt"])) if r.get("alt_timeout") else fmt_s(r["alt"])
        status = r["status"] if r["status"] != "ok" else "; ".join(r["notes"]) or "ok"
        lines.append("| " + " | ".join([r["title"], r["size"], fmt_s(r["cold"]), fmt_s(r["warm"]), r["alt_name"], alt_t,
                                         r["ratio_cold"], r["ratio_warm"], r["agree"], status.replace("|", "/")]) + " |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(prog="bench/compare", description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes only (a minute or two)")
    ap.add_argument("--only", metavar="KIND", action="append", help="run only rows of this kind (repeatable): "
                    + ", ".join(KINDS))
    ap.add_argument("--sympy-timeout", type=float, default=300, help="per-row SymPy timeout in s (default 300)")
    ap.add_argument("--alt-timeout", type=float, default=600, help="per-row timeout of other alternatives (default 600)")
    ap.add_argument("--percept-timeout", type=float, default=600, help="per-run percept timeout (default 600)")
    ap.add_argument("--warm-limit", type=float, default=30, help="skip the warm-JVM timing when the whole process "
                    "took longer than this many seconds (default 30)")
    ap.add_argument("--jmh", nargs="?", const="", metavar="'JMH ARGS'",
                    help="also run the JMH suite (optionally with JMH arguments, e.g. 'StructuredSpectrum') "
                         "and put its table into the results")
    ap.add_argument("--baseline-jar", metavar="JAR", help="an earlier build's percept-cli-*-all.jar: rows "
                    "'spectrum-vs-baseline' time the same command on it, side by side")
    ap.add_argument("--results", metavar="FILE", default=str(BENCH / "RESULTS.md"),
                    help="Markdown file to write (default bench/RESULTS.md); '-' to write none")
    args = ap.parse_args()

    build()
    BASELINE["jar"] = Path(args.baseline_jar).resolve() if args.baseline_jar else None
    env = Env(args.sympy_timeout)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = load()
    rows = []
    for kind_name, size in ROWS:
        if args.quick and (kind_name, size) not in QUICK:
            continue
        if args.only and kind_name not in args.only:
            continue
        print(f"compare: {kind_name} {size_label(size, kind_name)} ...", file=sys.stderr, flush=True)
        load_row = load().split()[0]
        r = run_row(env, kind_name, size, args)
        # each row's own load: the 1-minute load average when it started and when it ended
        r["notes"].append(f"load {load_row} -> {load().split()[0]}")
        rows.append(r)
        print(f"compare:   {r['status']}: percept {fmt_s(r['cold'])} / {fmt_s(r['warm'])}, "
              f"alternative {fmt_s(r['alt'])}, ratio {r['ratio_cold']} / {r['ratio_warm']}, agree {r['agree']}",
              file=sys.stderr, flush=True)
    jmh = run_jmh(args.jmh) if args.jmh is not None else None
    finished = datetime.datetime.now(datetime.timezone.utc)
    load_after = load()
    t = table(rows)
    print(t)
    if jmh:
        print()
        print(jmh)
    if args.results != "-":
        write_results(Path(args.results), t, rows, env, started, finished, load_before, load_after, jmh)
        print(f"compare: wrote {args.results}", file=sys.stderr)


def git_commit():
    r = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return (r.stdout.strip() or "?") + (" (with uncommitted changes)" if dirty else "")


def run_jmh(jmh_args):
    """Runs the JMH suite (bench/target/percept-bench.jar) and returns its results as a Markdown table."""
    out = WORK / "jmh-result.json"
    WORK.mkdir(parents=True, exist_ok=True)
    cmd = ["java", "-jar", str(BENCH_JAR), "-rf", "json", "-rff", str(out)] + jmh_args.split()
    print("compare: JMH suite: " + " ".join(cmd[3:]) + " ...", file=sys.stderr, flush=True)
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0 or not out.exists():
        return "JMH failed: " + (r.stderr.strip().splitlines() or ["?"])[-1]
    lines = ["| JMH benchmark | parameters | mode | score | error (99.9%) | unit |", "|---|---|---|---|---|---|"]
    for b in json.loads(out.read_text()):
        name = b["benchmark"].replace("dev.percept.bench.", "")
        params = ", ".join(f"{k}={v}" for k, v in (b.get("params") or {}).items())
        m = b["primaryMetric"]
        err = m.get("scoreError")
        try:
            err = float(err)
        except (TypeError, ValueError):
            err = float("nan")
        err_txt = "-" if err != err else f"{err:.4g}"
        lines.append(f"| {name} | {params} | {b['mode']} | {m['score']:.4g} | {err_txt} | {m['scoreUnit']} |")
    # benchmarks whose command has not landed fail their setup; JMH goes on and leaves them out of the JSON
    bench, params = "?", "?"
    for line in r.stdout.splitlines():
        if line.startswith("# Benchmark: "):
            bench = line.split(": ", 1)[1].replace("dev.percept.bench.", "")
        elif line.startswith("# Parameters: "):
            params = line.split(": ", 1)[1].strip("()").replace(" = ", "=")
        elif "not available yet" in line:
            lines.append(f"| {bench} | {params} | - | - | - | {line.split(': ', 1)[-1]} |")
    return "\n".join(lines)


def write_results(path, t, rows, env, started, finished, load_before, load_after, jmh=None):
    m = machine()
    versions = ", ".join(f"{k} {v}" for k, v in sorted(env.modules.items()) if v) or "none probed"
    cmd = "bench/compare " + shlex.join(sys.argv[1:])
    blas = next((json.dumps(r["alt_json"]["blas"]) for r in rows if r.get("alt_json", {}).get("blas")), None)
    text = f"""# percept benchmark results

Written by `bench/compare` (do not edit by hand; rerun it).

- Command: `{cmd.strip()}` (from the repository root)
- Date: {started.strftime('%Y-%m-%d %H:%M:%S')} UTC to {finished.strftime('%H:%M:%S')} UTC
- Commit: {git_commit()}
- Machine: {m['cores']} cores ({m['cpu']}), {m['memory']} memory, {m['os']}
- JDK: {m['jdk']}; percept runs with `-XX:+UseSerialGC` (as the `./percept` launcher does)
- Python {m['python']}; {versions}; FLINT/Arb: {'compiled bench/flint/charpoly_roots.c' if env.flint else (env.flint_why or 'not probed')}
- numpy BLAS (OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset for the numpy rows only): {blas or 'no numpy row ran'}
- Load average (1, 5, 15 min): {load_before} at the start, {load_after} at the end.

**Noise.** This machine's cores are shared with other jobs during the run (see the load average):
absolute times are noisy, perhaps by a factor of 2. Both sides of a row run back to back in the same
run, so the ratios are the figures to read.

**How each side is timed.** *percept whole process*: wall clock of `./percept ARGS` (JVM start,
exact parsing of the files, computation, certificates, JSON output), one run. *percept warm JVM*:
the same command run in-process by `dev.percept.bench.Timer` (bench module) after untimed warm-up
runs, median of the timed runs; for the characteristic-polynomial rows, the library call
`RationalMatrix.charPoly()` alone. *Alternative*: the library call alone, timed inside its own
process (interpreter start, imports, parsing and matrix construction excluded), median of repeats
when short, one run with a timeout when long; '> T' means it was stopped at the timeout T. This
favours the alternative. *Ratio* = alternative / percept: above 1, percept is faster. *agree*:
the two sides' answers compared (eigenvalue multisets to 1e-12 relative, or SHA-256 of the
characteristic polynomial's coefficients).

{t}

Rows marked 'not available yet (issue N)' time commands that have not landed; they run by
themselves once the command exists.
"""
    if jmh:
        text += f"""
## JMH suite (same run)

`java -jar bench/target/percept-bench.jar` (settings in each benchmark class: forks, warm-up and
measurement iterations; `-XX:+UseSerialGC`). Scores are the average time of one operation, with
JIT warm; the error is JMH's 99.9% confidence half-width over the measurement iterations, which on
this shared machine understates the run-to-run spread.

{jmh}
"""
    path.write_text(text)


if __name__ == "__main__":
    main()

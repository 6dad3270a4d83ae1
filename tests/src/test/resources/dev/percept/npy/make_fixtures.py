"""Writes the .npy test fixtures of percept (tests/src/test/resources/dev/percept/npy).

Run from this directory:  python3 make_fixtures.py
Every file is written by numpy itself (np.save / np.lib.format.write_array), except the
deliberately corrupt ones, which are numpy's output cut or patched byte by byte as said below.
PROVENANCE.md records the Python and numpy versions of the run that wrote the checked-in files.
"""
import numpy as np

# 3 x 4, with values that are not decimals in binary (0.1), negative, tiny and integral.
BASE = [[0.1, -2.5, 3.0, 1e-30],
        [7.0, 0.2, -0.3, 1024.0],
        [-1.0, 1e30, 0.0, 6.5]]
INTS = [[1, -2, 3, -4], [5, 6, -7, 8], [2**31 - 1, -2**31, 0, 9]]

for dtype, values in (("f8", BASE), ("f4", BASE), ("i8", INTS), ("i4", INTS)):
    for endian in ("<", ">"):
        for order in ("C", "F"):
            a = np.array(values, dtype=endian + dtype, order=order)
            name = "m_%s_%s_%s.npy" % (dtype, {"<": "le", ">": "be"}[endian], order)
            np.save(name, a)

# float16, uint8, uint64 and bool, C order
np.save("m_f2.npy", np.array([[0.5, -65504.0], [6.103515625e-05, 1.0]], dtype="<f2"))
np.save("m_u8.npy", np.array([[0, 255], [1, 2]], dtype="|u1"))
np.save("m_u64.npy", np.array([[2**64 - 1, 0]], dtype="<u8"))
np.save("m_b1.npy", np.array([[True, False]], dtype="|b1"))

# format version 2.0 (4-byte header length), a 1-D vector
with open("v_version2.npy", "wb") as f:
    np.lib.format.write_array(f, np.array([1.5, -0.25, 3.0]), version=(2, 0))

# The minimal example's data (d = 4, mu = 1: rows x_1..x_4, y), as float64
np.save("minimal4.npy", np.array([[1, 1, 1, 1, 1], [2, 1, 1, 1, -1]], dtype="<f8"))

# A symmetric matrix (README's M.csv) and numpy's eigenvalues of it
S = np.array([[4, 1, -2, 2], [1, 2, 0, 1], [-2, 0, 3, -2], [2, 1, -2, -1]], dtype="<f8")
np.save("sym4.npy", S)
np.save("sym4_eigvalsh.npy", np.linalg.eigvalsh(S))

# A float32 GD run of the tied model on the minimal example (identity activation, P swaps
# coordinates 1 and 2, theta = (u1, u2, w1..w4)), loss (1/n) sum log(1 + exp(-y f)), step 1/4,
# from the start (1/2, -1/4, 1, -1, 1/2, 1/4), 12 steps, all in numpy float32.
X = np.array([[1, 1, 1, 1], [2, 1, 1, 1]], dtype=np.float32)
Y = np.array([1, -1], dtype=np.float32)
theta = np.array([0.5, -0.25, 1, -1, 0.5, 0.25], dtype=np.float32)
gamma = np.float32(0.25)
rows = [theta.copy()]
for _ in range(12):
    u1, u2, w = theta[0], theta[1], theta[2:]
    XP = X[:, [1, 0, 2, 3]]
    h1, h2 = X @ w, XP @ w
    z = Y * (u1 * h1 + u2 * h2)
    s = (np.float32(1) / (np.float32(1) + np.exp(z))).astype(np.float32)  # sigma(-z)
    c = (s * Y) / np.float32(2)
    g = np.concatenate([[np.sum(c * h1)], [np.sum(c * h2)], (c[:, None] * (u1 * X + u2 * XP)).sum(axis=0)]).astype(np.float32)
    theta = (theta + gamma * g).astype(np.float32)
    rows.append(theta.copy())
np.save("tied_minimal4_gd_f32.npy", np.array(rows, dtype=np.float32))

# ---- bad files ----
good = open("m_f8_le_C.npy", "rb").read()
open("bad_magic.npy", "wb").write(b"\x93NUMPZ" + good[6:])
# header length patched to 60000 in a file of a few hundred bytes
open("bad_header_length.npy", "wb").write(good[:8] + (60000).to_bytes(2, "little") + good[10:])
open("bad_truncated.npy", "wb").write(good[:-5])
open("bad_trailing.npy", "wb").write(good + b"\0" * 8)
np.save("bad_complex.npy", np.array([[1 + 2j, 3], [4, 5]], dtype=np.complex128))
np.save("bad_object.npy", np.array([[1, "a"], [None, 2.5]], dtype=object), allow_pickle=True)
np.save("bad_nan.npy", np.array([[1.0, 2.0, 3.0], [4.0, 5.0, float("nan")]]))
np.save("bad_inf.npy", np.array([[1.0, float("-inf")], [2.0, 3.0]], dtype="<f4"))
np.save("bad_3d.npy", np.zeros((2, 2, 2)))
# a shape of 2^40 values declared in the header of an otherwise tiny file
hdr = np.lib.format.header_data_from_array_1_0(np.zeros((2, 2)))
hdr["shape"] = (1 << 20, 1 << 20)
with open("bad_huge_shape.npy", "wb") as f:
    np.lib.format.write_array_header_1_0(f, hdr)
    f.write(b"\0" * 32)

"""Writes torch_minimal4_gd_f32.npy: a PyTorch float32 GD run of the tied model on the minimal example.

Run from this directory with the conformance venv (bench/.venv, see bench/conformance.py):
    ../../../../../../../bench/.venv/bin/python make_torch_fixture.py
The run is the one bench/conformance.py audits (eps = 1e-7): tied model f = u1 <w, x> + u2 <w, Px>
(P swaps coordinates 1 and 2), theta = (u1, u2, w1..w4), data x_1 = (1,1,1,1), y_1 = 1 and
x_2 = (2,1,1,1), y_2 = -1, loss mean(softplus(-y f)) differentiated by autograd, torch.optim.SGD
with lr = 1/4, 40 steps, from the float32 start vmu- + 1e-7 g (vmu- = (1,-1,1,-1,0,0)/2, g a unit
vector from numpy.random.default_rng(1)), every iterate stored as PyTorch computed it (41 x 6 <f4).
"""
import numpy as np
import torch

X = [[1, 1, 1, 1], [2, 1, 1, 1]]
Y = [1, -1]

x = torch.tensor(X, dtype=torch.float32)
y = torch.tensor(Y, dtype=torch.float32)
rng = np.random.default_rng(1)
g = rng.standard_normal(6)
g /= np.linalg.norm(g)
theta0 = (np.array([1, -1, 1, -1, 0, 0]) / 2.0 + 1e-7 * g).astype(np.float32)
th = torch.tensor(theta0, dtype=torch.float32, requires_grad=True)
opt = torch.optim.SGD([th], lr=0.25)
rows = [th.detach().clone()]
for _ in range(40):
    opt.zero_grad()
    f = th[0] * (x @ th[2:]) + th[1] * (x[:, [1, 0, 2, 3]] @ th[2:])
    torch.nn.functional.softplus(-y * f).mean().backward()
    opt.step()
    rows.append(th.detach().clone())
np.save("torch_minimal4_gd_f32.npy", torch.stack(rows).numpy())
print("torch", torch.__version__, "numpy", np.__version__, "start", [float(v).hex() for v in theta0])

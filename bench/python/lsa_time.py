"""Times scipy.optimize.linear_sum_assignment (maximize) on a raw float64 n*n matrix.

Usage: python3 lsa_time.py MATRIX.bin N REPEAT
Prints one JSON line: {"ms": best wall time of the call alone, "objective": optimum}.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

path, n, repeat = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
w = np.fromfile(path, dtype="<f8").reshape(n, n)
best = float("inf")
objective = None
for _ in range(repeat):
    start = time.perf_counter()
    r, c = linear_sum_assignment(w, maximize=True)
    best = min(best, (time.perf_counter() - start) * 1000)
    objective = int(round(w[r, c].sum()))
print(json.dumps({"ms": best, "objective": objective}))

"""Solves a `mutasi solve` JSON instance with scipy's min_weight_full_bipartite_matching,
columns expanded into one slot per unit of capacity. Meant to be timed as a whole process.

Usage: python3 sparse_solve.py INSTANCE.json
Prints one JSON line: {"objective": optimum or null when no full assignment exists}.
"""
import json
import sys

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

with open(sys.argv[1]) as f:
    inst = json.load(f)
rows = inst["rows"]
cap = np.minimum(np.array(inst["capacity"], dtype=np.int64), rows)
edges = np.array(inst["edges"], dtype=np.int64).reshape(-1, 3)
er, ec, ew = edges[:, 0], edges[:, 1], edges[:, 2]
first = np.concatenate([[0], np.cumsum(cap)])
reps = cap[ec]
r = np.repeat(er, reps)
starts = np.repeat(first[ec], reps)
offsets = np.arange(len(r)) - np.repeat(np.cumsum(reps) - reps, reps)
shift = 1 - int(ew.min())
m = csr_matrix((np.repeat(ew + shift, reps).astype(np.float64), (r, starts + offsets)), shape=(rows, int(first[-1])))
try:
    rr, cc = min_weight_full_bipartite_matching(m, maximize=True)
    objective = int(round(m[rr, cc].sum())) - shift * rows
except ValueError:
    objective = None
print(json.dumps({"objective": objective}))

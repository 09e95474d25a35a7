"""numpy-financial's irr on the schedules of benches/apr.rs (periods): solves per CPU second.

100,000 less a 1 % fee advanced, then 12 payments of 8,884.88 or 360 of 1,028.62 a month.
Prints one line per schedule; exits 0 with a notice when numpy-financial is absent
(pip install numpy-financial).
"""

import sys
import time

try:
    import numpy_financial as npf
except ImportError:
    print("numpy-financial not installed: irr comparison skipped (pip install numpy-financial)")
    sys.exit(0)

SCHEDULES = {12: 8884.88, 360: 1028.62}
BUDGET_CPU_SECONDS = 2.0


def rate(count: int, payment: float) -> tuple[float, float]:
    """(solves per CPU second, the monthly rate found)."""
    flows = [-99000.0] + [payment] * count
    solves = 0
    start = time.process_time()
    found = float("nan")
    while time.process_time() - start < BUDGET_CPU_SECONDS:
        found = npf.irr(flows)
        solves += 1
    return solves / (time.process_time() - start), found


for count, payment in SCHEDULES.items():
    per_second, found = rate(count, payment)
    print(
        f"numpy-financial {npf.__version__} irr/{count}/periods: "
        f"{per_second:,.1f} solves per CPU second (monthly rate {found:.10f})"
    )

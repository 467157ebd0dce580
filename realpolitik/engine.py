"""Run a stage function over batches: in-process, or in a process pool.

Stage functions are pure over batches (`code_batch(docs) -> CodeResult`), so the same function
runs unchanged in this process, in `--workers N` local processes, or (later) on Dask workers.
Results come back in input order, with a bounded number of batches in flight so memory stays
bounded on any input size.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

B = TypeVar("B")
R = TypeVar("R")


def run_stage(func: Callable[[list], R], batches: Iterable[B], *, workers: int = 1,
              select: Callable[[B], list] = lambda b: b) -> Iterator[tuple[B, R]]:
    """Yield `(batch, func(select(batch)))` for every batch, in order.

    `workers <= 1` runs in this process. Otherwise a process pool runs `func` (which must be a
    picklable module-level function; each worker loads its models once, on first use).
    """
    if workers <= 1:
        for batch in batches:
            yield batch, func(select(batch))
        return

    from concurrent.futures import ProcessPoolExecutor

    in_flight: deque = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for batch in batches:
            in_flight.append((batch, pool.submit(func, select(batch))))
            if len(in_flight) >= 2 * workers:
                done, fut = in_flight.popleft()
                yield done, fut.result()
        while in_flight:
            done, fut = in_flight.popleft()
            yield done, fut.result()

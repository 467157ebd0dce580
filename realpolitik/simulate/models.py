"""Bargaining models over one issue: actors with a position x on a scale, a capability c and a salience s.

Every function works on a batch: arrays of shape ``(runs, n_actors)`` (a single case is a batch of one;
1-D input is accepted and treated as one run). That is what makes a Monte Carlo of a thousand draws
one numpy computation per round instead of a thousand Python loops.

    compromise(x, c, s)             -> sum(c s x) / sum(c s)               (the "mean voter")
    weighted_median(x, w)           -> the position where cumulative weight crosses half
    votes(x, w, span)               -> v[j, k] = sum_i w_i (|x_i - x_k| - |x_i - x_j|) / span
    median_voter(x, w, span)        -> the position that beats every other in pairwise votes
    win_probabilities(x, w, r, ...) -> P[i, j], probability that i prevails over j
    basic_utilities(d, d_mu, r)     -> U_s, U_f, U_b, U_w, U_sq
    risk_exponents(...)             -> r_i from the security levels R_i
    expected_utility_model(...)     -> rounds of offers (Scholz, Calbert & Smith 2011)

docs/methodology.md §4 gives the equations and every ambiguity resolved here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

OFFER_RULES = ("least_move", "scholz")
PROBABILITY_RULES = ("scholz", "pairwise")
_TOL = 1e-12


def _batch(a) -> np.ndarray:
    a = np.asarray(a, dtype=float)
    if a.ndim == 1:
        a = a[None, :]
    if a.ndim != 2:
        raise ValueError(f"expected an array of shape (runs, actors), got shape {a.shape}")
    return a


def _span(x: np.ndarray, span) -> np.ndarray:
    """Length of the scale per run: given, or the range of the positions."""
    if span is None:
        span = x.max(axis=-1) - x.min(axis=-1)
    span = np.broadcast_to(np.asarray(span, dtype=float), x.shape[:1]).copy()
    if np.any(span <= 0):
        raise ValueError("the scale has no length (x_max == x_min): positions must differ")
    return span


# -- static models -----------------------------------------------------------------------------------
def compromise(x, c, s) -> np.ndarray:
    """Capability x salience weighted mean of positions, per run: sum(c s x) / sum(c s)."""
    x, w = _batch(x), _batch(c) * _batch(s)
    total = w.sum(axis=-1)
    if np.any(total <= 0):
        raise ValueError("the weights c*s sum to zero: at least one actor needs capability and salience > 0")
    return (w * x).sum(axis=-1) / total


def weighted_median(x, w) -> np.ndarray:
    """The position where the cumulative weight, positions sorted, crosses half of the total weight.

    Ties: L is the lowest position with at least half the weight at or below it, U the highest with at
    least half the weight at or above it; the median is (L + U) / 2. Without an exact tie L == U is an
    actor's position; with one (the weight splits exactly in half between two positions) it is the
    midpoint between them, so the answer does not change when the scale is mirrored.
    """
    x, w = _batch(x), np.broadcast_to(_batch(w), _batch(x).shape)
    total = w.sum(axis=-1, keepdims=True)
    if np.any(total <= 0):
        raise ValueError("the weights sum to zero: at least one actor needs a positive weight")
    half = total / 2 - 1e-9 * total
    order = np.argsort(x, axis=-1, kind="stable")
    xs, ws = np.take_along_axis(x, order, -1), np.take_along_axis(w, order, -1)
    up = np.cumsum(ws, axis=-1)
    down = np.cumsum(ws[:, ::-1], axis=-1)
    lo = np.take_along_axis(xs, np.argmax(up >= half, axis=-1)[:, None], -1)[:, 0]
    hi = np.take_along_axis(xs[:, ::-1], np.argmax(down >= half, axis=-1)[:, None], -1)[:, 0]
    return (lo + hi) / 2


def votes(x, w, span=None) -> np.ndarray:
    """v[r, j, k] = sum_i w_i (|x_i - x_k| - |x_i - x_j|) / (x_max - x_min): support for x_j over x_k."""
    x, w = _batch(x), _batch(w)
    span = _span(x, span)
    dist = np.abs(x[:, :, None] - x[:, None, :])           # dist[r, i, j] = |x_i - x_j|
    s = np.einsum("ri,rij->rj", w, dist) / span[:, None]   # s[r, j] = sum_i w_i |x_i - x_j| / span
    return s[:, None, :] - s[:, :, None]                  # v[j, k] = s_k - s_j


def median_voter(x, w, span=None) -> np.ndarray:
    """The actor position that beats (or ties) every other in pairwise votes (a Condorcet winner).

    With linear votes, v[j, k] = S_k - S_j where S_j = sum_i w_i |x_i - x_j|, so the winner is the
    position minimising S: the weighted median. Exact ties (two positions with equal S) give their
    midpoint, as in :func:`weighted_median`.
    """
    x, w = _batch(x), _batch(w)
    v = votes(x, w, span)
    worst = v.min(axis=-1)                                  # each position's worst pairwise margin
    best = worst.max(axis=-1, keepdims=True)
    scale = np.abs(v).max(axis=(-1, -2))[:, None] + 1.0
    winners = worst >= best - 1e-9 * scale
    lo = np.where(winners, x, np.inf).min(axis=-1)
    hi = np.where(winners, x, -np.inf).max(axis=-1)
    return (lo + hi) / 2


# -- expected-utility model: the equations ----------------------------------------------------------
def win_probabilities(x, w, r, span=None, rule: str = "scholz") -> np.ndarray:
    """P[run, i, j]: probability that i prevails when it challenges j (0 where x_i == x_j).

    Each voter a weighs the two positions with its own risk exponent r_a:
        v^a_ij = w_a ((|x_a - x_j| / span) ** r_a - (|x_a - x_i| / span) ** r_a)
    numerator = sum over a of max(0, v^a_ij) (the support for i);
    denominator: rule "pairwise" -> sum_a |v^a_ij| (BDM; P_ij + P_ji = 1);
                 rule "scholz"   -> sum over a and every pair (b, c) of |v^a_bc|, one constant per
                 round, as in the code behind the published EC table (docs/methodology.md §4.3).
    """
    if rule not in PROBABILITY_RULES:
        raise ValueError(f"probability rule must be one of {PROBABILITY_RULES}, got {rule!r}")
    x, w = _batch(x), _batch(w)
    r = np.broadcast_to(_batch(r), x.shape)
    span = _span(x, span)
    d = np.abs(x[:, :, None] - x[:, None, :]) / span[:, None, None]    # d[r, a, b]
    e = d ** r[:, :, None]                                             # voter a's own exponent
    pref = w[:, :, None, None] * (e[:, :, None, :] - e[:, :, :, None])  # pref[r, a, i, j] = v^a_ij
    num = np.clip(pref, 0, None).sum(axis=1)
    if rule == "scholz":
        den = np.abs(pref).sum(axis=(1, 2, 3))[:, None, None]
    else:
        den = np.abs(pref).sum(axis=1)
    same = np.abs(x[:, :, None] - x[:, None, :]) <= _TOL * span[:, None, None]
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where((den > 0) & ~same, num / np.where(den > 0, den, 1.0), 0.0)
    return p


@dataclass(frozen=True)
class Utilities:
    success: np.ndarray      # U_s
    failure: np.ndarray      # U_f
    better: np.ndarray       # U_b
    worse: np.ndarray        # U_w
    status_quo: np.ndarray   # U_sq


def basic_utilities(d, d_mu, r) -> Utilities:
    """Basic utilities for a challenger at normalised distance d = |x_i - x_j| / span from its opponent
    and d_mu = |x_i - mu| / span from the median voter, with risk exponent r:
        U_s = 2 - 4 (0.5 - 0.5 d) ** r          U_f = 2 - 4 (0.5 + 0.5 d) ** r
        U_b = 2 - 4 (0.5 - 0.25 (d_mu + d)) ** r U_w = 2 - 4 (0.5 + 0.25 (d_mu + d)) ** r
        U_sq = 2 - 4 (0.5) ** r
    """
    d, d_mu, r = (np.asarray(a, dtype=float) for a in (d, d_mu, r))
    return Utilities(
        success=2 - 4 * np.clip(0.5 - 0.5 * d, 0, None) ** r,
        failure=2 - 4 * (0.5 + 0.5 * d) ** r,
        better=2 - 4 * np.clip(0.5 - 0.25 * (d_mu + d), 0, None) ** r,
        worse=2 - 4 * (0.5 + 0.25 * (d_mu + d)) ** r,
        status_quo=2 - 4 * 0.5 ** r + 0 * d,
    )


def expected_utility(p, s_target, u: Utilities, q: float = 1.0, t: float = 1.0):
    """EU of challenging: s_j [P U_s + (1 - P) U_f] + (1 - s_j) U_s - {Q U_sq + (1 - Q) [T U_b + (1 - T) U_w]}."""
    challenge = s_target * (p * u.success + (1 - p) * u.failure) + (1 - s_target) * u.success
    return challenge - (q * u.status_quo + (1 - q) * (t * u.better + (1 - t) * u.worse))


def expected_utilities(x, s, w, r, mu, span=None, q: float = 1.0, t: float = 1.0, rule: str = "scholz"):
    """Both expected utilities of every dyad, as actor i sees them (its own risk exponent r_i):

    eu_ij[run, i, j] = EU_i(j): i challenging j;   eu_ji[run, i, j] = EU_j(i): j challenging i.
    The diagonal is 0.
    """
    x, s, w = _batch(x), _batch(s), _batch(w)
    r = np.broadcast_to(_batch(r), x.shape)
    span = _span(x, span)
    mu = np.broadcast_to(np.asarray(mu, dtype=float), x.shape[:1])
    p = win_probabilities(x, w, r, span, rule)                         # p[r, i, j]
    d = np.abs(x[:, :, None] - x[:, None, :]) / span[:, None, None]    # symmetric
    d_mu = np.abs(x - mu[:, None]) / span[:, None]                     # challenger's distance to mu
    ri = r[:, :, None]                                                 # the perspective: actor i
    u_i = basic_utilities(d, d_mu[:, :, None], ri)                     # i as challenger
    u_j = basic_utilities(d, d_mu[:, None, :], ri)                     # j as challenger, i's exponent
    eu_ij = expected_utility(p, s[:, None, :], u_i, q, t)
    eu_ji = expected_utility(np.swapaxes(p, 1, 2), s[:, :, None], u_j, q, t)
    eye = np.eye(x.shape[1], dtype=bool)[None]
    return np.where(eye, 0.0, eu_ij), np.where(eye, 0.0, eu_ji)


def risk_exponents(x, s, w, mu, span=None, q: float = 1.0, t: float = 1.0, rule: str = "scholz"):
    """r_i from the security levels, all expected utilities computed first with r = 1:
        danger_i = sum_{j != i} EU_j(i)                     (what the others expect from challenging i)
        R_i = (2 danger_i - max_k danger_k - min_k danger_k) / (max_k danger_k - min_k danger_k)
        r_i = (1 - R_i / 3) / (1 + R_i / 3)                 (in [0.5, 2])
    When every actor has the same danger (max == min), R_i = 0 and r_i = 1.
    Returns (r, R, danger).
    """
    x = _batch(x)
    ones = np.ones_like(x)
    eu_ij, _ = expected_utilities(x, s, w, ones, mu, span, q, t, rule)
    danger = eu_ij.sum(axis=1)                                         # sum over challengers j of EU_j(i)
    hi, lo = danger.max(axis=-1, keepdims=True), danger.min(axis=-1, keepdims=True)
    spread = hi - lo
    flat = spread <= _TOL * (np.abs(hi) + 1.0)
    R = np.where(flat, 0.0, (2 * danger - hi - lo) / np.where(flat, 1.0, spread))
    return (1 - R / 3) / (1 + R / 3), R, danger


# -- offers --------------------------------------------------------------------------------------------
CONFLICT, COMPROMISE, CAPITULATION = "conflict", "compromise", "capitulation"


def classify(eu_ij, eu_ji):
    """The octant rules, from i's perspective (a = EU_i(j), b = EU_j(i)); masks of shape (..., i, j):
        conflict lost  b > a > 0              -> i moves to x_j
        compromise     b > 0 > a, b >= |a|    -> i moves to x_i + (x_j - x_i) |a / b|
        capitulation   b > 0 > a, b < |a|     -> i moves to x_j
    Every other octant (i wins a conflict, i is the one that can impose, both expect a loss: status
    quo) leaves i where it is this round.
    """
    a, b = eu_ij, eu_ji
    conflict = (b > a) & (a > 0)
    compromise = (b > 0) & (a < 0) & (b >= np.abs(a))
    capitulation = (b > 0) & (a < 0) & (b < np.abs(a))
    return conflict, compromise, capitulation


def _pick(mask, cost, tiebreak):
    """Index of the offer with the lowest cost among `mask`, ties to the highest tiebreak, then lowest j."""
    c = np.where(mask, cost, np.inf)
    best = c.min(axis=-1, keepdims=True)
    cand = mask & (c <= best + 1e-12 * (np.abs(best) + 1))
    idx = np.argmax(np.where(cand, tiebreak, -np.inf), axis=-1)
    return idx, mask.any(axis=-1)


def choose_offers(x, eu_ij, eu_ji, span=None, offer_rule: str = "least_move"):
    """New positions after every actor accepts its most attractive credible offer (all at once).

    Priority: a lost conflict over a compromise over a capitulation. Within a kind, the offer that moves
    i least; ties go to the proposer with the highest EU_j(i), then to the first actor listed. With
    offer_rule "scholz", compromises are ranked instead by the EU-weighted position
    (|a| x_i + |b| x_j) / (|a| + |b|), lowest first, as in the code behind the published EC table.
    Returns (new_x, kind) where kind[run, i] is 0 none, 1 conflict, 2 compromise, 3 capitulation and
    partner[run, i] the proposer (-1 when none).
    """
    if offer_rule not in OFFER_RULES:
        raise ValueError(f"offer rule must be one of {OFFER_RULES}, got {offer_rule!r}")
    x = _batch(x)
    span = _span(x, span)
    xi, xj = x[:, :, None], x[:, None, :]
    distinct = np.abs(xi - xj) > _TOL * span[:, None, None]
    conflict, comp, capit = (m & distinct for m in classify(eu_ij, eu_ji))
    with np.errstate(invalid="ignore", divide="ignore"):
        frac = np.abs(eu_ij) / np.where(eu_ji != 0, eu_ji, 1.0)
    comp_target = xi + (xj - xi) * np.clip(frac, 0.0, 1.0)
    target = np.broadcast_to(xj, eu_ij.shape)
    move_conf = np.abs(target - xi)
    if offer_rule == "scholz":
        a, b = np.abs(eu_ij), np.abs(eu_ji)
        with np.errstate(invalid="ignore", divide="ignore"):
            comp_cost = np.where(a + b > 0, (a * xi + b * xj) / np.where(a + b > 0, a + b, 1.0), np.inf)
    else:
        comp_cost = np.abs(comp_target - xi)
    i_conf, has_conf = _pick(conflict, move_conf, eu_ji)
    i_comp, has_comp = _pick(comp, comp_cost, eu_ji)
    i_cap, has_cap = _pick(capit, move_conf, eu_ji)
    take = lambda arr, idx: np.take_along_axis(np.broadcast_to(arr, eu_ij.shape), idx[:, :, None], -1)[:, :, 0]  # noqa: E731
    new_x = np.where(has_conf, take(target, i_conf),
                     np.where(has_comp, take(comp_target, i_comp),
                              np.where(has_cap, take(target, i_cap), x)))
    kind = np.where(has_conf, 1, np.where(has_comp, 2, np.where(has_cap, 3, 0)))
    partner = np.where(has_conf, i_conf, np.where(has_comp, i_comp, np.where(has_cap, i_cap, -1)))
    return new_x, kind, partner


def weighted_mean(x, w) -> np.ndarray:
    x, w = _batch(x), _batch(w)
    return (w * x).sum(axis=-1) / w.sum(axis=-1)


@dataclass
class EUResult:
    """Per round k = 1..rounds (index k - 1): positions after the round's moves, the median voter
    position and weighted mean of those positions, the risk exponents used in the round and the offer
    each actor accepted (kind 0 none, 1 conflict, 2 compromise, 3 capitulation; partner -1 when none).
    initial_* describe the input positions."""
    positions: np.ndarray      # (rounds, runs, n)
    median: np.ndarray         # (rounds, runs)
    mean: np.ndarray           # (rounds, runs)
    risk: np.ndarray           # (rounds, runs, n)
    kind: np.ndarray           # (rounds, runs, n)
    partner: np.ndarray        # (rounds, runs, n)
    initial_median: np.ndarray  # (runs,)
    initial_mean: np.ndarray    # (runs,)

    @property
    def forecast(self) -> np.ndarray:
        """The median voter position after the last round (the initial one when rounds == 0)."""
        return self.median[-1] if len(self.median) else self.initial_median


def expected_utility_model(x, c, s, *, rounds: int = 10, q: float = 1.0, t: float = 1.0, span=None,
                           offer_rule: str = "least_move", probability: str = "scholz") -> EUResult:
    """Scholz, Calbert & Smith (2011) reading of Bueno de Mesquita's expected-utility model.

    Each round: (1) mu = median voter position; (2) with r = 1 for all, every EU and the security
    levels give r_i; (3) with those r_i, every actor's EU_i(j) and EU_j(i); (4) each actor accepts its
    most attractive credible offer; all move at once. `span` is x_max - x_min of the scale (default:
    the range of the input positions, fixed for all rounds).
    """
    if rounds < 0:
        raise ValueError("rounds must be >= 0")
    if not 0.0 <= q <= 1.0 or not 0.0 <= t <= 1.0:
        raise ValueError("q and t are probabilities: they must lie in [0, 1]")
    x, c, s = _batch(x).copy(), _batch(c), _batch(s)
    span = _span(x, span)
    w = c * s
    out = {k: [] for k in ("positions", "median", "mean", "risk", "kind", "partner")}
    init_median, init_mean = median_voter(x, w, span), weighted_mean(x, w)
    for _ in range(rounds):
        mu = median_voter(x, w, span)
        r, _R, _danger = risk_exponents(x, s, w, mu, span, q, t, probability)
        eu_ij, eu_ji = expected_utilities(x, s, w, r, mu, span, q, t, probability)
        x, kind, partner = choose_offers(x, eu_ij, eu_ji, span, offer_rule)
        for key, val in (("positions", x), ("median", median_voter(x, w, span)), ("mean", weighted_mean(x, w)),
                         ("risk", r), ("kind", kind), ("partner", partner)):
            out[key].append(val)
    n_runs, n = x.shape
    empty = {"positions": (0, n_runs, n), "median": (0, n_runs), "mean": (0, n_runs), "risk": (0, n_runs, n),
             "kind": (0, n_runs, n), "partner": (0, n_runs, n)}
    arrays = {k: (np.stack(v) if v else np.zeros(empty[k])) for k, v in out.items()}
    return EUResult(**arrays, initial_median=init_median, initial_mean=init_mean)

"""Each equation of the bargaining models on tiny cases computed by hand."""

from __future__ import annotations

import numpy as np
import pytest

from realpolitik.simulate import models


def test_models_compromise_is_weighted_mean():
    # weights c*s = 1*1, 1*0.5 -> (0*1 + 10*0.5) / 1.5
    assert models.compromise([0, 10], [1, 1], [1, 0.5])[0] == pytest.approx(10 / 3)


def test_models_weighted_median_crosses_half():
    assert models.weighted_median([0, 5, 10], [1, 1, 1])[0] == 5
    assert models.weighted_median([0, 10], [2, 1])[0] == 0
    assert models.weighted_median([10, 0, 4], [1, 1, 3])[0] == 4      # unsorted input


def test_models_weighted_median_exact_tie_is_midpoint():
    assert models.weighted_median([0, 10], [1, 1])[0] == 5
    assert models.weighted_median([2, 4, 6, 8], [1, 1, 1, 1])[0] == 5
    # a zero-weight actor between the two halves does not move the midpoint
    assert models.weighted_median([0, 3, 10], [1, 0, 1])[0] == 5


def test_models_votes_pairwise_by_hand():
    # three voters of weight 1 at 0, 5, 10 on a scale of length 10
    v = models.votes([0, 5, 10], [1, 1, 1], span=10)[0]
    # support for 5 over 0: sum_i (|x_i - 0| - |x_i - 5|) / 10 = (-5 + 5 + 5) / 10
    assert v[1, 0] == pytest.approx(0.5)
    assert v[0, 1] == pytest.approx(-0.5)
    assert np.allclose(np.diag(v), 0)


def test_models_median_voter_beats_all_and_equals_weighted_median():
    rng = np.random.default_rng(3)
    x, w = rng.uniform(0, 100, (50, 7)), rng.uniform(0.1, 1, (50, 7))
    mv = models.median_voter(x, w, span=100)
    assert np.allclose(mv, models.weighted_median(x, w))
    v = models.votes(x, w, span=100)
    for r in range(50):
        j = int(np.argmin(np.abs(x[r] - mv[r])))
        assert (v[r, j] >= -1e-12).all()                 # it beats (or ties) every other position


def test_models_win_probability_pairwise_and_scholz_by_hand():
    x, w, r = [0, 10, 4], [1, 1, 1], [1, 1, 1]
    # voters' support for x=0 over x=10: 1 (at 0), -1 (at 10), 0.2 (at 4)
    pw = models.win_probabilities(x, w, r, span=10, rule="pairwise")[0]
    assert pw[0, 1] == pytest.approx(1.2 / 2.2)
    assert pw[0, 1] + pw[1, 0] == pytest.approx(1.0)
    # Scholz: the denominator sums |v| over every voter and every ordered pair: 4 + 4 + 2.4
    sc = models.win_probabilities(x, w, r, span=10, rule="scholz")[0]
    assert sc[0, 1] == pytest.approx(1.2 / 10.4)
    assert sc[0, 0] == 0 and pw[2, 2] == 0


def test_models_win_probability_uses_voter_risk_exponent():
    # support for x=0 over x=5 from voters at 0, 5, 8: 0.5, -0.5, and from the voter at 8
    # 0.3 - 0.8 = -0.5 with r = 1, but 0.3**2 - 0.8**2 = -0.55 with r = 2
    x = [0, 5, 8]
    lin = models.win_probabilities(x, [1, 1, 1], [1, 1, 1], span=10, rule="pairwise")[0, 0, 1]
    sq = models.win_probabilities(x, [1, 1, 1], [1, 1, 2], span=10, rule="pairwise")[0, 0, 1]
    assert lin == pytest.approx(0.5 / 1.5)
    assert sq == pytest.approx(0.5 / 1.55)


def test_models_basic_utilities_by_hand():
    u = models.basic_utilities(1.0, 0.0, 1.0)
    assert (u.success, u.failure, u.status_quo) == pytest.approx((2.0, -2.0, 0.0))
    assert (u.better, u.worse) == pytest.approx((1.0, -1.0))
    u = models.basic_utilities(0.5, 0.0, 2.0)
    assert (u.success, u.failure, u.status_quo) == pytest.approx((1.75, -0.25, 1.0))
    u = models.basic_utilities(0.0, 0.0, 0.5)
    assert u.status_quo == pytest.approx(2 - 4 * 0.5 ** 0.5)


def test_models_expected_utility_by_hand():
    u = models.basic_utilities(1.0, 0.0, 1.0)             # Us 2, Uf -2, Ub 1, Uw -1, Usq 0
    assert models.expected_utility(0.5, 1.0, u) == pytest.approx(0.0)
    assert models.expected_utility(0.5, 0.5, u) == pytest.approx(1.0)
    assert models.expected_utility(0.75, 1.0, u) == pytest.approx(1.0)
    # Q = 0.5, T = 1: subtract 0.5 Usq + 0.5 Ub = 0.5
    assert models.expected_utility(0.5, 0.5, u, q=0.5, t=1.0) == pytest.approx(0.5)
    # Q = 0.5, T = 0: subtract 0.5 Uw = -0.5
    assert models.expected_utility(0.5, 0.5, u, q=0.5, t=0.0) == pytest.approx(1.5)


def test_models_expected_utilities_matrix_matches_scalar_equation():
    x, s, c = np.array([0.0, 10, 4]), np.array([1.0, 0.5, 0.8]), np.array([1.0, 2, 1])
    r = np.array([1.0, 2.0, 0.5])
    eu_ij, eu_ji = models.expected_utilities(x, s, c * s, r, mu=4, span=10)
    p = models.win_probabilities(x, c * s, r, span=10)[0]
    i, j = 2, 1
    d = abs(x[i] - x[j]) / 10
    u = models.basic_utilities(d, abs(x[i] - 4) / 10, r[i])
    assert eu_ij[0, i, j] == pytest.approx(models.expected_utility(p[i, j], s[j], u))
    u_j = models.basic_utilities(d, abs(x[j] - 4) / 10, r[i])   # j challenging i, i's exponent
    assert eu_ji[0, i, j] == pytest.approx(models.expected_utility(p[j, i], s[i], u_j))
    assert eu_ij[0, 0, 0] == 0 and eu_ji[0, 1, 1] == 0


def test_models_risk_exponents_security_formula():
    x, c, s = np.array([0.0, 3, 7, 10]), np.array([1.0, 0.5, 0.5, 2]), np.array([0.9, 0.5, 0.6, 0.4])
    r, R, danger = models.risk_exponents(x, s, c * s, mu=7, span=10)
    hi, lo = danger.max(), danger.min()
    assert R[0] == pytest.approx((2 * danger[0] - hi - lo) / (hi - lo))
    assert r[0] == pytest.approx((1 - R[0] / 3) / (1 + R[0] / 3))
    assert R[0, np.argmax(danger[0])] == pytest.approx(1) and r.min() == pytest.approx(0.5)
    assert R[0, np.argmin(danger[0])] == pytest.approx(-1) and r.max() == pytest.approx(2)


def test_models_risk_exponents_flat_danger_gives_one():
    r, R, _ = models.risk_exponents([0, 10], [1, 1], [1, 1], mu=5, span=10)
    assert np.allclose(R, 0) and np.allclose(r, 1)


def test_models_classify_octants():
    a = np.array([0.1, -0.1, -0.5, 0.3, -0.1, -0.2])
    b = np.array([0.3, 0.3, 0.3, 0.1, -0.2, 0.2])
    conflict, compromise, capitulation = models.classify(a, b)
    assert conflict.tolist() == [True, False, False, False, False, False]
    assert compromise.tolist() == [False, True, False, False, False, True]   # b == |a| counts as compromise
    assert capitulation.tolist() == [False, False, True, False, False, False]


def _offers():
    x = np.array([0.0, 10.0, 4.0])
    a = np.zeros((1, 3, 3))      # a[i, j] = EU_i(j), b[i, j] = EU_j(i), both as i sees them
    b = np.zeros((1, 3, 3))
    a[0, 0, 1], b[0, 0, 1] = -0.1, 0.4     # 0 <- 1: compromise to 2.5
    a[0, 0, 2], b[0, 0, 2] = 0.1, 0.2      # 0 <- 2: lost conflict, to 4
    a[0, 1, 0], b[0, 1, 0] = -0.2, 0.4     # 1 <- 0: compromise to 10 - 10 * 0.5 = 5
    a[0, 1, 2], b[0, 1, 2] = -0.3, 0.6     # 1 <- 2: compromise to 10 - 6 * 0.5 = 7
    a[0, 2, 1], b[0, 2, 1] = -0.5, 0.1     # 2 <- 1: capitulation, to 10
    return x, a, b


def test_models_choose_offers_priority_and_least_move():
    x, a, b = _offers()
    new, kind, partner = models.choose_offers(x, a, b, span=10)
    assert new[0].tolist() == pytest.approx([4.0, 7.0, 10.0])
    assert kind[0].tolist() == [1, 2, 3] and partner[0].tolist() == [2, 2, 1]


def test_models_choose_offers_scholz_compromise_rule():
    x, a, b = _offers()
    new, _, partner = models.choose_offers(x, a, b, span=10, offer_rule="scholz")
    # EU-weighted positions: with 0 -> (0.2*10 + 0.4*0)/0.6 = 3.3, with 2 -> (0.3*10 + 0.6*4)/0.9 = 6
    assert new[0, 1] == pytest.approx(5.0) and partner[0, 1] == 0


def test_models_eu_model_is_mirror_invariant_with_least_move():
    rng = np.random.default_rng(7)
    x, c, s = rng.uniform(0, 100, (20, 6)), rng.uniform(0.1, 1, (20, 6)), rng.uniform(0.1, 1, (20, 6))
    a = models.expected_utility_model(x, c, s, rounds=5, span=100)
    b = models.expected_utility_model(100 - x, c, s, rounds=5, span=100)
    assert np.allclose(a.positions, 100 - b.positions)
    assert np.allclose(a.forecast, 100 - b.forecast)


def test_models_eu_model_batch_equals_single_runs():
    rng = np.random.default_rng(11)
    x, c, s = rng.uniform(0, 10, (4, 5)), rng.uniform(0.1, 1, (4, 5)), rng.uniform(0.1, 1, (4, 5))
    batch = models.expected_utility_model(x, c, s, rounds=4, span=10)
    for k in range(4):
        one = models.expected_utility_model(x[k], c[k], s[k], rounds=4, span=10)
        assert np.allclose(one.positions[:, 0], batch.positions[:, k])


def test_models_eu_model_rejects_bad_parameters():
    with pytest.raises(ValueError, match="q and t"):
        models.expected_utility_model([0, 1], [1, 1], [1, 1], q=1.5)
    with pytest.raises(ValueError, match="offer rule"):
        models.choose_offers([0, 1], np.zeros((1, 2, 2)), np.zeros((1, 2, 2)), offer_rule="nearest")
    with pytest.raises(ValueError, match="no length"):
        models.expected_utility_model([3, 3], [1, 1], [1, 1])

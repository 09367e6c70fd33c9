"""Ratios from paired rounds: each round times both servers back to back on the same question (in
alternating order), so a disturbance of the machine during a round touches both sides of that round's
ratio. The figure reported is the median of the per-round ratios, with a bootstrap 95% interval."""
import random
import statistics


def ratios(ours, theirs):
    """Per-round ratios ours / theirs of two equally long lists of req/s."""
    return [a / b for a, b in zip(ours, theirs) if b > 0]


def median_with_interval(values, seed=1, resamples=2000, level=0.95):
    """(median, low, high): the median and a percentile-bootstrap interval for it."""
    if not values:
        return float("nan"), float("nan"), float("nan")
    rng = random.Random(seed)
    medians = sorted(statistics.median(rng.choices(values, k=len(values))) for _ in range(resamples))
    cut = (1 - level) / 2
    return (statistics.median(values), medians[int(cut * resamples)],
            medians[min(resamples - 1, int((1 - cut) * resamples))])


def order_of_round(round_index, a, b):
    """ABBA: A then B in even rounds, B then A in odd ones, so neither server always runs first (after a
    warm cache, or before the machine's other work wakes up)."""
    return (a, b) if round_index % 2 == 0 else (b, a)

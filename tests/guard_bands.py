"""Cosines the guard's rule tests check at: above the learned trees' band (the rules alone
decide) and inside it (the trees may overturn a rule that is not firm)."""

ABOVE_BAND = 0.97
IN_BAND = 0.9

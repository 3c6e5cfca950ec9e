"""Processing provider ``neaspec``: one algorithm per module, thin adapters over core/."""

"""Round three of the blind stress test of amendment changes: whole amendments as filed, the
changes among sections that change nothing (recitals quoting earlier amendments,
representations and conditions citing sections, fees, reaffirmations, counterparts)."""

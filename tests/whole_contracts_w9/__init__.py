"""Whole short commercial contracts written blind for issue 12 (stop 30, helper h9-i).

Each contract was written from how such contracts are drafted and filed (title block,
preamble, recitals, notices, signature blocks, exhibits), not copied from a corpus document;
the names are invented. The facts each one states (title, parties with their aliases, date,
governing law) are written in :mod:`tests.test_whole_contracts_w9`, before the extractor ran.
"""

from __future__ import annotations

from tests.whole_contracts_w9.fifth import FIFTH
from tests.whole_contracts_w9.fourth import FOURTH
from tests.whole_contracts_w9.goods import GOODS
from tests.whole_contracts_w9.licences import LICENCES
from tests.whole_contracts_w9.second import SECOND
from tests.whole_contracts_w9.services import SERVICES
from tests.whole_contracts_w9.third import THIRD

#: contract name -> its whole text
CONTRACTS: dict[str, str] = {**GOODS, **LICENCES, **SERVICES, **SECOND, **THIRD, **FOURTH, **FIFTH}

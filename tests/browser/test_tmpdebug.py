import time
from helpers import open_app, search_and_open
def test_dbg(page):
    q = "MATCH (lender:Party)-[l:LENDS_TO]->(borrower:Party)\nWHERE toLower(borrower.name) CONTAINS toLower($name)\nRETURN lender.name AS lender, l.amount AS amount, l.currency AS currency, borrower, l, lender"
    r = page.request.post("/api/cypher", data={"query": q, "params": {"name": "Zoltek"}})
    print(r.status, r.text()[:300])
    t=time.time()
    open_app(page)
    search_and_open(page, "Southwest Bank", "Southwest Bank of St. Louis")
    print("open", time.time()-t)
    page.evaluate("() => window.dealgraph.cy.elements().remove()")
    print("rm", time.time()-t)
    page.get_by_role("button", name="Expand LENDS_TO outgoing").click()
    print("click", time.time()-t)

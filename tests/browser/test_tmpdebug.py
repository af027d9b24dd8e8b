from helpers import open_app, search_and_open
def test_dbg(page):
    open_app(page)
    search_and_open(page, "Credit Agreement", "Credit Agreement")
    page.locator("#legend-type-AMENDS").uncheck()
    print(page.evaluate("""() => { const cy = window.dealgraph.cy; const e = cy.edges('[type = "AMENDS"]');
      return [e.length, e.map(x => x.classes()), e.map(x => x.style('display')), e.map(x=>x.visible()), document.querySelector('#legend-type-AMENDS').checked, window.dealgraph.explorer.state.hiddenTypes.size] }"""))

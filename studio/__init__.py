"""The browser studio's handlers and views, on top of the engine (`simulator/`).

`app.py` lays the page out and wires events; the modules here hold the importable,
unit-testable handler functions (each takes the `Studio` first) and the pure renderers.
"""

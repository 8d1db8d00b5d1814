"""HallDesk's rules as code: services, imports, documents and the command line.

Nothing here imports Qt; the window, the CLI and the tests all call this layer.
"""

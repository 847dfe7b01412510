"""The ``incimap`` command line. Each command lives in a module of its own."""

"""Our own small JS and CSS, inlined into each map (a package so that installs ship it)."""

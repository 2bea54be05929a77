"""Field parsers: one raw string in, one checked value out. This package imports nothing else of the kit
but :mod:`summons_kit.errors`."""

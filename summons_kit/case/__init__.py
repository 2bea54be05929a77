"""The case layer: the frozen :class:`~summons_kit.case.model.Case`, its loader, and the data every later layer reads
(the element-form rows, the document registry)."""

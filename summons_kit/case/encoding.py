"""Which text encoding a case file that is not UTF-8 looks like: UTF-16 (Windows "Unicode") or GBK/GB18030
(Windows Notepad's "ANSI" on a Chinese system, WPS).

Such a file is refused with the encoding named and "save it as UTF-8", not read: a guess between GBK and other
legacy encodings can be wrong without an error, and a wrong character in a name or an ID number would reach the
court's papers unnoticed.
"""

from __future__ import annotations

UTF16_BOMS = {b"\xff\xfe": "UTF-16 LE", b"\xfe\xff": "UTF-16 BE"}


def looks_like(data: bytes) -> str | None:
    """The name of the non-UTF-8 encoding ``data`` looks like, or None (UTF-8, with or without a BOM, or unknown)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return None
    for bom, name in UTF16_BOMS.items():
        if data.startswith(bom):
            return f"{name} (BOM)"
    sample = data[:4096]
    if len(sample) >= 2 and sample.count(0) * 4 >= len(sample):  # text with a NUL in every other byte
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        return "UTF-16 LE" if odd > even else "UTF-16 BE"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return None
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    try:
        data.decode("gbk")
    except UnicodeDecodeError:
        return "GB18030"
    return "GBK/GB18030"

"""The words news uses alone for a person it named in full: "Paul Kagame ... Kagame", "Bashar al-Assad ... Assad",
"Kim Jong Un ... Kim". Read by the document context (actors/context.py) and the knowledge base's surname index.
"""

from __future__ import annotations


FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "KHM", "SGP", "MNG"})
"""Countries whose people English news names family name first ("Kim Jong Un" ... "Kim", "Hun Sen" ... "Hun"):
there the first word of a full name is the one a later sentence uses alone."""
_ARTICLES = ("al-", "el-", "Al-", "El-")
"""Arabic articles a surname is written with and without ("Bashar al-Assad" ... "Assad")."""


def bare_surnames(name: str, family_name_first: bool) -> tuple[str, ...]:
    """The words news uses alone for a person named ``name`` (of more than one word): the last word, also
    without its Arabic article ("al-Assad", "Assad"), and the first word where the family name comes first
    ("Kim Jong Un" -> "Kim")."""
    parts = name.split()
    if len(parts) < 2:
        return ()
    last = parts[-1]
    out = [last]
    for article in _ARTICLES:
        if last.startswith(article) and len(last) > len(article) + 1 and last[len(article)].isupper():
            out.append(last[len(article):])
    if family_name_first and parts[0] != last:
        out.append(parts[0])
    return tuple(out)

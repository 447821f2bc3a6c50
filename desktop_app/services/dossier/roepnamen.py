"""The forms a Dutch first name takes in a case file: its common short names and diminutives.

A small table of the usual short names (Johannes is Hans or Jan, Elisabeth is Lies or Bep),
and the diminutive endings that make Sanneke, Jannetje, Wimpje or Henkie of any name. Forms
that no one writes are harmless: they are only words to look for.
"""

# Names that are written as a quite different word; both directions are looked up. Short
# forms that are also common Dutch words (wil, ton, den, jo) are left out: they would scrub
# "ik wil" and "Den Haag" from every text.
_KORT: dict[str, tuple[str, ...]] = {
    "adriaan": ("arie", "aad", "janus"),
    "alexander": ("alex", "sander", "sasja"),
    "anna": ("anneke", "ans", "anja", "annie"),
    "antonius": ("toon", "teun", "toine", "tony"),
    "catharina": ("tineke", "trijntje", "karin", "ina", "toos", "rina"),
    "cornelis": ("kees", "cor", "neeltje"),
    "cornelia": ("corrie", "cor", "nel", "neeltje"),
    "elisabeth": ("lies", "liesbeth", "bep", "betty", "els", "elise", "lisa"),
    "franciscus": ("frans", "sjors"),
    "geertruida": ("truus", "trudy", "geertje"),
    "gerardus": ("gerard", "gert", "geert", "sjaak"),
    "hendrik": ("henk", "rik", "hein", "henkie"),
    "hendrika": ("riek", "rikie", "henny"),
    "jacobus": ("koos", "jaap", "sjaak", "jacco"),
    "johannes": ("hans", "jan", "joop", "johan", "hannes"),
    "johanna": ("anneke", "hanna", "hanneke", "joke", "annie"),
    "margaretha": ("greet", "margriet", "grietje", "greetje", "marga", "gretha"),
    "maria": ("mieke", "marieke", "ria", "mies", "marja", "rie"),
    "mohammed": ("momo", "hamid"),
    "nicolaas": ("klaas", "niek", "nico", "kolijn"),
    "petrus": ("piet", "peer", "pieter", "peter"),
    "theodorus": ("theo", "dorus", "ted"),
    "wilhelmina": ("mien", "willy", "mina", "willemien"),
    "willem": ("wim", "pim", "willy"),
    "dennis": ("dennie",),
    "fatima": ("fatma", "fati"),
    "robert": ("rob", "robbie", "bert"),
    "lotte": ("lot", "charlotte"),
    "samuel": ("sam", "sammy"),
    "thomas": ("tom", "tommy"),
    "joseph": ("joost", "jos", "sjef"),
    "daniel": ("daan", "danny"),
    "elizabeth": ("liz", "els"),
}

_UITGANGEN = ("tje", "je", "pje", "ie", "ke", "eke", "etje", "y", "s", "'s", "tjes")


def _kort() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for name, short in _KORT.items():
        group = {name, *short}
        for member in group:
            found.setdefault(member, set()).update(group)
    return found


_GROEPEN = _kort()


def vormen(voornaam: str) -> set[str]:
    """Every form to look for of this first name, lower case; the name itself included."""
    name = voornaam.strip().lower()
    if len(name) < 2:
        return set()
    bases = _GROEPEN.get(name, set()) | {name}
    result = set()
    for base in bases:
        stems = {base, base.rstrip("e") or base}
        if base[-1] not in "aeiouy" and len(base) > 2:
            stems.add(base + base[-1])  # Jan: Jannetje, Janneke, Jannie
        result.add(base)
        result.update(stem + ending for stem in stems for ending in _UITGANGEN)
    return result

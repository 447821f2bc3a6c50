""" "Wie belt u waarvoor": per betrokkene their role, organisation and phone, and the open
afspraken they carry, in plain words. Drawn from the audience projection, so it can be
projected with the parents present."""

from html import escape

from desktop_app.services.publiek.contact import Contactpersoon
from desktop_app.services.publiek.taakverdeling import WieBeltU


def wie_belt_u_html(records: list[WieBeltU], size: int, kolommen: int = 1) -> str:
    """One block per person; on a beamer in two columns, so everyone fits on one screen."""
    if not records:
        return f"<p style='font-size:{size}px'>Er is nog niemand met een rol of taak.</p>"
    blocks = []
    for w in records:
        reach = " · ".join(escape(x) for x in (w.telefoon, w.email) if x) or "geen telefoon bekend"
        role = ", ".join(escape(x) for x in (w.rol, w.organisatie) if x)
        lines = [f"<b>{escape(w.naam)}</b>" + (f" — {role}" if role else ""), reach]
        if w.waarvoor:
            lines.append("Voor: " + "; ".join(escape(x) for x in w.waarvoor))
        lines += [f"• {escape(task)}" for task in w.taken]
        blocks.append("<br>".join(lines))
    cell = f"style='font-size:{size}px; padding: 0 {size}px {size}px 0; vertical-align: top'"
    rows = [blocks[i : i + kolommen] for i in range(0, len(blocks), kolommen)]
    return (
        "<table width='100%'>"
        + "".join(
            "<tr>" + "".join(f"<td {cell}>{block}</td>" for block in row) + "</tr>" for row in rows
        )
        + "</table>"
    )


def contact_banner(contacts: list[Contactpersoon]) -> str:
    """Who to call, each once: "Fatima El Amrani (06-…): casusregie, aanspreekpunt van Sanne
    en Ria". Short enough to stay on a laptop's screen and legible on a beamer."""
    if not contacts:
        return "Nog geen regisseur of vast aanspreekpunt vastgelegd."
    roles: dict[tuple[str, str], list[str]] = {}
    for c in contacts:
        role = "casusregie" if c.voor == "Casusregie" else c.voor.split(" van ", 1)[1].split()[0]
        roles.setdefault((c.naam, c.telefoon), []).append(role)
    parts = []
    for (naam, telefoon), said in roles.items():
        regie = ["casusregie"] if "casusregie" in said else []
        members = [r for r in said if r != "casusregie"]
        if members:
            regie.append("aanspreekpunt van " + _and(members))
        phone = f" ({escape(telefoon)})" if telefoon else ""
        parts.append(f"<b>{escape(naam)}</b>{phone}: {escape(', '.join(regie))}")
    return "   ·   ".join(parts)


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} en {names[-1]}"

"""Sealing a dossier with a password: AES-256-GCM under a key derived with scrypt.

The sealed file is a zip of two entries: a clear manifest that names the key derivation and
its parameters (and nothing of the case), and the ciphertext of the whole dossier zip. The
manifest's bytes are the cipher's associated data, so changing a parameter fails like a
wrong password.
"""

import base64
import binascii
import io
import os
import zipfile

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop_app.model.errors import InvoerFout
from desktop_app.services.dossier import formaat

INHOUD = "inhoud.bin"
CIPHER = "AES-256-GCM"
KDF = {"kdf": "scrypt", "n": 2**15, "r": 8, "p": 1}  # about 32 MiB and a tenth of a second

VERKEERD = "Het wachtwoord klopt niet, of het bestand is beschadigd."


def verzegel(dossier: bytes, wachtwoord: str) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    manifest = formaat.dump(
        {
            "formaat": formaat.SOORT,
            "formaatversie": formaat.FORMAATVERSIE,
            "versleuteling": {
                **KDF,
                "salt": base64.b64encode(salt).decode("ascii"),
                "nonce": base64.b64encode(nonce).decode("ascii"),
                "cipher": CIPHER,
            },
        }
    )
    key = _sleutel(wachtwoord, salt, KDF["n"], KDF["r"], KDF["p"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(formaat.MANIFEST, manifest)
        archive.writestr(INHOUD, AESGCM(key).encrypt(nonce, dossier, manifest))
    return buffer.getvalue()


def verzegeld(data: bytes) -> bool:
    """Whether the file is a sealed dossier (else it is read as a plain one)."""
    return "versleuteling" in formaat.manifest(formaat.uitpakken(data))


def ontzegel(data: bytes, wachtwoord: str) -> bytes:
    """The dossier zip inside a sealed file."""
    parts = formaat.uitpakken(data)
    manifest = formaat.manifest(parts)
    if set(parts) != {formaat.MANIFEST, INHOUD}:
        raise InvoerFout(formaat.BESCHADIGD)
    n, r, p, salt, nonce = _parameters(manifest.get("versleuteling"))
    key = _sleutel(wachtwoord, salt, n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, parts[INHOUD], parts[formaat.MANIFEST])
    except InvalidTag:
        raise InvoerFout(VERKEERD) from None


def _parameters(found) -> tuple[int, int, int, bytes, bytes]:
    """The manifest's parameters, within bounds this program would ever write: a file must
    not make the key derivation take gigabytes or hours."""
    try:
        n, r, p = (found[k] for k in ("n", "r", "p"))
        salt, nonce = (base64.b64decode(found[k], validate=True) for k in ("salt", "nonce"))
        ok = (
            found["kdf"] == "scrypt"
            and found["cipher"] == CIPHER
            and all(type(v) is int for v in (n, r, p))
            and 2 <= n <= 2**20
            and n & (n - 1) == 0
            and 1 <= r <= 16
            and 1 <= p <= 4
            and 128 * n * r <= 2**28
            and len(salt) >= 16
            and len(nonce) == 12
        )
    except (TypeError, KeyError, ValueError, binascii.Error):
        ok = False
    if not ok:
        raise InvoerFout(formaat.BESCHADIGD)
    return n, r, p, salt, nonce


def _sleutel(wachtwoord: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(wachtwoord.encode("utf-8"))

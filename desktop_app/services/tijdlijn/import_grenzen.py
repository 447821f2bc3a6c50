"""How much an event import may hold: far more than any dossier extract, far less than what
would keep the laptop busy for minutes or fill its memory. Beyond these the file is refused."""

MAX_BYTES = 5 * 1024 * 1024  # the file as it is on disk
MAX_UITGEPAKT = 15 * 1024 * 1024  # an XLSX unpacked: its sheet, texts and styles together
MAX_DELEN = 500  # files inside an XLSX
# XML elements in an XLSX, empty cells and rows included: 5000 rows of 8 columns with their
# shared texts are about 170.000; each costs openpyxl a few microseconds and some memory
MAX_ELEMENTEN = 300_000
MAX_RIJEN = 5000  # gebeurtenissen, besides the header
MAX_KOLOMMEN = 50
MAX_CEL = 10_000  # characters in one cell (a long omschrijving is a few hundred)


def megabytes(size: int) -> str:
    return f"{size // 1024 // 1024} MB"


def aantal(number: int) -> str:
    """As Dutch writes it: 10.000."""
    return f"{number:,}".replace(",", ".")

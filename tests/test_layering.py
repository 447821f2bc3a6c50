"""Only desktop_app.ui may use Qt or pyqtgraph: the domain must run headless."""

import ast
import subprocess
import sys
from pathlib import Path

import desktop_app

PACKAGE = Path(desktop_app.__file__).parent
GUI_MODULES = ("PySide6", "shiboken6", "pyqtgraph")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_gui_imports_outside_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        for name in _imports(path):
            if name.split(".")[0] in GUI_MODULES:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_domain_imports_without_qt_installed_modules_loaded():
    """Importing every non-UI module loads neither Qt nor pyqtgraph."""
    modules = [
        ".".join(("desktop_app", *p.relative_to(PACKAGE).with_suffix("").parts))
        for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] != "ui" and p.name != "__main__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {GUI_MODULES!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def _applies_the_visibility_rule(tree: ast.AST) -> list[str]:
    """Calls of `zichtbaar`, or comparisons of a `zichtbaarheid`: deciding who may see what."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name | ast.Attribute):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name == "zichtbaar":
                found.append(f"line {node.lineno}: zichtbaar")
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            for side in sides:
                name = getattr(side, "attr", getattr(side, "id", None))
                if name == "zichtbaarheid":
                    found.append(f"line {node.lineno}: compares zichtbaarheid")
    return found


def test_only_the_audience_projection_applies_the_visibility_rule():
    """Every screen, export and paper renders services.publiek; none decides visibility."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[:2] == ("services", "publiek"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offenders += [f"{relative} {where}" for where in _applies_the_visibility_rule(tree)]
    assert offenders == []


def test_the_rule_check_sees_what_it_looks_for():
    code = "if zichtbaar(x, p): pass\nif item.zichtbaarheid == 'iedereen': pass\n"
    assert len(_applies_the_visibility_rule(ast.parse(code))) == 2


def test_capabilities_do_not_depend_on_the_audience_projection():
    """publiek reads the capabilities; the other way round would make a cycle of policy."""
    offenders = []
    for path in (PACKAGE / "services").rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[1] == "publiek":
            continue
        offenders += [
            f"{relative} imports {name}"
            for name in _imports(path)
            if name.startswith("desktop_app.services.publiek")
        ]
    assert offenders == []

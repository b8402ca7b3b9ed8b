"""The core knows no booster: it imports none and reads no optional key of its config."""

from __future__ import annotations

import ast
import re
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "src" / "arabic_ie" / "core"


def _modules():
    return sorted(CORE.glob("*.py"))


def test_no_core_module_imports_a_booster_or_a_layer_above_it():
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                module = "." * node.level + (node.module or "")
                assert not re.match(r"\.\.(boosters|training|evaluation|predictor|extractor|cli)\b", module), \
                    f"{path.name} imports {module}"
                assert "boosters" not in module, f"{path.name} imports {module}"


def test_the_core_reads_its_config_by_attribute_not_by_optional_lookups():
    for path in _modules():
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"getattr\([^)]*config", source), f"{path.name} reads its config with getattr"
        assert "boosters" not in source, f"{path.name} names boosters"

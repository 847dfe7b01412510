"""Properties of the name key that both the index and every query rely on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gazetteer.normalize import normalize_name


@given(st.text(max_size=40))
def test_key_is_idempotent_ascii_and_tidy(name: str) -> None:
    key = normalize_name(name)
    assert normalize_name(key) == key
    assert key.isascii()
    assert key == key.strip() and "  " not in key
    assert key == key.lower()


@given(st.sampled_from(["Madagiz", "Suqovuşan", "Xankəndi", "Nagorno-Karabakh"]))
def test_decoration_does_not_change_the_key(name: str) -> None:
    key = normalize_name(name)
    for decorated in (
        f"the village of {name}",
        f"{name.upper()} district",
        f"  {name}'s  ".replace("'s", ""),
        f"The city of {name}",
    ):
        assert normalize_name(decorated) == key


def test_scripts_meet_on_one_key() -> None:
    assert normalize_name("Степанакерт") == normalize_name("Stepanakert") == "stepanakert"
    assert normalize_name("Şuşa") == normalize_name("Susa")
    assert normalize_name("Stepʻanakert") == "stepanakert"

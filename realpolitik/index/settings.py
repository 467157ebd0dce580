"""Index settings: the defaults in `realpolitik/data/index_settings.toml` (each with its reasoning), an
optional user TOML file of the same shape, then keyword overrides (what the CLI passes)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field, fields
from importlib.resources import files
from pathlib import Path

from realpolitik.errors import UsageError

CHANNELS = ("diplomatic", "security", "economic", "public_opinion")


@dataclass(frozen=True)
class Settings:
    """Flat, immutable index settings. See index_settings.toml for what each one means."""

    half_life_days: float = 365.0
    horizon_half_lives: float = 10.0
    hypothetical_weight: float = 0.25
    dataset_weight: float = 0.5
    use_confidence: bool = True
    insurgent_sectors: tuple[str, ...] = ("REB",)
    insurgent_sign: float = -1.0
    public_sectors: tuple[str, ...] = ("CVL", "MED")
    event_scale: float = 20.0
    channel_weights: dict = field(default_factory=lambda: dict.fromkeys(CHANNELS, 1.0))
    window: int = 5
    w_event: float = 0.5
    w_struct: float = 0.5

    def to_dict(self) -> dict:
        return asdict(self)

    def __hash__(self) -> int:  # channel_weights is a dict; hash its items
        return hash(tuple((k, tuple(sorted(v.items())) if isinstance(v, dict) else v)
                          for k, v in asdict(self).items()))


def _flatten(table: dict, source: str) -> dict:
    """TOML sections are for reading only: take every leaf key, keeping `channel_weights` as a table."""
    out: dict = {}
    for key, value in table.items():
        if isinstance(value, dict) and key != "channel_weights":
            out.update(_flatten(value, source))
        else:
            if key in out:
                raise UsageError(f"{source}: setting {key!r} given twice")
            out[key] = value
    return out


def _coerce(values: dict, source: str) -> dict:
    known = {f.name: f for f in fields(Settings)}
    out = {}
    for key, value in values.items():
        if key not in known:
            raise UsageError(f"{source}: unknown index setting {key!r} (known: {', '.join(sorted(known))})")
        try:
            if key == "channel_weights":
                if not isinstance(value, dict):
                    raise TypeError("a table of channel -> weight")
                unknown = set(value) - set(CHANNELS)
                if unknown:
                    raise ValueError(f"unknown channel(s) {sorted(unknown)}; channels are {', '.join(CHANNELS)}")
                value = {k: float(v) for k, v in value.items()}
            elif key in ("insurgent_sectors", "public_sectors"):
                value = (value,) if isinstance(value, str) else tuple(str(v) for v in value)
            elif key == "use_confidence":
                if isinstance(value, str):
                    value = value.strip().lower() in ("1", "true", "yes", "on")
                value = bool(value)
            elif key == "window":
                value = int(value)
            else:
                value = float(value)
        except (TypeError, ValueError) as exc:
            raise UsageError(f"{source}: bad value {value!r} for index setting {key!r}: {exc}") from None
        out[key] = value
    return out


def _check(s: Settings) -> Settings:
    problems = []
    if s.half_life_days <= 0:
        problems.append("half_life_days must be > 0")
    if s.horizon_half_lives <= 0:
        problems.append("horizon_half_lives must be > 0")
    if s.event_scale <= 0:
        problems.append("event_scale must be > 0")
    if s.window < 1:
        problems.append("window must be at least 1 year")
    for name in ("hypothetical_weight", "dataset_weight"):
        if getattr(s, name) < 0:
            problems.append(f"{name} must be >= 0")
    if problems:
        raise UsageError("bad index settings: " + "; ".join(problems))
    return s


def load_settings(path: str | os.PathLike | None = None, **overrides) -> Settings:
    """Defaults from the shipped `index_settings.toml`, then `path` (a TOML file of the same shape, any
    subset of keys), then `overrides` (flat keys, e.g. ``half_life_days=180``; None values are ignored so
    a CLI can pass its options through unchanged). Unknown keys are a `UsageError`."""
    text = (files("realpolitik") / "data" / "index_settings.toml").read_text(encoding="utf-8")
    values = _coerce(_flatten(tomllib.loads(text), "index_settings.toml"), "index_settings.toml")
    if path is not None:
        p = Path(path)
        try:
            user = tomllib.loads(p.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise UsageError(f"cannot read index settings {p}: {exc}") from None
        user_values = _coerce(_flatten(user, str(p)), str(p))
        if "channel_weights" in user_values:  # a partial table updates the defaults
            user_values["channel_weights"] = {**values["channel_weights"], **user_values["channel_weights"]}
        values.update(user_values)
    given = _coerce({k: v for k, v in overrides.items() if v is not None}, "override")
    if "channel_weights" in given:
        given["channel_weights"] = {**values["channel_weights"], **given["channel_weights"]}
    values.update(given)
    return _check(Settings(**values))


def resolve(settings: Settings | dict | None) -> Settings:
    """`settings` as given to `influence`/`explain`: None (defaults), a Settings, or a dict of overrides."""
    if settings is None:
        return load_settings()
    if isinstance(settings, Settings):
        return settings
    if isinstance(settings, dict):
        return load_settings(**settings)
    raise UsageError(f"settings must be a Settings, a dict of overrides or None, not {type(settings).__name__}")


__all__ = ["CHANNELS", "Settings", "load_settings", "resolve"]

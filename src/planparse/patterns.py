"""Load, validate, expand and compile the rule files in patterns/.

A pattern file is TOML:

    schema = 1
    description = "…"
    [lists]            # word lists; ${name} expands to an escaped alternation, longest first
    unit = ["%", "个"]
    [fragments]        # named regex pieces; ${name} expands to (?:piece)
    num = '[0-9]+(?:\\.[0-9]+)?'
    [maps.comparator]  # plain lookup tables for the resolving code
    "以上" = ">="
    [[rule]]           # id, name, pattern (or words), emit, examples, counter_examples, priority
    id = "percentages.symbol"
    pattern = '(?P<value>${num})%'

`${name}` refers to the same file; `${file.name}` to a fragment or list of another file
(`${numbers.number}`); `${name:spaced}` expands a list allowing spaces between characters
(header labels are often printed 索 引 号). Patterns match the normalized text (see normalize.py), and examples
are normalized before they are tried. Anything wrong is a PatternError naming the file,
the rule and the field. Compilation is lazy, cached per file and on disk (see compiled.py).
"""
from __future__ import annotations

import hashlib
import os
import re
import tomllib
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import compiled

_REF = compiled.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?(:spaced)?\}")


class PatternError(ValueError):
    """A pattern file that cannot be used; the message locates the problem."""


class RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z_]+(\.[a-z0-9_]+)+$")
    name: str = ""
    pattern: str | None = None
    words: list[str] | None = None
    emit: dict[str, Any] = Field(default_factory=dict)
    examples: list[str] = Field(default_factory=list)
    counter_examples: list[str] = Field(default_factory=list)
    priority: int = 0


class FileSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    schema_: int = Field(alias="schema")
    description: str = ""
    lists: dict[str, list[str]] = Field(default_factory=dict)
    fragments: dict[str, str] = Field(default_factory=dict)
    maps: dict[str, dict[str, Any]] = Field(default_factory=dict)
    rule: list[RuleSpec] = Field(default_factory=list)


class Rule:
    """A compiled rule: `regex` runs on normalized text; `emit` holds constant fields."""

    __slots__ = ("id", "name", "regex", "emit", "examples", "counter_examples", "priority", "file")

    def __init__(self, spec: RuleSpec, compiled: regex.Pattern, file: str):
        self.id = spec.id
        self.name = spec.name or spec.id
        self.regex = compiled
        self.emit = spec.emit
        self.examples = spec.examples
        self.counter_examples = spec.counter_examples
        self.priority = spec.priority
        self.file = file

    def __repr__(self) -> str:
        return f"Rule({self.id!r})"


def alternation(words: list[str], spaced: bool = False) -> str:
    """Escaped alternation of words, longest first so that 个百分点 wins over 个."""
    if not words:
        raise ValueError("an empty word list would match everything")
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if spaced:
        return "|".join("[ ]*".join(regex.escape(ch) for ch in w) for w in ordered)
    return "|".join(regex.escape(w) for w in ordered)


class PatternFile:
    def __init__(self, owner: PatternSet, name: str, spec: FileSpec, path: Path):
        self._owner = owner
        self.name = name
        self.spec = spec
        self.path = path
        self._expanded: dict[str, str] = {}
        self._compiled: dict[str, regex.Pattern] = {}
        self._plain: dict[str, re.Pattern] = {}

    def where(self, detail: str) -> str:
        return f"{self.path}: {detail}"

    def expand(self, pattern: str, context: str, _seen: tuple[str, ...] = ()) -> str:
        """Replace every ${ref} in pattern, recursively."""

        def sub(m: regex.Match) -> str:
            first, second, spaced = m.group(1), m.group(2), bool(m.group(3))
            file, key = (self._owner.file(first, context=self.where(context)), second) if second else (self, first)
            return file.piece(key, context, _seen, spaced)

        return _REF.sub(sub, pattern)

    def piece(self, key: str, context: str, _seen: tuple[str, ...] = (), spaced: bool = False) -> str:
        full = f"{self.name}.{key}"
        if full in _seen:
            raise PatternError(self.where(f"{context}: fragment cycle {' -> '.join(_seen + (full,))}"))
        cache_key = key + (":spaced" if spaced else "")
        if cache_key in self._expanded:
            return self._expanded[cache_key]
        if key in self.spec.lists:
            try:
                body = "(?:" + alternation(self.spec.lists[key], spaced) + ")"
            except ValueError as err:
                raise PatternError(self.where(f"lists.{key}: {err}")) from None
        elif spaced:
            raise PatternError(self.where(f"{context}: ${{{key}:spaced}} needs a list, not a fragment"))
        elif key in self.spec.fragments:
            body = "(?:" + self.expand(self.spec.fragments[key], f"fragments.{key}", _seen + (full,)) + ")"
        else:
            raise PatternError(self.where(f"{context}: unknown fragment ${{{key}}}"))
        self._expanded[cache_key] = body
        return body

    def compile(self, pattern: str, context: str) -> regex.Pattern:
        if pattern not in self._compiled:
            # Expanding takes ~5 ms per cold start over all rules; the set's digest covers every
            # file an expansion can read.
            key = f"{self._owner.digest}/{self.name}/{pattern}"
            expanded = compiled.expansion(key, lambda key: self.expand(pattern, context))
            try:
                self._compiled[pattern] = compiled.compile(expanded)
            except regex.error as err:
                raise PatternError(self.where(f"{context}: invalid regex ({err})")) from None
        return self._compiled[pattern]

    def fragment(self, key: str) -> regex.Pattern:
        """A named fragment or list, compiled on its own."""
        return self.compile("${" + key + "}", f"fragments.{key}")

    def plain(self, key: str) -> re.Pattern:
        """A named fragment or list compiled with Python's re instead of regex.

        For a plain pattern (a character class, an alternation of words, a fixed-width lookaround)
        re scans a text two to four times faster than regex; the fragment must mean the same in both
        (re raises on \\p{..}, a variable-width lookbehind, (?r)…: a PatternError here). A pattern
        that opens with a lookbehind or is one literal word scans faster in regex: keep those there."""
        if key not in self._plain:
            pattern = "${" + key + "}"
            source = compiled.expansion(f"{self._owner.digest}/{self.name}/{pattern}",
                                        lambda _: self.expand(pattern, f"fragments.{key}"))
            try:
                self._plain[key] = re.compile(source)
            except re.error as err:
                raise PatternError(self.where(f"fragments.{key}: not a pattern Python's re reads ({err})")) from None
        return self._plain[key]

    def words(self, key: str) -> list[str]:
        try:
            return self.spec.lists[key]
        except KeyError:
            raise PatternError(self.where(f"no list named {key!r}")) from None

    def map(self, key: str) -> dict[str, Any]:
        try:
            return self.spec.maps[key]
        except KeyError:
            raise PatternError(self.where(f"no map named {key!r}")) from None

    @cached_property
    def rules(self) -> list[Rule]:
        out = []
        for i, spec in enumerate(self.spec.rule):
            context = f'rule[{i}] "{spec.id}"'
            if (spec.pattern is None) == (spec.words is None):
                raise PatternError(self.where(f"{context}: give exactly one of pattern or words"))
            if spec.pattern is not None:
                source, field = spec.pattern, "pattern"
            else:
                try:
                    source, field = alternation(spec.words), "words"
                except ValueError as err:
                    raise PatternError(self.where(f"{context}: words: {err}")) from None
            out.append(Rule(spec, self.compile(source, f"{context}: {field}"), self.name))
        return out

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise PatternError(self.where(f"no rule with id {rule_id!r}"))


class PatternSet:
    """All pattern files of one directory, parsed on first use of each file."""

    def __init__(self, directory: Path):
        self.directory = directory
        self._files: dict[str, PatternFile] = {}

    def __repr__(self) -> str:
        return f"PatternSet({str(self.directory)!r})"

    def names(self) -> list[str]:
        return sorted(self._sources)

    @cached_property
    def _sources(self) -> dict[str, bytes]:
        """Every rule file's bytes, read once: what the set is made of stays what `digest` says."""
        return {p.stem: p.read_bytes() for p in sorted(self.directory.glob("*.toml")) if p.is_file()}

    @cached_property
    def digest(self) -> str:
        """A hash of every rule file of the set: a key for anything derived from more than one."""
        sha = hashlib.sha1()
        for name, data in self._sources.items():
            sha.update(f"{name}\0{len(data)}\0".encode() + data)
        return sha.hexdigest()

    def file(self, name: str, context: str | None = None) -> PatternFile:
        if name in self._files:
            return self._files[name]
        path = self.directory / f"{name}.toml"
        if name not in self._sources:
            where = f"{context}: " if context else ""
            raise PatternError(f"{where}no pattern file {path}")
        try:
            data = compiled.parse_toml(self._sources[name].decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise PatternError(f"{path}: not valid TOML ({err})") from None
        try:
            spec = FileSpec.model_validate(data)
        except ValidationError as err:
            problems = "; ".join(_located(data, e) for e in err.errors())
            raise PatternError(f"{path}: {problems}") from None
        self._files[name] = PatternFile(self, name, spec, path)
        return self._files[name]

    def __getitem__(self, name: str) -> PatternFile:
        return self.file(name)

    def char_map(self) -> tuple[tuple[str, str], ...]:
        """One-to-one character pairs for normalize(), from normalize.toml's maps.chars.

        Made once per set and handed out as the same tuple (normalize() finds its table by identity):
        with the traditional-character fold the map has ~2,500 pairs, and sorting them on every call
        cost ~0.3 ms."""
        return self._char_map

    @cached_property
    def _removals(self):
        from .normalize import Removals
        return Removals.from_patterns(self)

    def removals(self):
        """The removing steps for normalize() (normalize.toml's rules with emit.remove), made once per set."""
        return self._removals

    def normalize(self, text: str):
        """normalize() of text with this set's character pairs and removing steps."""
        from .normalize import normalize
        return normalize(text, self.char_map(), self._removals)

    @cached_property
    def _char_map(self) -> tuple[tuple[str, str], ...]:
        if "normalize" not in self._sources:
            return ()
        return tuple(sorted(self.file("normalize").map("chars").items()))


def _located(data: dict, error: dict) -> str:
    loc = list(error["loc"])
    where = ".".join(str(x) for x in loc)
    if len(loc) >= 2 and loc[0] == "rule" and isinstance(loc[1], int):
        try:
            rid = data["rule"][loc[1]].get("id", "?")
        except (IndexError, AttributeError, KeyError):
            rid = "?"
        where = f'rule[{loc[1]}] "{rid}": ' + ".".join(str(x) for x in loc[2:])
    return f"{where}: {error['msg']}"


def default_directory() -> Path:
    """$PLANPARSE_PATTERNS, else the copy inside an installed wheel, else the source tree."""
    env = os.environ.get("PLANPARSE_PATTERNS")
    if env:
        return Path(env)
    packaged = Path(__file__).with_name("patterns")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "patterns"


@cache
def _load(directory: Path) -> PatternSet:
    return PatternSet(directory)


def load_patterns(directory: str | Path | None = None) -> PatternSet:
    """The pattern set of a directory (default: planparse's own), cached per directory."""
    if directory is not None:
        directory = os.path.join(os.getcwd(), directory)  # a relative name means the current folder's
    return _load_named(directory, os.environ.get("PLANPARSE_PATTERNS"))


@lru_cache(maxsize=64)
def _load_named(directory: str | None, env: str | None) -> PatternSet:
    # Keyed by the name as given (and the variable that picks the default): resolving a path
    # costs ~85 us of system calls, and parse() asks for its patterns once per document.
    path = Path(directory) if directory is not None else default_directory()
    if not path.is_dir():
        raise PatternError(f"{path}: pattern directory not found")
    return _load(path.resolve())

"""The output contract (schema_version 1) as pydantic models.

Field names and meanings are what users' pipelines and the scorer rely on; see
README.md and `planparse schema`. Every record's `text` equals
`source[span[0]:span[1]]` where `source` is the decoded input exactly as read.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]
Number = int | float


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class InlineItem(_Model):
    """An enumeration inside a paragraph (一是…, ①…): not a tree node."""

    marker: str = Field(description="the marker exactly as printed, e.g. 二是 or ②")
    ordinal: int
    title: str = Field(description="text after the marker up to the first 。；： or line end")
    span: Span


class Section(_Model):
    """A numbered heading or item, with the whole node (children included) as its span."""

    id: str = Field(description="dot-joined printed ordinals along the path, e.g. 1.3.2")
    level: int = Field(description="depth in this document's tree, 1-based")
    marker: str = Field(description="the marker exactly as printed, e.g. (三) or 2.")
    ordinal: int
    title: str = Field(description="heading text up to the first 。；： or line end")
    span: Span
    children: list[Section] = Field(default_factory=list)
    inline: list[InlineItem] = Field(default_factory=list)


class Meta(_Model):
    title: str | None = Field(None, description="the plan's own title, without 《》 or the 关于印发…的通知 wrapper")
    doc_number: str | None = Field(None, description="文号 as written")
    issuer: str | None = None
    date: str | None = Field(None, description="成文日期, else 发布时间, ISO yyyy-mm-dd")
    plan_year: int | None = Field(None, description="the year the plan is for, or the year a summary reports on")
    recipients: list[str] = Field(default_factory=list, description="主送机关")


class Record(_Model):
    section: str | None = Field(description="id of the innermost numbered section; null in the preamble")
    text: str
    span: Span
    rule: str = Field("", exclude=True, description="id of the pattern rule that produced the record")


class Target(Record):
    indicator: str
    value: Number
    value_max: Number | None = None
    baseline: Number | None = Field(None, description="the from-value of 由X提高到Y")
    unit: str | None = None
    comparator: Literal[">=", "<=", "=", ">", "<", "~"] = "="
    stance: Literal["planned", "achieved"] = "planned"
    deadline: str | None = None


class Percentage(Record):
    value: Number
    kind: Literal["percent", "permille", "points", "fraction"] = "percent"


class Deadline(Record):
    date: str = Field(description="last day of the period named, ISO")


class ResponsibleUnit(Record):
    name: str
    role: Literal["lead", "support", "responsible"]


class Document(_Model):
    schema_version: Literal[1] = 1
    source: str = Field(description='path as given, "-" for stdin')
    meta: Meta = Field(default_factory=Meta)
    sections: list[Section] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    percentages: list[Percentage] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    responsible_units: list[ResponsibleUnit] = Field(default_factory=list)

    def iter_sections(self):
        """Every section, depth first, in document order."""
        stack = list(reversed(self.sections))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

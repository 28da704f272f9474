"""Render one promo template safely: a sandbox, a checked syntax, and missing values made visible.

A promo reply is written by the shop but may be shared between shops (import/export), so a
template is untrusted code. Three fences keep it harmless:

1. A syntax check (`check_template`) before anything runs: only output, `if`, one level of `for`
   over data (`{% for line in order.lines %}`), comparisons, a few string filters and the
   `ask("…")` fill-in field. No `{% set %}`, macros, `include`/`import`/`extends` (the loader
   refuses anyway), no calls but `ask`, no names starting with `_`.
2. Jinja2's `ImmutableSandboxedEnvironment` with no globals (no `range`, `cycler`, `namespace` …)
   and repetition (`*`) capped; anything the sandbox refuses becomes a `PromoTemplateError`.
3. Output is streamed and cut at `MAX_OUTPUT` characters.
4. Bounded before work is done: bracket and block nesting at most `MAX_NESTING` (the parser
   recurses), at most `MAX_CONCAT` `~` parts and `MAX_REPEATS` `*` in a template, and the
   string filters (`replace`, `join`, `truncate`, `*`) check the size of their result from their
   inputs before computing it; a render stops after `MAX_SECONDS` of its thread's CPU time. So
   any template renders or is refused within about a second of work and a few MB
   (tests/promo/test_render_limits.py).

A value the template needs but the data lacks (no order, no tracking link …) is never rendered
blank: it shows as `«order.number»` and its dotted name is listed in `missing`, so the UI can tell
the user before sending. `{{ promo.code }}` renders `CODE_PLACEHOLDER` (`«code»`); the real code is
put in when the message is sent. Everything here is pure: values come in as `Record`s.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import BaseLoader, TemplateNotFound, nodes
from jinja2.exceptions import SecurityError, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.runtime import LoopContext, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from shopinbox.domain.errors import ShopError

CODE_PLACEHOLDER = "«code»"
MAX_SOURCE = 50_000
MAX_OUTPUT = 100_000
MAX_REPEAT = 10_000
MAX_NESTING = 40
MAX_CONCAT = 200
MAX_REPEATS = 20
MAX_SECONDS = 1.0
ALLOWED_FILTERS = (
    "upper", "lower", "title", "capitalize", "trim", "default", "d", "truncate", "replace",
    "round", "int", "float", "abs", "length", "count", "first", "last", "join", "string",
)
_LOOP_VALUES = frozenset(["index", "index0", "revindex", "revindex0", "first", "last", "length"])
_ALLOWED_NODES = (
    nodes.Template, nodes.Output, nodes.TemplateData, nodes.Const, nodes.Name, nodes.Getattr,
    nodes.Getitem, nodes.Slice, nodes.Filter, nodes.Test, nodes.If, nodes.CondExpr, nodes.And,
    nodes.Or, nodes.Not, nodes.Compare, nodes.Operand, nodes.Concat, nodes.Call, nodes.For,
    nodes.Add, nodes.Sub, nodes.Mul, nodes.Div, nodes.FloorDiv, nodes.Neg, nodes.Pos,
    nodes.Tuple, nodes.List, nodes.Keyword,
)
# What is refused, named as it is written in a template (the same in every language).
_REFUSED = {
    nodes.Include: "{% include %}",
    nodes.Import: "{% import %}",
    nodes.FromImport: "{% from … import %}",
    nodes.Extends: "{% extends %}",
    nodes.Assign: "{% set %}",
    nodes.AssignBlock: "{% set %}",
    nodes.Macro: "{% macro %}",
    nodes.CallBlock: "{% call %}",
    nodes.Pow: "**",
    nodes.Mod: "%",
}


_MARKER = re.compile(r"«([^«»\n]{1,120})»")


def unfilled_markers(text: str) -> list[str]:
    """The `«name»` markers of missing values still in a (possibly hand-edited) text; the code
    placeholder is not one of them (it is filled at send time)."""
    found = [m.group(1) for m in _MARKER.finditer(text) if m.group(0) != CODE_PLACEHOLDER]
    return list(dict.fromkeys(found))


class PromoTemplateError(ShopError, ValueError):
    """The template cannot be rendered: a code with its values (`template_syntax(line)`,
    `template_value_missing(name)` …, domain/errors.py) that ui/ words with tr(); `str()` is
    the English text for the command line. Jinja's own (English) message goes to `detail`,
    for the log only."""


@dataclass
class TemplateOutcome:
    text: str
    missing: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)


class Record:
    """A read-only bag of template values with a dotted path (`order`), so a missing key can be
    named (`order.tracking_url`). None and empty strings count as missing."""

    __slots__ = ("_path", "_values")

    def __init__(self, path: str, values: Mapping[str, Any]) -> None:
        self._path = path
        self._values = {k: v for k, v in values.items() if v is not None and v != ""}

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def __str__(self) -> str:
        return f"«{self._path}»"

    def __repr__(self) -> str:
        return f"Record({self._path!r}, {self._values!r})"


class _RefusingLoader(BaseLoader):
    def get_source(self, environment: Any, template: str) -> Any:
        raise TemplateNotFound(f"{template} (promo templates cannot load other templates)")


class _MissingError(UndefinedError):
    """A missing value used where it cannot be left out (`order.total * 2`): names it."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is missing and cannot be left out here")
        self.name = name


class _MissingValue(Undefined):
    """Undefined that records its dotted name when printed and shows `«name»` instead of ''.

    `sink` is set on a per-render subclass, so concurrent renders never share a list. Unsafe
    lookups the sandbox refused (they carry a hint or a SecurityError) still raise."""

    __slots__ = ()
    sink: list[str] = []

    @property
    def _path(self) -> str:
        owner = self._undefined_obj
        name = str(self._undefined_name or "?")
        if isinstance(owner, Record):
            return f"{owner._path}.{name}"
        if isinstance(owner, _MissingValue):
            return f"{owner._path}.{name}"
        return name

    def _refused(self) -> bool:
        """True for a lookup the sandbox refused, or anything reached through one."""
        if self._undefined_hint is not None or self._undefined_exception is not UndefinedError:
            return True
        owner = self._undefined_obj
        return isinstance(owner, _MissingValue) and owner._refused()

    def __str__(self) -> str:
        if self._refused():
            self._fail_with_undefined_error()
        path = self._path
        if path not in self.sink:
            self.sink.append(path)
        return f"«{path}»"

    def __getattr__(self, name: str) -> Any:
        if self._refused():
            self._fail_with_undefined_error()
        if name[:1] == "_":
            raise AttributeError(name)
        return type(self)(obj=self, name=name)

    def __getitem__(self, name: Any) -> Any:
        return self.__getattr__(str(name))

    def _fail_with_undefined_error(self, *args: Any, **kwargs: Any) -> Any:
        if self._refused():
            return super()._fail_with_undefined_error(*args, **kwargs)
        raise _MissingError(self._path)


for _operator in ("add", "radd", "sub", "rsub", "mul", "rmul", "truediv", "rtruediv", "floordiv",
                  "rfloordiv", "mod", "rmod", "pos", "neg", "call", "lt", "le", "gt", "ge", "int",
                  "float", "complex", "pow", "rpow"):
    setattr(_MissingValue, f"__{_operator}__", _MissingValue._fail_with_undefined_error)


class _Sandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset(["*"])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(times, int):
                    if len(seq) * max(times, 0) > MAX_REPEAT:
                        raise _TooLong("the text would be too long")
        return super().call_binop(context, operator, left, right)

    def getattr(self, obj: Any, attribute: str) -> Any:
        # Only data has attributes in a promo template: `customer.name.upper` is not a value.
        if isinstance(obj, Record):
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        if isinstance(obj, Undefined):
            return super().getattr(obj, attribute)
        if isinstance(obj, LoopContext) and attribute in _LOOP_VALUES:
            return getattr(obj, attribute)
        raise SecurityError(f"{attribute!r} is not a value of {type(obj).__name__}")


class _TooLong(SecurityError):
    """A repetition or filter whose result would pass the output limit."""


def _too_long() -> SecurityError:
    return _TooLong("the text would be too long")


def _expected_size(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    """How long the result of a string filter can get, from its inputs (0: not a concern)."""
    values = [a for a in args if not hasattr(a, "filters")]  # drop a passed environment
    if name == "replace" and len(values) >= 3:
        text, old, new = (str(v) for v in values[:3])
        count = text.count(old) if old else len(text) + 1
        limit = values[3] if len(values) > 3 else kwargs.get("count")
        if isinstance(limit, int) and limit >= 0:
            count = min(count, limit)
        return len(text) + count * max(len(new) - len(old), 0)
    if name == "join" and values:
        items = values[0]
        separator = str(values[1]) if len(values) > 1 else str(kwargs.get("d", ""))
        if isinstance(items, str | list | tuple):
            return sum(len(str(i)) for i in items) + len(separator) * max(len(items) - 1, 0)
    if name == "truncate" and values:
        return len(str(values[0])) + len(str(kwargs.get("end", "...")))
    return 0


def _capped(name: str, function: Any) -> Any:
    @functools.wraps(function)  # keeps Jinja's pass_environment/pass_eval_context marks
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if _expected_size(name, args, kwargs) > MAX_OUTPUT:
            raise _too_long()
        result = function(*args, **kwargs)
        if isinstance(result, str) and len(result) > MAX_OUTPUT:
            raise _too_long()
        return result

    return wrapper


def _environment(sink: list[str]) -> _Sandbox:
    missing_class = type("_RenderMissing", (_MissingValue,), {"__slots__": (), "sink": sink})
    env = _Sandbox(loader=_RefusingLoader(), undefined=missing_class, autoescape=False,
                   keep_trailing_newline=True, auto_reload=False, cache_size=0)
    env.globals.clear()
    env.filters = {name: _capped(name, env.filters[name]) for name in ALLOWED_FILTERS}
    return env


def _line(node: nodes.Node) -> int:
    return int(getattr(node, "lineno", 0) or 1)


def _refuse(node: nodes.Node, what: str) -> PromoTemplateError:
    return PromoTemplateError("template_not_allowed", line=_line(node), what=what)


def _check_node(node: nodes.Node, loop_depth: int, asked: list[str]) -> None:
    for refused, what in _REFUSED.items():
        if isinstance(node, refused):
            raise _refuse(node, what)
    if not isinstance(node, _ALLOWED_NODES):
        raise _refuse(node, type(node).__name__)
    if isinstance(node, nodes.Name) and (node.name.startswith("_") or node.name == "self"):
        raise _refuse(node, node.name)
    if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
        raise PromoTemplateError("template_underscore_name", line=_line(node))
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) and str(
        node.arg.value
    ).startswith("_"):
        raise PromoTemplateError("template_underscore_name", line=_line(node))
    if isinstance(node, nodes.Filter) and node.name not in ALLOWED_FILTERS:
        raise _refuse(node, f"| {node.name}")
    if isinstance(node, nodes.Call):
        ok = (
            isinstance(node.node, nodes.Name) and node.node.name == "ask"
            and len(node.args) == 1 and isinstance(node.args[0], nodes.Const)
            and isinstance(node.args[0].value, str) and not node.kwargs
            and node.dyn_args is None and node.dyn_kwargs is None
        )
        if not ok:
            raise PromoTemplateError("template_only_ask", line=_line(node))
        label = str(getattr(node.args[0], "value", "")).strip()
        if not label:
            raise PromoTemplateError("template_ask_unnamed", line=_line(node))
        if label not in asked:
            asked.append(label)
    if isinstance(node, nodes.For):
        if loop_depth >= 1:
            raise PromoTemplateError("template_nested_loop", line=_line(node))
        if node.recursive or not isinstance(node.iter, nodes.Name | nodes.Getattr):
            raise PromoTemplateError("template_loop_not_data", line=_line(node))
        loop_depth += 1
    for child in node.iter_child_nodes():
        _check_node(child, loop_depth, asked)


_OPENERS = {"(": ")", "[": "]", "{": "}"}


_BLOCK = re.compile(r"\{%-?\s*(end)?(if|for)\b")


def _nesting(source: str) -> int:
    """The deepest nesting of brackets and of `{% if/for %}` blocks in the source (the parser
    and the compiler recurse once per level), measured before anything is parsed."""
    depth = deepest = 0
    for char in source:
        if char in _OPENERS:
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")]}":
            depth = max(depth - 1, 0)
    blocks = 0
    for match in _BLOCK.finditer(source):
        blocks = max(blocks - 1, 0) if match.group(1) else blocks + 1
        deepest = max(deepest, blocks)
    return deepest


def _count(tree: nodes.Node, kind: type[nodes.Node]) -> int:
    return sum(1 for _ in tree.find_all(kind))


def _too_complex() -> PromoTemplateError:
    return PromoTemplateError("template_too_complex", joins=MAX_CONCAT, levels=MAX_NESTING,
                              repeats=MAX_REPEATS)


def check_template(source: str) -> list[str]:
    """Parse and check a template; returns the `ask("…")` field names it contains.

    Raises PromoTemplateError with the line and the reason when the template is not allowed."""
    if len(source) > MAX_SOURCE:
        raise PromoTemplateError("template_too_long", limit=MAX_SOURCE)
    if source.count("~") > MAX_CONCAT:  # cheap upper bounds first: parsing is the slow part
        raise _too_complex()
    if _nesting(source) > MAX_NESTING:
        raise _too_complex()
    try:
        tree = _environment([]).parse(source)
    except TemplateSyntaxError as error:
        raise PromoTemplateError("template_syntax", line=error.lineno or 1,
                                 detail=error.message) from None
    except (RecursionError, MemoryError):
        raise _too_complex() from None
    concat_parts = sum(len(node.nodes) for node in tree.find_all(nodes.Concat))
    if concat_parts > MAX_CONCAT:
        raise _too_complex()
    if _count(tree, nodes.Mul) > MAX_REPEATS:
        raise _too_complex()
    asked: list[str] = []
    try:
        _check_node(tree, 0, asked)
    except RecursionError:
        raise _too_complex() from None
    return asked


def render_template(
    source: str,
    values: Mapping[str, Any],
    answers: Mapping[str, str] | None = None,
) -> TemplateOutcome:
    """Render `source` with `values` (Records and plain strings) and fill-in `answers`.

    Unanswered `ask("x")` fields show as `«x»` and are listed in `missing` as `ask("x")`;
    every `ask` met is listed in `asked`, in order, so a first render tells the UI what to ask."""
    check_template(source)
    answers = answers or {}
    missing: list[str] = []
    asked: list[str] = []

    def ask(label: str) -> str:
        label = str(label).strip()
        if label not in asked:
            asked.append(label)
        answer = answers.get(label)
        if answer is None or not str(answer).strip():
            key = f'ask("{label}")'
            if key not in missing:
                missing.append(key)
            return f"«{label}»"
        return str(answer)

    env = _environment(missing)
    try:
        template = env.from_string(source)
        # The clock starts after compiling (compiling is bounded by the source's size, checked
        # above) and counts this thread's CPU time, not the wall clock: on a loaded machine, or
        # with other threads holding the GIL, a two-line template once waited over a second
        # without doing anything. What the limit stops is a template that works for long.
        deadline = time.thread_time() + MAX_SECONDS
        parts: list[str] = []
        size = 0
        for chunk in template.generate({**values, "ask": ask}):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise PromoTemplateError("template_output_too_long", limit=MAX_OUTPUT)
            if time.thread_time() > deadline:
                raise PromoTemplateError("template_too_slow")
            parts.append(chunk)
    except PromoTemplateError:
        raise
    except _TooLong:
        raise PromoTemplateError("template_output_too_long", limit=MAX_OUTPUT) from None
    except SecurityError as error:
        raise PromoTemplateError("template_refused", detail=str(error)) from None
    except _MissingError as error:
        raise PromoTemplateError("template_value_missing", name=error.name) from None
    except UndefinedError as error:
        raise PromoTemplateError("template_failed", detail=str(error)) from None
    except TemplateError as error:
        raise PromoTemplateError("template_failed", detail=str(error)) from None
    except (RecursionError, MemoryError, OverflowError):
        raise _too_complex() from None
    except Exception as error:  # a template must never crash the app
        raise PromoTemplateError("template_failed",
                                 detail=f"{type(error).__name__}: {error}") from None
    return TemplateOutcome("".join(parts), missing, asked)

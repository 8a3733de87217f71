"""Walk Seedance Studio's window as a screen reader sees it (AT-SPI), drive it, and report what
a screen reader cannot hear.

Run by packaging/check-accessibility.sh with Debian's /usr/bin/python3 (it has `gi`; the venv
does not), on the session bus and display the app was started on (the demo):

    /usr/bin/python3 packaging/a11y_walk.py [--wait SECONDS] [--dump] [--no-drive]

It walks the window, then drives it through AT-SPI as a screen-reader user would (types a
prompt, picks another quality and tier, the reference mode with its media slots, the gallery
and back to the viewer, generates a demo clip, selects its task, plays it) and walks it again
after each step. Each walk fails on:
- a showing interactive control without a name;
- a value label that does not say what it shows: a label whose pixels on the screen changed
  while its accessible name stayed the same (a fixed name hides the value), or a label that
  shows something (its pixels are not blank) and has no name (a picture without words);
- a control said to show that is nowhere on the screen (a covered tab's);
- after typing, no label saying the prompt's length;
- a step that cannot be done (no radio button "720p": the pickers read as check boxes).
Exit 1 on any of these; exit 2 when the app never appeared or never became ready.

The screen is read with ImageMagick's `import` (packaging/setup-debian.sh installs it).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

# get_action_name is "deprecated" in favour of a call Debian 12's libatspi lacks.
warnings.filterwarnings("ignore", category=DeprecationWarning)

APP_NAMES = ("seedance-studio", "Seedance Studio", "python3", "python")
# What a user operates: each needs a name a screen reader can say.
INTERACTIVE = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON, Atspi.Role.COMBO_BOX, Atspi.Role.TEXT, Atspi.Role.ENTRY,
    Atspi.Role.PASSWORD_TEXT, Atspi.Role.SPIN_BUTTON, Atspi.Role.SLIDER, Atspi.Role.LIST,
    Atspi.Role.TABLE, Atspi.Role.TREE_TABLE, Atspi.Role.PAGE_TAB, Atspi.Role.MENU_ITEM,
    Atspi.Role.SCROLL_BAR, Atspi.Role.TREE, Atspi.Role.LINK,
    Atspi.Role.UNKNOWN,  # Qt's size grip: a handle the user drags
}
# Parts Qt draws itself inside a control (a scroll bar's arrows, a combo's list) are named by
# their control; these roles are not the user's targets on their own.
SKIP_INSIDE = {Atspi.Role.SCROLL_BAR}
SETTLE_S = 1.2  # after a step: the composer's debounced checks, a repaint


@dataclass
class Node:
    key: str  # accessible id and its occurrence in walk order: the same widget across walks
    path: list[str]
    role: Atspi.Role
    role_name: str
    name: str
    extents: tuple[int, int, int, int]  # x, y, width, height on the screen
    acc: Atspi.Accessible
    top: str  # the key of its ancestor among the window's own children (a dock, the composer)
    in_view: bool  # wholly inside every ancestor (not scrolled out, not under another part)


Rect = tuple[int, int, int, int]


def inside(inner: Rect, outer: Rect | None) -> bool:
    if outer is None:
        return True
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


def clip(rect: Rect, outer: Rect | None) -> Rect:
    if outer is None:
        return rect
    x0, y0 = max(rect[0], outer[0]), max(rect[1], outer[1])
    x1 = min(rect[0] + rect[2], outer[0] + outer[2])
    y1 = min(rect[1] + rect[3], outer[1] + outer[3])
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0))


class Screen:
    """The X screen as ImageMagick's `import` reads it (binary PPM)."""

    def __init__(self) -> None:
        data = subprocess.run(["import", "-window", "root", "-depth", "8", "ppm:-"],
                              check=True, capture_output=True, timeout=30).stdout
        fields: list[bytes] = []
        pos = 0
        while len(fields) < 4:  # magic, width, height, maxval; whitespace-separated
            while data[pos:pos + 1].isspace():
                pos += 1
            end = pos
            while not data[end:end + 1].isspace():
                end += 1
            fields.append(data[pos:end])
            pos = end
        self.width, self.height = int(fields[1]), int(fields[2])
        self.pixels = data[pos + 1:]

    def region(self, extents: tuple[int, int, int, int]) -> bytes | None:
        """The RGB bytes inside `extents` (clipped to the screen), None when nothing is left."""
        x, y, w, h = extents
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.width, x + w), min(self.height, y + h)
        if x1 <= x0 or y1 <= y0:
            return None
        return b"".join(self.pixels[(row * self.width + x0) * 3:(row * self.width + x1) * 3]
                        for row in range(y0, y1))


def blank(pixels: bytes) -> bool:
    """Every pixel the same colour: the label draws nothing."""
    first = pixels[:3]
    return pixels == first * (len(pixels) // 3)


def find_app(wait_s: float) -> Atspi.Accessible | None:
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is None:
                continue
            name = app.get_name() or ""
            if any(n.lower() in name.lower() for n in APP_NAMES) and app.get_child_count():
                return app
        time.sleep(0.5)
    return None


def showing(node: Atspi.Accessible) -> bool:
    states = node.get_state_set()
    return states.contains(Atspi.StateType.SHOWING) and states.contains(Atspi.StateType.VISIBLE)


def walk(app: Atspi.Accessible) -> list[Node]:
    """Every showing node whose ancestors all show (a hidden combo's list items, a hidden
    dock's children are not reachable, whatever their own state says)."""
    out: list[Node] = []
    seen: dict[str, int] = {}

    def visit(node: Atspi.Accessible, path: list[str], depth: int, top: str,
              view: Rect | None) -> None:
        if depth > 60:
            return
        try:
            count = node.get_child_count()
        except Exception:  # a widget that went away while we walked
            return
        for i in range(min(count, 400)):
            child = node.get_child_at_index(i)
            if child is None:
                continue
            try:
                if not showing(child):
                    continue
                name = (child.get_name() or "").strip()
                role_name = child.get_role_name()
                ident = child.get_accessible_id() or f"{'/'.join(path)}/{role_name}"
                seen[ident] = seen.get(ident, 0) + 1
                ext = Atspi.Component.get_extents(child, Atspi.CoordType.SCREEN)
                node_path = [*path, f"{role_name}:{name[:40]}"]
                key = f"{ident}#{seen[ident]}"
                child_top = key if depth == 1 else top  # app > frame > (dock, composer, …)
                rect = (ext.x, ext.y, ext.width, ext.height)
                out.append(Node(key, node_path, child.get_role(), role_name, name, rect, child,
                                child_top, inside(rect, view)))
            except Exception:
                continue
            visit(child, node_path, depth + 1, child_top, clip(rect, view))

    visit(app, [app.get_name() or "app"], 0, "", None)
    return out


@dataclass
class Snapshot:
    nodes: list[Node]
    screen: Screen
    earlier: Screen | None = None  # grabbed before the walk

    def labels(self) -> dict[str, tuple[Node, bytes | None]]:
        return {n.key: (n, self._still(n.extents)) for n in self.nodes
                if n.role in (Atspi.Role.LABEL, Atspi.Role.IMAGE)  # a label with a picture
                and n.in_view}  # its pixels are its own

    def _still(self, extents: tuple[int, int, int, int]) -> bytes | None:
        """A label's pixels if they did not change while the tree was walked: on a loaded
        machine a label read during the walk may be repainted before the screen is grabbed,
        and its name and picture would then be of two moments."""
        now = self.screen.region(extents)
        if self.earlier is not None and self.earlier.region(extents) != now:
            return None
        return now


def snapshot(app: Atspi.Accessible) -> Snapshot:
    earlier = Screen()
    nodes = walk(app)
    return Snapshot(nodes, Screen(), earlier)


def where(node: Node) -> str:
    return " > ".join(node.path[-4:])


def unnamed_controls(snap: Snapshot) -> list[str]:
    return [f"{n.role_name} without a name at {where(n)}" for n in snap.nodes
            if n.role in (*INTERACTIVE, Atspi.Role.IMAGE) and n.role not in SKIP_INSIDE
            and not n.name]


def off_screen(snap: Snapshot) -> list[str]:
    """Controls said to show inside a part of the window that is nowhere on the screen: a
    covered dock tab, which Qt moves off-screen but keeps visible. (Controls scrolled out of
    view inside a part that shows are fine: a screen reader reaches them.)"""
    gone = set()
    for n in snap.nodes:
        x, y, w, h = n.extents
        if n.key == n.top and w > 0 and h > 0 and (
                x + w <= 0 or y + h <= 0 or x >= snap.screen.width or y >= snap.screen.height):
            gone.add(n.key)
    return [f"{n.role_name} {n.name!r} announced as showing in a part of the window that is "
            f"off the screen at {where(n)}"
            for n in snap.nodes if n.top in gone and n.role in INTERACTIVE]


def silent_pictures(snap: Snapshot) -> list[str]:
    """Labels that draw something but say nothing."""
    out = []
    for node, pixels in snap.labels().values():
        if not node.name and pixels is not None and not blank(pixels):
            out.append(f"label shows something but has no name at {where(node)}")
    return out


def fixed_names(before: Snapshot, after: Snapshot) -> list[str]:
    """Labels whose picture changed in place while their name did not: a fixed name (or a
    label greyed with the value it showed before: a value no longer true)."""
    out = []
    old = before.labels()
    for key, (node, pixels) in after.labels().items():
        if key not in old or pixels is None:
            continue
        was, was_pixels = old[key]
        if captions(node.acc):  # a caption (a buddy) that greyed or lit up with its control
            continue
        if was.extents == node.extents and was.name == node.name and was_pixels != pixels:
            out.append(f"label shows a new value but still says {node.name!r} (extents "
                       f"{node.extents}) at {where(node)}")
    return out


def captions(acc: Atspi.Accessible) -> bool:
    """The label names another control (Qt's buddy: AT-SPI's label-for)."""
    try:
        relations = acc.get_relation_set() or []
    except Exception:
        return False
    return any(r.get_relation_type() == Atspi.RelationType.LABEL_FOR for r in relations)


def find(nodes: list[Node], role: Atspi.Role, name: str) -> Node | None:
    return next((n for n in nodes if n.role == role and n.name == name), None)


def act(node: Node, *names: str) -> bool:
    """Do the node's first action among `names` (Qt: "Press", "Toggle")."""
    acc = node.acc
    for i in range(Atspi.Action.get_n_actions(acc)):
        if Atspi.Action.get_action_name(acc, i) in names:
            return bool(Atspi.Action.do_action(acc, i))
    return False


PROMPT = "A lighthouse at dusk, waves rolling in, slow dolly forward"


Step = Callable[[Atspi.Accessible, list[Node]], "str | None"]


def type_prompt(app: Atspi.Accessible, nodes: list[Node]) -> str | None:
    field = find(nodes, Atspi.Role.TEXT, "Prompt")
    if field is None:
        return "no text field named 'Prompt'"
    Atspi.EditableText.set_text_contents(field.acc, PROMPT)
    return None


def press(role: Atspi.Role | None, name: str) -> Step:
    """Press the control called `name`: of `role`, or of any role but a label (None: a tool
    button or a toggle, whichever Qt announces)."""
    def step(app: Atspi.Accessible, nodes: list[Node]) -> str | None:
        node = find(nodes, role, name) if role is not None else next(
            (n for n in nodes if n.name == name and n.role != Atspi.Role.LABEL), None)
        if node is None:
            other = next((n for n in nodes if n.name == name), None)
            what = Atspi.Role(role).value_nick if role is not None else "control"
            return f"no {what} named {name!r} to press" + (
                f" (it is announced as a {other.role_name})" if other is not None else "")
        if not act(node, "Press", "Toggle", "press", "toggle", "click"):
            return f"{name!r} has no press or toggle action"
        time.sleep(0.3)
        if role == Atspi.Role.RADIO_BUTTON and not checked(node.acc):
            return f"the radio button {name!r} is not chosen after its toggle action"
        return None
    return step


def checked(acc: Atspi.Accessible) -> bool:
    return bool(acc.get_state_set().contains(Atspi.StateType.CHECKED))


def wait_for(app: Atspi.Accessible, found: Callable[[list[Node]], bool],
             timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if found(walk(app)):
            return True
        time.sleep(0.5)
    return False


def generate(app: Atspi.Accessible, nodes: list[Node]) -> str | None:
    """Press Generate and wait for the demo's clip to be saved (a finished task)."""
    failed = press(Atspi.Role.PUSH_BUTTON, "Generate")(app, nodes)
    if failed:
        return failed
    if not wait_for(app, lambda ns: (lst := find(ns, Atspi.Role.LIST, "Finished tasks"))
                    is not None and lst.acc.get_child_count() > 0, 90):
        return "no finished task within 90 s"
    return None


def finished_task(nodes: list[Node]) -> tuple[Atspi.Accessible, Atspi.Accessible] | None:
    lst = find(nodes, Atspi.Role.LIST, "Finished tasks")
    if lst is None or not lst.acc.get_child_count():
        return None
    return lst.acc, lst.acc.get_child_at_index(0)


def select_task(app: Atspi.Accessible, nodes: list[Node]) -> str | None:
    found = finished_task(nodes)
    if found is None:
        return "no finished task to select"
    if not Atspi.Selection.select_child(found[0], 0):
        return "the finished task could not be selected"
    return None


def play_task(app: Atspi.Accessible, nodes: list[Node]) -> str | None:
    """Double-click the finished task (a pointer event through AT-SPI): the player plays it."""
    found = finished_task(nodes)
    if found is None:
        return "no finished task to play"
    ext = Atspi.Component.get_extents(found[1], Atspi.CoordType.SCREEN)
    x, y = ext.x + ext.width // 2, ext.y + ext.height // 2
    Atspi.generate_mouse_event(x, y, "abs")
    time.sleep(0.3)
    Atspi.generate_mouse_event(x, y, "b1d")
    if not wait_for(app, lambda ns: find(ns, Atspi.Role.PUSH_BUTTON, "Pause") is not None, 20):
        return "the viewer did not play the clip on a double-click"
    return None


def keep_playing(app: Atspi.Accessible, nodes: list[Node]) -> str | None:
    return None  # the walk after it sees the player's times move on


def prompt_length_said(snap: Snapshot) -> list[str]:
    count = f"{len(PROMPT):,}"
    if any(n.role == Atspi.Role.LABEL and count in n.name for n in snap.nodes):
        return []
    return [f"after typing {len(PROMPT)} characters, no label says {count}"]


STEPS: list[tuple[str, Step]] = [
    ("type a prompt", type_prompt),
    ("pick 480p", press(Atspi.Role.RADIO_BUTTON, "480p")),
    ("pick Standard", press(Atspi.Role.RADIO_BUTTON, "Standard")),
    ("pick Reference to video", press(Atspi.Role.RADIO_BUTTON, "Reference to video")),
    ("show the gallery", press(None, "Gallery")),
    ("back to the viewer", press(None, "Viewer")),
    ("generate a clip", generate),
    ("select the finished task", select_task),
    ("play it", play_task),
    ("let it play", keep_playing),
]


def check(snap: Snapshot, dump: bool, title: str) -> list[str]:
    if dump:
        print(f"--- {title}")
        for node in snap.nodes:
            mark = " (chosen)" if node.role == Atspi.Role.RADIO_BUTTON and checked(node.acc) else ""
            print("  " * len(node.path) + f"{node.role_name}: {node.name!r}{mark}")
    return unnamed_controls(snap) + silent_pictures(snap) + off_screen(snap)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wait", type=float, default=60.0)
    parser.add_argument("--dump", action="store_true", help="print every showing node")
    parser.add_argument("--no-drive", action="store_true", help="only walk the first window")
    parser.add_argument("--ready", default="Generate",
                        help="walk once a control of this name shows (the studio is filled in)")
    args = parser.parse_args()
    deadline = time.monotonic() + args.wait
    app = find_app(args.wait)
    if app is None:
        print("a11y_walk: the app never appeared on the AT-SPI desktop", file=sys.stderr)
        return 2
    while not any(n.name == args.ready for n in walk(app)):
        if time.monotonic() > deadline:
            print(f"a11y_walk: no control named {args.ready!r} appeared", file=sys.stderr)
            return 2
        time.sleep(0.5)
    time.sleep(SETTLE_S)  # let the panels settle (the library's first page, the balance)
    snap = snapshot(app)
    problems = [f"[start] {p}" for p in check(snap, args.dump, "start")]
    walked = len(snap.nodes)
    for title, step in ([] if args.no_drive else STEPS):
        failed = step(app, snap.nodes)
        if failed:
            problems.append(f"[{title}] could not drive the window: {failed}")
            continue
        time.sleep(SETTLE_S)
        after = snapshot(app)
        found = check(after, args.dump, title) + fixed_names(snap, after)
        if step is type_prompt:
            found += prompt_length_said(after)
        problems += [f"[{title}] {p}" for p in found]
        walked += len(after.nodes)
        snap = after
    unique: dict[str, str] = {}  # a problem once, with the first step that met it
    for line in problems:
        unique.setdefault(line.split("] ", 1)[1], line)
    print(f"a11y_walk: {walked} showing nodes over {1 + (0 if args.no_drive else len(STEPS))} "
          f"walks, {len(unique)} problems")
    for line in unique.values():
        print("  " + line)
    return 1 if unique else 0


if __name__ == "__main__":
    sys.exit(main())

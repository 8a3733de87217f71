"""Walk Seedance Studio's window as a screen reader sees it (AT-SPI) and report what it cannot hear.

Run by packaging/check-accessibility.sh with Debian's /usr/bin/python3 (it has `gi`; the venv
does not), on the session bus and display the app was started on:

    /usr/bin/python3 packaging/a11y_walk.py [--wait SECONDS] [--dump]

Fails (exit 1) on any showing interactive control without a name. Exit 2: the app never
appeared on the AT-SPI desktop.
"""

from __future__ import annotations

import argparse
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

APP_NAMES = ("seedance-studio", "Seedance Studio", "python3", "python")
# What a user operates: each needs a name a screen reader can say.
INTERACTIVE = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON, Atspi.Role.COMBO_BOX, Atspi.Role.TEXT, Atspi.Role.ENTRY,
    Atspi.Role.PASSWORD_TEXT, Atspi.Role.SPIN_BUTTON, Atspi.Role.SLIDER, Atspi.Role.LIST,
    Atspi.Role.TABLE, Atspi.Role.TREE_TABLE, Atspi.Role.PAGE_TAB, Atspi.Role.MENU_ITEM,
    Atspi.Role.SCROLL_BAR, Atspi.Role.TREE, Atspi.Role.LINK,
}
# Parts Qt draws itself inside a control (a scroll bar's arrows, a combo's list) are named by
# their control; these roles are not the user's targets on their own.
SKIP_INSIDE = {Atspi.Role.SCROLL_BAR}


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


def walk(node: Atspi.Accessible, path: list[str], out: list[tuple[list[str], Atspi.Accessible]],
         depth: int = 0) -> None:
    if depth > 60:
        return
    out.append((path, node))
    try:
        count = node.get_child_count()
    except Exception:  # a widget that went away while we walked
        return
    for i in range(min(count, 400)):
        child = node.get_child_at_index(i)
        if child is None:
            continue
        try:
            label = f"{child.get_role_name()}:{child.get_name() or ''}"
        except Exception:
            continue
        walk(child, [*path, label], out, depth + 1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wait", type=float, default=60.0)
    parser.add_argument("--dump", action="store_true", help="print every showing node")
    parser.add_argument("--ready", default="Generate",
                        help="walk once a control of this name shows (the studio is filled in)")
    args = parser.parse_args()
    deadline = time.monotonic() + args.wait
    app = find_app(args.wait)
    if app is None:
        print("a11y_walk: the app never appeared on the AT-SPI desktop", file=sys.stderr)
        return 2
    nodes: list[tuple[list[str], Atspi.Accessible]] = []
    while True:
        nodes = []
        walk(app, [app.get_name() or "app"], nodes)
        if any((n.get_name() or "") == args.ready for _p, n in nodes):
            break
        if time.monotonic() > deadline:
            print(f"a11y_walk: no control named {args.ready!r} appeared", file=sys.stderr)
            return 2
        time.sleep(0.5)
    time.sleep(1.0)  # let the panels settle (the library's first page, the balance)
    nodes = []
    walk(app, [app.get_name() or "app"], nodes)
    problems: list[str] = []
    seen = 0
    for path, node in nodes:
        try:
            role = node.get_role()
            if not showing(node):
                continue
            seen += 1
            name = (node.get_name() or "").strip()
            if args.dump:
                print("  " * len(path) + f"{node.get_role_name()}: {name!r}")
            if role in INTERACTIVE and role not in SKIP_INSIDE and not name:
                problems.append(f"{node.get_role_name()} without a name at "
                                + " > ".join(path[-4:]))
        except Exception:
            continue
    print(f"a11y_walk: {seen} showing nodes, {len(problems)} without a name")
    for line in problems:
        print("  " + line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

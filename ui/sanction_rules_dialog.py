"""The sanction rules (奖罚规则, R8 and the escalation ladders), for the administrator.

A rule counts session flags, inspection findings and earlier ledger entries
over an ISO week, a calendar month or a year, and from a threshold leads to a
penalty. Every check lives in ``app.sanction_rules`` (``save_rule``,
``set_retired``); the form shows its problems beside the fields. A retired rule
proposes nothing new; the entries it proposed keep their evidence.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import inspections, sanction_rules
from app.auth import Session
from app.sanction_rules import Rule
from ui.leave_kinds_dialog import KindsView
from ui.record_list_dialog import RecordListDialog, RetirableRowsModel
from ui.schedule_dialog import widen_errors
from ui.staff_dialog import FormDialog

COL_NAME, COL_WINDOW, COL_COUNTS, COL_THRESHOLD, COL_KIND, COL_STATE = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("SanctionRulesModel", "Name"),
    QT_TRANSLATE_NOOP("SanctionRulesModel", "Over"),
    QT_TRANSLATE_NOOP("SanctionRulesModel", "Counts"),
    QT_TRANSLATE_NOOP("SanctionRulesModel", "From"),
    QT_TRANSLATE_NOOP("SanctionRulesModel", "Leads to"),
    QT_TRANSLATE_NOOP("SanctionRulesModel", "State"),
)
HEADER_TIPS = {
    COL_WINDOW: QT_TRANSLATE_NOOP("SanctionRulesModel", "The period the rule counts over"),
    COL_COUNTS: QT_TRANSLATE_NOOP(
        "SanctionRulesModel", "Attendance flags, inspection findings and earlier ledger entries that count"
    ),
    COL_THRESHOLD: QT_TRANSLATE_NOOP(
        "SanctionRulesModel", "From how many in one period the rule proposes its consequence"
    ),
    COL_KIND: QT_TRANSLATE_NOOP("SanctionRulesModel", "The penalty the rule proposes"),
}
# The kinds an earlier ledger entry may have to count (an escalation ladder): the penalties.
PENALTY_KINDS = tuple(k for k in sanction_rules.KINDS if k not in sanction_rules.POSITIVE_KINDS)


class SanctionRulesModel(RetirableRowsModel):
    """Every rule, retired ones included, one row each; ``ROW_ROLE`` returns the Rule."""

    CONTEXT = "SanctionRulesModel"
    HEADERS = HEADERS
    HEADER_TIPS = HEADER_TIPS

    def display(self, row: Rule, col: int) -> Any:
        if col == COL_NAME:
            return row.label
        if col == COL_WINDOW:
            return sanction_rules.window_label(row.window)
        if col == COL_COUNTS:
            return row.counts_description()
        if col == COL_THRESHOLD:
            return QCoreApplication.translate("SanctionRulesModel", "{n} or more").format(n=row.threshold)
        if col == COL_KIND:
            return sanction_rules.kind_label(row.kind)
        if col == COL_STATE:
            if row.retired:
                return QCoreApplication.translate("SanctionRulesModel", "retired")
            return QCoreApplication.translate("SanctionRulesModel", "in use")
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < len(self._rows):
            row = self._rows[index.row()]
            if index.column() == COL_NAME:
                return "\n".join(filter(None, [row.name, row.name_en, row.code]))
            if index.column() == COL_COUNTS:
                return row.counts_description()
            return None
        return super().data(index, role)


def _compact(widget: QWidget) -> QWidget:
    """``widget`` at its own width, at the left of the form's column."""
    box = QWidget(widget.parentWidget())
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    box.setFocusProxy(widget)
    return box


def _caption(text: str) -> str:
    """A form label as a field's name in a message: no mnemonic, no colon."""
    return text.replace("&", "").rstrip(":：").strip()


class RuleDialog(FormDialog):
    """Add a rule (``rule=None``) or change one."""

    saved = Signal(int)
    can_reload = True

    def __init__(self, session: Session, rule: Rule | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rule_id = rule.id if rule else None
        self._version: int | None = None
        self._flag_order: tuple[str, ...] = ()
        self._captions: dict[str, str] = {}
        self.setWindowTitle(
            self.tr("Add a sanction rule") if rule is None else self.tr("Change a sanction rule")
        )
        self.setMinimumWidth(640)

        self.code = QLineEdit(self)
        self.code.setMaxLength(30)
        self.code.setPlaceholderText(self.tr("e.g. ladder_warning"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("e.g. 一年内两次通报批评"))
        self.name_en = QLineEdit(self)
        self.name_en.setMaxLength(100)
        self.name_en.setPlaceholderText(self.tr("e.g. two public criticisms in a year"))
        self.period = QComboBox(self)
        for window in sanction_rules.WINDOWS:
            self.period.addItem(sanction_rules.window_label(window), window)

        # -- attendance flags
        flags_box = QWidget(self)
        flags_row = QHBoxLayout(flags_box)
        flags_row.setContentsMargins(0, 0, 0, 0)
        self.flag_checks: dict[str, QCheckBox] = {}
        for flag in sanction_rules.FLAGS:
            check = QCheckBox(sanction_rules.flag_label(flag), flags_box)
            flags_row.addWidget(check)
            self.flag_checks[flag] = check
        flags_row.addStretch(1)
        flags_box.setFocusProxy(self.flag_checks[sanction_rules.FLAGS[0]])

        # -- inspection categories
        categories_box = QWidget(self)
        categories_column = QVBoxLayout(categories_box)
        categories_column.setContentsMargins(0, 0, 0, 0)
        categories_column.setSpacing(2)
        self.categories_counting = QRadioButton(self.tr("the categories marked as counting"), categories_box)
        self.categories_counting.setToolTip(
            self.tr(
                "The categories whose findings count toward the weekly rule, as the inspection "
                "categories mark them now"
            )
        )
        self.categories_exactly = QRadioButton(
            self.tr("exactly these (none ticked: no findings):"), categories_box
        )
        group = QButtonGroup(categories_box)
        group.addButton(self.categories_counting)
        group.addButton(self.categories_exactly)
        self.categories_grid_box = QWidget(categories_box)
        self.categories_grid_box.setAccessibleName(self.tr("Inspection categories that count"))
        self.categories_grid = QGridLayout(self.categories_grid_box)
        self.categories_grid.setContentsMargins(20, 0, 0, 0)
        self.categories_grid.setVerticalSpacing(2)
        self.category_checks: dict[str, QCheckBox] = {}
        categories_column.addWidget(self.categories_counting)
        categories_column.addWidget(self.categories_exactly)
        categories_column.addWidget(self.categories_grid_box)
        categories_box.setFocusProxy(self.categories_counting)
        self._explicit: set[str] = set()
        self._counting_codes = {c.code for c in inspections.categories() if c.counts}

        # -- earlier ledger entries (a ladder)
        kinds_box = QWidget(self)
        kinds_grid = QGridLayout(kinds_box)
        kinds_grid.setContentsMargins(0, 0, 0, 0)
        self.kind_checks: dict[str, QCheckBox] = {}
        offered = list(PENALTY_KINDS)
        if rule is not None:  # a commendation counted by a rule from the command line stays visible
            offered += [k for k in rule.sanction_kinds if k not in offered]
        for i, kind in enumerate(offered):
            check = QCheckBox(sanction_rules.kind_label(kind), kinds_box)
            kinds_grid.addWidget(check, i // 3, i % 3)
            self.kind_checks[kind] = check
        kinds_grid.setColumnStretch(3, 1)
        kinds_box.setFocusProxy(self.kind_checks[offered[0]])

        self.threshold = QSpinBox(self)
        self.threshold.setRange(1, 99)
        self.threshold.setValue(2)
        self.threshold.setSuffix(self.tr(" or more"))
        self.threshold.setToolTip(self.tr("From how many in one period the rule applies"))
        self.kind = QComboBox(self)
        for kind in PENALTY_KINDS:
            self.kind.addItem(sanction_rules.kind_label(kind), kind)
        self.clause = QPlainTextEdit(self)
        self.clause.setTabChangesFocus(True)
        self.clause.setPlaceholderText(
            self.tr(
                "The regulation's words, quoted in the notice, e.g. "
                "一周累计迟到、早退或脱岗二次以上的，给予通报批评"
            )
        )
        self.clause.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)

        self._add("code", self.tr("Co&de:"), self.code)
        self._add("name", self.tr("&Chinese name:"), self.name)
        self._add("name_en", self.tr("&English name:"), self.name_en)
        self._add("window", self.tr("Counted &over:"), _compact(self.period), focus=self.period)
        self._add(
            "flags", self.tr("&Attendance:"), flags_box, focus=self.flag_checks[sanction_rules.FLAGS[0]]
        )
        self._add("categories", self.tr("&Inspections:"), categories_box, focus=self.categories_counting)
        self._add(
            "sanction_kinds",
            self.tr("Earlier &entries:"),
            kinds_box,
            focus=self.kind_checks[offered[0]],
        )
        self._add("threshold", self.tr("&Threshold:"), _compact(self.threshold), focus=self.threshold)
        self._add("kind", self.tr("&Leads to:"), _compact(self.kind), focus=self.kind)
        self._add("clause", self.tr("C&lause:"), self.clause)
        widen_errors(self)
        self.note = QLabel(
            self.tr(
                "Everything ticked counts together: with a threshold of 2, one late arrival and one "
                "finding in the same period make 2. Earlier entries are confirmed (or issued) ledger "
                "entries of those kinds, for a ladder such as two public criticisms in a year leading to "
                "a warning. The rule proposes its consequence; a manager confirms it."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.form.addRow(self.note)

        for name, edit in (("code", self.code), ("name", self.name), ("name_en", self.name_en)):
            edit.textEdited.connect(lambda _t, f=name: self.clear_field(f))
        self.period.currentIndexChanged.connect(lambda _i: self.clear_field("window"))
        for check in self.flag_checks.values():
            check.toggled.connect(lambda _on: self.clear_field("flags"))
        for check in self.kind_checks.values():
            check.toggled.connect(lambda _on: (self.clear_field("sanction_kinds"), self.clear_field("flags")))
        self.categories_counting.toggled.connect(self._categories_mode_changed)
        self.threshold.valueChanged.connect(lambda _v: self.clear_field("threshold"))
        self.kind.currentIndexChanged.connect(
            lambda _i: (self.clear_field("kind"), self.clear_field("sanction_kinds"))
        )
        self.clause.textChanged.connect(lambda: self.clear_field("clause"))

        if rule is not None:
            self.load(rule)
        else:
            self._fill_categories(set())
            self.categories_exactly.setChecked(True)
            self._categories_mode_changed(False)
        self.code.setFocus()

    def _add(self, name: str, label: str, widget: QWidget, focus: QWidget | None = None) -> None:
        self._captions[name] = _caption(label)
        self.add_field(name, label, widget, focus=focus)

    # -- the categories

    def _fill_categories(self, referenced: set[str]) -> None:
        """A box for every category in use, and for the retired ones the rule still names."""
        for check in self.category_checks.values():
            self.categories_grid.removeWidget(check)
            check.deleteLater()
        self.category_checks = {}
        # Commendations never count toward a penalty; retired ones only while the rule names them.
        shown = [
            c
            for c in inspections.categories(include_retired=True)
            if c.code in referenced or not (c.retired or c.positive)
        ]
        checks = []
        for category in shown:
            text = inspections.category_label(category)
            if category.retired:
                text = self.tr("{name} (retired)").format(name=text)
            check = QCheckBox(text, self.categories_grid_box)
            check.setToolTip(f"{category.name} · {category.code}")
            check.toggled.connect(lambda _on: (self.clear_field("categories"), self.clear_field("flags")))
            self.category_checks[category.code] = check
            checks.append(check)
        # As many columns as the longest name allows in the form's width (short Chinese names: 3).
        widest = max((c.sizeHint().width() for c in checks), default=1)
        columns = max(1, min(3, (self.minimumWidth() - 160) // (widest + 12)))
        for i, check in enumerate(checks):
            self.categories_grid.addWidget(check, i // columns, i % columns)

    def _ticked_categories(self) -> list[str]:
        return [code for code, check in self.category_checks.items() if check.isChecked()]

    def _show_ticks(self, codes: set[str]) -> None:
        for code, check in self.category_checks.items():
            check.blockSignals(True)
            check.setChecked(code in codes)
            check.blockSignals(False)

    def _categories_mode_changed(self, counting: bool) -> None:
        """The counting categories, ticked and greyed; or the rule's own choice, to change."""
        if counting:
            if self.categories_grid_box.isEnabled():
                self._explicit = set(self._ticked_categories())
            self._show_ticks(self._counting_codes)
        else:
            self._show_ticks(self._explicit)
        self.categories_grid_box.setEnabled(not counting)
        self.clear_field("categories")
        self.clear_field("flags")

    def set_categories(self, codes: list[str] | None) -> None:
        """None: the categories marked as counting; a list: exactly those."""
        if codes is None:
            self._explicit = set()
            self.categories_counting.setChecked(True)
            self._categories_mode_changed(True)
        else:
            self._explicit = set(codes)
            self.categories_exactly.setChecked(True)
            self._categories_mode_changed(False)

    def chosen_categories(self) -> list[str] | None:
        return None if self.categories_counting.isChecked() else self._ticked_categories()

    def tick_category(self, code: str, ticked: bool = True) -> None:
        self.category_checks[code].setChecked(ticked)

    def chosen_flags(self) -> list[str]:
        """The ticked flags, those the rule had in its own order (a save changes only what changed)."""
        ticked = [flag for flag, check in self.flag_checks.items() if check.isChecked()]
        return [f for f in self._flag_order if f in ticked] + [f for f in ticked if f not in self._flag_order]

    # -- load and save

    def load(self, rule: Rule) -> None:
        self.rule_id = rule.id
        self._version = rule.version
        self.code.setText(rule.code)
        self.name.setText(rule.name)
        self.name_en.setText(rule.name_en)
        self.period.setCurrentIndex(max(0, self.period.findData(rule.window)))
        self._flag_order = rule.flags
        for flag, check in self.flag_checks.items():
            check.setChecked(flag in rule.flags)
        self._fill_categories(set(rule.categories or ()))
        self.set_categories(list(rule.categories) if rule.categories is not None else None)
        for kind, check in self.kind_checks.items():
            check.setChecked(kind in rule.sanction_kinds)
        self.threshold.setValue(rule.threshold)
        index = self.kind.findData(rule.kind)
        if index < 0:  # not a penalty (only the command line could save that): shown as it is
            self.kind.addItem(sanction_rules.kind_label(rule.kind), rule.kind)
            index = self.kind.count() - 1
        self.kind.setCurrentIndex(index)
        self.clause.setPlainText(rule.clause)

    def save(self) -> None:
        rule = sanction_rules.save_rule(
            self.session,
            self.rule_id,
            code=self.code.text(),
            name=self.name.text(),
            name_en=self.name_en.text(),
            window=self.period.currentData(),
            flags=self.chosen_flags(),
            categories=self.chosen_categories(),
            sanction_kinds=[kind for kind, check in self.kind_checks.items() if check.isChecked()],
            threshold=self.threshold.value(),
            kind=self.kind.currentData(),
            clause=self.clause.toPlainText(),
            version=self._version,
        )
        self.rule_id = rule.id
        self._version = rule.version
        self.saved.emit(rule.id)

    def reload(self) -> None:
        if self.rule_id is not None:
            self.load(sanction_rules.rule(self.rule_id))

    # -- a conflict, told in the form's words

    def describe_changes(self, changes: dict[str, tuple[object, object]]) -> list[str]:
        lines = []
        for name, (mine, theirs) in changes.items():
            if name == "version":
                continue
            lines.append(
                self.tr("{field}: yours {mine}, saved now {theirs}").format(
                    field=self._captions.get(name, name),
                    mine=self.describe_value(name, mine),
                    theirs=self.describe_value(name, theirs),
                )
            )
        return lines

    def describe_value(self, name: str, value: object) -> str:
        if name == "categories" and value is None:
            return self.tr("the categories marked as counting")
        if value in (None, ""):
            return self.tr("(empty)")
        if name == "window":
            return sanction_rules.window_label(str(value))
        if name == "kind":
            return sanction_rules.kind_label(str(value))
        if name in ("flags", "categories", "sanction_kinds"):
            try:
                items = json.loads(str(value))
            except ValueError:
                return str(value)
            if not items:
                return self.tr("(none)")
            if name == "flags":
                items = [sanction_rules.flag_label(f) for f in items]
            elif name == "sanction_kinds":
                items = [sanction_rules.kind_label(k) for k in items]
            return ", ".join(items)
        return str(value)


class SanctionRulesDialog(RecordListDialog):
    """The list of rules and the administrator's actions on it.

    ``changed`` is emitted after each saved change, so that the weekly
    evaluation shown elsewhere can be run again.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._build(
            model=SanctionRulesModel(self),
            view=KindsView(self),
            title=self.tr("Sanction rules"),
            size=(1100, 420),
            note=self.tr(
                "Each week HallDesk applies the rules in use and proposes their consequences; a manager "
                "confirms or dismisses each proposal. A retired rule proposes nothing new; what it proposed "
                "stays in the ledger. A changed rule applies from the next evaluation; entries already "
                "confirmed or dismissed keep what they were decided on."
            ),
            button_texts=(
                self.tr("&Add rule…"),
                self.tr("&Change…"),
                self.tr("&Retire…"),
                self.tr("Re&store"),
                self.tr("Close"),
            ),
            load_rows=lambda: sanction_rules.rules(include_retired=True),
            editor_factory=RuleDialog,
            retire=lambda session, rule_id, version: sanction_rules.set_retired(
                session, rule_id, True, version
            ),
            restore=lambda session, rule_id, version: sanction_rules.set_retired(
                session, rule_id, False, version
            ),
            retire_question=self._retire_question_of,
        )

    def _retire_question_of(self, rule: Rule) -> tuple[str, str]:
        question = self.tr(
            "Retire the rule {name}? It proposes nothing from now on; the entries it proposed stay in "
            "the ledger. It can be restored later."
        ).format(name=rule.label)
        return self.tr("Retire a sanction rule"), question

    def add_rule(self) -> RuleDialog | None:
        return self.add_record()

    def edit_rule(self) -> RuleDialog | None:
        return self.edit_record()

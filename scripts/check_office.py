#!/usr/bin/env python3
"""Opens the Word and Excel files qaward wrote with independent readers (python-docx, openpyxl)
and checks what an office relies on: the text, the tables and their borders, the GB/T 9704 page
(A4, margins 37/35/28/26 mm, a 28.95 pt line grid), the fonts named, page numbers; and in a
workbook the header row (frozen), codes and ids as text cells, numbers as numbers, dates as
dates, no formulas.

    python3 scripts/check_office.py MANIFEST.json

MANIFEST is a JSON list of files, each {"path", "texts": [...], "headers": [...],
"code": [...], "number": [...], "date": [...]} (the last four are column headers: for a .docx
"headers" is the first table's header row). Exit 0 when every check passes; 1 with each failure
on standard error; 2 when python-docx or openpyxl is missing.
"""
import json
import re
import sys

try:
    import docx
    from docx.shared import Mm, Pt
    import openpyxl
except ImportError as e:  # the Swift test turns this into a failure, never a skip
    print(f"check_office: {e}: pip install python-docx openpyxl", file=sys.stderr)
    sys.exit(2)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
failures = []


def fail(path, message):
    failures.append(f"{path}: {message}")


def near(a, b, tolerance):
    return a is not None and abs(a - b) <= tolerance


def docx_text(d):
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def style_font(d, style_id):
    for s in d.styles:
        if s.style_id == style_id:
            rpr = s.element.find(f"{W}rPr")
            fonts = rpr.find(f"{W}rFonts") if rpr is not None else None
            east = fonts.get(f"{W}eastAsia") if fonts is not None else None
            return east, s.font.size
    return None, None


def check_docx(entry):
    path = entry["path"]
    d = docx.Document(path)
    # GB/T 9704 §5.2: A4, margins top 37, bottom 35, left 28, right 26 mm (one twip = 0.0176 mm).
    for section in d.sections:
        for name, value, mm in [("page width", section.page_width, 210), ("page height", section.page_height, 297),
                                ("top margin", section.top_margin, 37), ("bottom margin", section.bottom_margin, 35),
                                ("left margin", section.left_margin, 28), ("right margin", section.right_margin, 26)]:
            if not near(value, Mm(mm), Mm(0.1)):
                fail(path, f"{name} is {value.mm if value else None:.2f} mm, not {mm} mm")
        grid = section._sectPr.find(f"{W}docGrid")
        if grid is None or grid.get(f"{W}linePitch") != "579":
            fail(path, "no line grid of 579 twips (28.95 pt, 22 lines)")
        footer = "".join(section.footer._element.itertext()) if section.footer is not None else ""
        if "PAGE" not in footer:
            fail(path, "no page number in the footer")
    # Fonts: title 2号 小标宋, body 3号 仿宋_GB2312 condensed to 28 a line; their alternatives named.
    for style_id, font, size in [("DocTitle", "方正小标宋简体", 22), ("DocBody", "仿宋_GB2312", 16)]:
        east, sz = style_font(d, style_id)
        if east != font:
            fail(path, f"style {style_id} uses {east!r}, not {font}")
        if sz != Pt(size):
            fail(path, f"style {style_id} is {sz.pt if sz else None} pt, not {size} pt")
    fonts_xml = next((p.blob.decode() for p in d.part.package.parts if p.partname.endswith("fontTable.xml")), "")
    for name, alternative in [("方正小标宋简体", "华文中宋"), ("仿宋_GB2312", "仿宋")]:
        if not re.search(f'w:name="{name}"><w:altName w:val="{alternative}"/>', fonts_xml):
            fail(path, f"font table does not give {alternative} for {name}")
    if d.paragraphs and d.paragraphs[0].style.style_id != "DocTitle":
        fail(path, "the first paragraph is not the title")
    text = docx_text(d)
    for t in entry.get("texts", []):
        if t not in text:
            fail(path, f"missing text {t!r}")
    headers = entry.get("headers")
    if headers:
        if not d.tables:
            fail(path, "no table")
        else:
            table = d.tables[0]
            got = [c.text for c in table.rows[0].cells]
            if got != headers:
                fail(path, f"table header is {got}, not {headers}")
            borders = table._tbl.tblPr.find(f"{W}tblBorders")
            sides = {b.tag.replace(W, ""): b.get(f"{W}val") for b in borders} if borders is not None else {}
            for side in ["top", "left", "bottom", "right", "insideH", "insideV"]:
                if sides.get(side) != "single":
                    fail(path, f"table has no {side} border")
            if table.rows[0]._tr.trPr is None or table.rows[0]._tr.trPr.find(f"{W}tblHeader") is None:
                fail(path, "the header row does not repeat on each page")
    if entry.get("dated"):
        # GB/T 9704 §7.3.5: the issuer, then the date in Arabic numerals, right-aligned at the end.
        closing = [p.text for p in d.paragraphs if p.style.style_id == "DocClosing"]
        if len(closing) < 2 or not re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", closing[-1]):
            fail(path, f"does not close with the issuer and the date in Arabic numerals: {closing!r}")
        elif entry.get("issuer") and closing[-2] != entry["issuer"]:
            fail(path, f"issued by {closing[-2]!r}, not {entry['issuer']!r}")


def check_xlsx(entry):
    path = entry["path"]
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows())
    header = [c.value for c in rows[0]] if rows else []
    if entry.get("headers") and header != entry["headers"]:
        fail(path, f"header row is {header}, not {entry['headers']}")
    if sheet.freeze_panes != "A2":
        fail(path, f"header row not frozen (freeze_panes {sheet.freeze_panes})")
    for i, _ in enumerate(header):
        letter = openpyxl.utils.get_column_letter(i + 1)
        if not sheet.column_dimensions[letter].width:
            fail(path, f"column {letter} has no width")
    texts = []
    for row in rows[1:]:
        for c in row:
            if c.data_type == "f":
                fail(path, f"{c.coordinate} is a formula: {c.value!r}")
            if c.value is not None:
                texts.append(str(c.value))
    joined = "\n".join(texts + [str(h) for h in header])
    for t in entry.get("texts", []):
        if t not in joined:
            fail(path, f"missing text {t!r}")
    index = {h: i for i, h in enumerate(header)}
    for kind in ["code", "number", "date"]:
        for name in entry.get(kind, []):
            if name not in index:
                fail(path, f"no column {name!r}")
                continue
            cells = [row[index[name]] for row in rows[1:] if index[name] < len(row) and row[index[name]].value not in (None, "—")]
            if not cells:
                fail(path, f"column {name!r} has no values to check")
            for c in cells:
                if kind == "code" and (c.data_type != "s" or c.number_format != "@"):
                    fail(path, f"{c.coordinate} ({name}) is not a text cell: {c.data_type} {c.number_format}")
                if kind == "number" and (c.data_type != "n" or not isinstance(c.value, (int, float))):
                    fail(path, f"{c.coordinate} ({name}) is not a number: {c.value!r}")
                if kind == "date" and not c.is_date:
                    fail(path, f"{c.coordinate} ({name}) is not a date: {c.value!r}")


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        entries = json.load(f)
    for entry in entries:
        try:
            (check_docx if entry["path"].endswith(".docx") else check_xlsx)(entry)
        except Exception as e:  # a file the reader cannot open is a failure, with the reason
            fail(entry["path"], f"cannot be read: {type(e).__name__}: {e}")
    for f in failures:
        print(f, file=sys.stderr)
    print(f"check_office: {len(entries)} files, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Regenerates the .xlsx/.docx fixtures of Tests/Fixtures/office (see its README).

    pip install openpyxl==3.1.5 python-docx==1.2.0
    python3 scripts/make-office-fixtures.py

openpyxl writes a formula without its saved result, as a file never opened in Excel is; the
fixtures need the result Excel saves, so the script writes it into the sheet XML afterwards
(`<v>`), and likewise the things openpyxl cannot write (an inline string, a shared date serial
with a zh-CN built-in format id, a float as Excel stores it). ZIP entries get a fixed date so
the same script gives the same bytes.
"""
import datetime
import io
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "office"
FIXED_DATE = (2024, 1, 1, 0, 0, 0)
FIXED = datetime.datetime(2024, 1, 1)


def fixed_properties(book):
    book.properties.created = FIXED
    book.properties.modified = FIXED


def rezip(data: bytes, patch=None, shared_strings=False) -> bytes:
    """The package with fixed entry dates and document dates, sorted entries, `patch(name, text)`
    applied to each XML part, and (`shared_strings`) inline strings moved into a shared-string
    table, as Excel itself writes them."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {name: source.read(name) for name in source.namelist()}
    for name in list(parts):
        if name.endswith(".xml"):
            text = parts[name].decode("utf-8")
            text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", r"\g<1>2024-01-01T00:00:00Z", text)
            if patch is not None:
                text = patch(name, text)
            parts[name] = text.encode("utf-8")
    if shared_strings:
        move_to_shared_strings(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        first = [n for n in parts if n == "[Content_Types].xml"]
        for name in first + sorted(n for n in parts if n not in first):
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, parts[name])
    return out.getvalue()


def move_to_shared_strings(parts):
    strings = []
    index = {}

    def shared(match):
        reference, style, text = match.group(1), match.group(2) or "", match.group(3)
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return '<c r="%s"%s t="s"><v>%d</v></c>' % (reference, style, index[text])

    pattern = re.compile(r'<c r="([A-Z]+[0-9]+)"( s="[0-9]+")? t="inlineStr"><is><t(?: [^>]*)?>([^<]*)</t></is></c>')
    for name in sorted(parts):
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            parts[name] = pattern.sub(shared, parts[name].decode("utf-8")).encode("utf-8")

    table = "".join("<si><t xml:space=\"preserve\">%s</t></si>" % text for text in strings)
    parts["xl/sharedStrings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                     '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
                                     % (len(strings), len(strings), table)).encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    types = types.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    parts["[Content_Types].xml"] = types.encode("utf-8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")


def save_workbook(book, name, patch=None, shared_strings=False):
    fixed_properties(book)
    buffer = io.BytesIO()
    book.save(buffer)
    (OUT / name).write_bytes(rezip(buffer.getvalue(), patch, shared_strings))


def set_cached(text, cell, value):
    """Give the formula in `cell` the result Excel would have saved."""
    return re.sub(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)(<v>[^<]*</v>|<v/>)?' % cell, r"\1\2<v>%s</v>" % value, text)


# Figures: Tests/Fixtures/real/sichuan-2022-zhongjiang-shuibiaochi.yaml (中江县 水标尺), in the
# national 2020 form's layout.
ZHONGJIANG_ROWS = [
    ("产出指标", "数量指标", "安装坡面水标尺", "≥266米", "≥266米", 10, 10),
    ("产出指标", "数量指标", "水标尺宽度", "≥50厘米", "≥50厘米", 10, 10),
    ("产出指标", "质量指标", "项目(工程)验收合格率", "=FORMULA", 1.0, 20, 20),
    ("产出指标", "时效指标", "及时(按期)开工率", "≥90%", "≥90%", 10, 10),
    ("产出指标", "时效指标", "及时(按期)完工率", "≥90%", "≥90%", 10, 10),
    ("产出指标", "成本指标", "项目计划总投资", "20万元", "20万元", 10, 10),
    ("效益指标", "社会效益指标", "受益脱贫(含监测对象)户人口数", "≥1000人", "≥1000人", 10, 10),
    ("效益指标", "社会效益指标", "群众生产生活条件改善状况", "显著提升", "显著提升", 10, 10),
    ("满意度指标", "服务对象满意度指标", "受益脱贫(含监测对象)户满意度", "≥95%", "≥95%", 10, 10),
]


def national_sheet(sheet):
    sheet["A1"] = "项目支出绩效自评表"
    sheet.merge_cells("A1:I1")
    sheet["A2"] = "（2022年度）"
    sheet.merge_cells("A2:I2")
    sheet["A3"] = "项目名称"
    sheet.merge_cells("A3:B3")
    sheet["C3"] = "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装"
    sheet.merge_cells("C3:I3")
    sheet["A4"] = "主管部门"
    sheet.merge_cells("A4:B4")
    sheet["C4"] = "中江县水利局"
    sheet.merge_cells("C4:E4")
    sheet["F4"] = "实施单位"
    sheet["G4"] = "中江县水利局"
    sheet.merge_cells("G4:I4")
    sheet["A5"] = "项目资金（万元）"
    sheet.merge_cells("A5:A8")
    for column, label in zip("CDEFGH", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        sheet[f"{column}5"] = label
    sheet["B6"], sheet["D6"], sheet["E6"], sheet["F6"], sheet["G6"], sheet["H6"] = "年度资金总额", 20, 20, 10, 1, 10
    sheet["G6"].number_format = "0.00%"
    sheet["B7"], sheet["D7"], sheet["E7"] = "其中：当年财政拨款", 20, 20
    sheet["B8"] = "其他资金"
    sheet["A9"] = "年度总体目标"
    sheet.merge_cells("A9:A10")
    sheet["B9"] = "预期目标"
    sheet.merge_cells("B9:E9")
    sheet["F9"] = "实际完成情况"
    sheet.merge_cells("F9:I9")
    sheet["B10"] = "对农村地区供水计量设施设备进行改进,对项目区农业用水计量,为项目区农业生产夯实基础,"
    sheet.merge_cells("B10:E10")
    sheet["F10"] = "对项目区农业用水计量,为项目区农业生产夯实基础,"
    sheet.merge_cells("F10:I10")
    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for index, label in enumerate(header):
        cell = sheet.cell(row=11, column=index + 1, value=label)
        cell.alignment = Alignment(wrap_text=True)
    row = 12
    spans = {}
    for level, group, name, target, actual, weight, score in ZHONGJIANG_ROWS:
        spans.setdefault(("B", level), [row, row])[1] = row
        spans.setdefault(("C", level, group), [row, row])[1] = row
        sheet.cell(row=row, column=2, value=level if spans[("B", level)][0] == row else None)
        sheet.cell(row=row, column=3, value=group if spans[("C", level, group)][0] == row else None)
        sheet.cell(row=row, column=4, value=name)
        if target == "=FORMULA":
            sheet.cell(row=row, column=5, value="=100%")
        else:
            sheet.cell(row=row, column=5, value=target)
        cell = sheet.cell(row=row, column=6, value=actual)
        if isinstance(actual, float):
            cell.number_format = "0.00%"
        sheet.cell(row=row, column=7, value=weight)
        sheet.cell(row=row, column=8, value=score)
        row += 1
    for key, (first, last) in spans.items():
        if last > first:
            sheet.merge_cells(f"{key[0]}{first}:{key[0]}{last}")
    sheet.merge_cells(f"A12:A{row - 1}")
    sheet.cell(row=row, column=1, value="总分")
    sheet.merge_cells(f"A{row}:F{row}")
    sheet.cell(row=row, column=7, value=100)
    sheet.cell(row=row, column=8, value=100)
    return row


def forty_rows():
    """The national layout with 40 indicator rows (the Zhongjiang rows' shapes, numbered): what
    `make bench` times an import on."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    global ZHONGJIANG_ROWS
    original = ZHONGJIANG_ROWS
    groups = [("产出指标", "数量指标", 12), ("产出指标", "质量指标", 6), ("产出指标", "时效指标", 6), ("产出指标", "成本指标", 6),
              ("效益指标", "社会效益指标", 6), ("满意度指标", "服务对象满意度指标", 4)]
    rows = []
    for level, group, count in groups:
        for number in range(1, count + 1):
            rows.append((level, group, f"{group}{number}", "≥%d人" % (10 * number), "%d人" % (10 * number + 1), 2, 2))
    ZHONGJIANG_ROWS = rows
    try:
        national_sheet(sheet)
    finally:
        ZHONGJIANG_ROWS = original
    save_workbook(book, "forty-rows.xlsx", shared_strings=True)


def national():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    national_sheet(sheet)
    save_workbook(book, "national-zhongjiang.xlsx", lambda name, text: set_cached(text, "E14", "1") if "sheet1" in name else text,
                  shared_strings=True)


# Figures: Tests/Fixtures/real/yunnan-2022-yongde-minglang-yingyang-gaishan.yaml (永德县 营养改善),
# in a provincial layout with 指标性质, 指标值 and 度量单位 columns, the table on a second sheet.
YONGDE_ROWS = [
    ("产出指标", "数量指标", "学生受资助人数", "≥", 735, "人次", 735, 10, 10),
    ("产出指标", "质量指标", "营养改善计划覆盖率", "≥", 1, "%", 1, 10, 10),
    ("产出指标", "时效指标", "资金到位及时率", "≥", 1, "%", 1, 10, 7),
    ("产出指标", "成本指标", "生均补助标准达标率", "=", 1, "%", 1, 10, 10),
    ("效益指标", "经济效益指标", "减轻贫困学生家庭经济负担", "定性", "有效", "", "有效", 10, 10),
    ("效益指标", "社会效益指标", "政策知晓率", "=", 1, "%", 0.98, 10, 9),
    ("效益指标", "可持续影响指标", "促进学校教育事业健康发展", "≥", 1, "%", 1, 10, 10),
    ("满意度指标", "服务对象满意度指标", "学生满意度", "≥", 0.95, "%", 1, 10, 10),
    ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", 0.95, "%", 1, 10, 10),
]


def provincial():
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "填表说明"
    notes["A1"] = "本表由项目实施单位填写，金额单位：元。"
    sheet = book.create_sheet("附件2 项目支出绩效自评表")
    sheet["A1"] = "2022年度项目支出绩效自评表"
    sheet["A2"], sheet["B2"] = "项目名称", "义务教育营养改善计划专项资金"
    sheet["A3"], sheet["B3"], sheet["E3"], sheet["F3"] = "主管部门", "永德县教育体育局", "实施单位", "永德县明朗中学"
    sheet["A4"] = "项目资金（元）"
    for column, label in zip("CDEFGH", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        sheet[f"{column}4"] = label
    sheet["B5"], sheet["D5"], sheet["E5"], sheet["F5"], sheet["G5"], sheet["H5"] = "年度资金总额", 387664.62, 387664.62, 10, 1, 10
    sheet["B6"], sheet["D6"], sheet["E6"] = "其中：当年财政拨款", 387664.62, 387664.62
    sheet["B7"], sheet["B8"] = "上年结转资金", "其他资金"
    for cell in ["D5", "E5", "D6", "E6"]:
        sheet[cell].number_format = "#,##0.00"
    sheet["G5"].number_format = "0%"
    sheet["A9"], sheet["B9"], sheet["F9"] = "年度总体目标", "预期目标", "实际完成情况"
    sheet["B10"] = "确保每一个学生都能享受到国家政策福利,改善学生体质"
    sheet["F10"] = "确保每一个学生都能享受到国家政策福利,改善学生体质"
    header = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "权重", "得分", "偏差原因分析", "改进措施"]
    for index, label in enumerate(header):
        sheet.cell(row=11, column=index + 1, value=label)
    row = 12
    previous = (None, None)
    for level, group, name, nature, value, unit, actual, weight, score in YONGDE_ROWS:
        sheet.cell(row=row, column=1, value=level if level != previous[0] else None)
        sheet.cell(row=row, column=2, value=group if (level, group) != previous else None)
        previous = (level, group)
        sheet.cell(row=row, column=3, value=name)
        sheet.cell(row=row, column=4, value=nature)
        if unit == "%":
            sheet.cell(row=row, column=5, value=value).number_format = "0%"
            sheet.cell(row=row, column=7, value=actual).number_format = "0%"
            sheet.cell(row=row, column=6, value=None)
        else:
            sheet.cell(row=row, column=5, value=value)
            sheet.cell(row=row, column=6, value=unit or None)
            sheet.cell(row=row, column=7, value=actual)
        sheet.cell(row=row, column=8, value=weight)
        sheet.cell(row=row, column=9, value=score)
        if score < weight:
            sheet.cell(row=row, column=10, value="部分资金拨付滞后" if name == "资金到位及时率" else "宣传覆盖不足")
            sheet.cell(row=row, column=11, value="加强资金调度" if name == "资金到位及时率" else "加强政策宣传")
        row += 1
    sheet.cell(row=row, column=1, value="合计")
    sheet.cell(row=row, column=8, value=100)
    sheet.cell(row=row, column=9, value=96)
    save_workbook(book, "provincial-yongde.xlsx", shared_strings=True)


def formats():
    """One sheet of cell shapes: every value under 实际完成值 is shown by its format."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "格式"
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"]
    for index, label in enumerate(header):
        sheet.cell(row=1, column=index + 1, value=label)
    sheet["A2"], sheet["B2"] = "产出指标", "数量指标"
    shapes = [
        ("百分比", 0.85, "0.00%"),
        ("千分位", 1234567.5, "#,##0.00"),
        ("日期-内置14", 45473, None),
        ("日期-内置27", 45473, None),
        ("日期-内置31", 45473, None),
        ("日期-内置58", 45473, None),
        ("日期-自定义", 45473, 'yyyy"年"m"月"d"日"'),
        ("浮点", 0.85, None),
        ("单位", 25, '0"人"'),
        ("内嵌文字", "INLINE", None),
        ("无结果公式", "=SUM(F2:F3)", None),
        ("错误值", "=1/0", None),
    ]
    for offset, (name, value, code) in enumerate(shapes):
        row = 2 + offset
        sheet.cell(row=row, column=3, value=name)
        sheet.cell(row=row, column=4, value="≥1")
        cell = sheet.cell(row=row, column=5, value=value)
        if code:
            cell.number_format = code
        sheet.cell(row=row, column=6, value=5)

    fixed_properties(book)
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue()
    styles = zipfile.ZipFile(io.BytesIO(data)).read("xl/styles.xml").decode()
    base = int(re.search(r'<cellXfs count="([0-9]+)">', styles).group(1))
    builtin = {4: 14, 5: 27, 6: 31, 7: 58}  # row → zh-CN built-in id, which Excel writes without a code

    def final(name, text):
        if name.endswith("styles.xml"):
            extra = "".join('<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" xfId="0"/>' % fmt
                            for fmt in builtin.values())
            text = text.replace('<cellXfs count="%d">' % base, '<cellXfs count="%d">' % (base + len(builtin)), 1)
            return text.replace("</cellXfs>", extra + "</cellXfs>", 1)
        if "sheet1" not in name:
            return text
        for offset, row in enumerate(builtin):
            text = re.sub(r'<c r="E%d"[^>]*>' % row, '<c r="E%d" s="%d">' % (row, base + offset), text)
        text = re.sub(r'(<c r="E9"[^>]*>)<v>[^<]*</v>', r'\g<1><v>0.84999999999999998</v>', text)
        text = re.sub(r'<c r="E11"[^>]*>.*?</c>', '<c r="E11" t="inlineStr"><is><t>内嵌的文字</t></is></c>', text)
        text = re.sub(r'<c r="E13"[^>]*>(<f>[^<]*</f>)(<v>[^<]*</v>)?', r'<c r="E13" t="e">\g<1><v>#DIV/0!</v>', text)
        return text

    (OUT / "formats.xlsx").write_bytes(rezip(data, final))


# Narrative: the seed report's text (Tests/Fixtures/seed/000_f42eab3d3970501c.txt), the Linzhi example.
SEED = Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "seed" / "000_f42eab3d3970501c.txt"


def seed_lines():
    return [line.rstrip("\n") for line in SEED.read_text(encoding="utf-8").splitlines()]


def add_run_xml(paragraph, xml):
    from docx.oxml import parse_xml
    paragraph._p.append(parse_xml(xml))


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def word_headings():
    """Heading styles (标题 1/2/3), no typed numbering; Word's artefacts in the 资金 paragraph."""
    document = Document()
    for line in seed_lines():
        text = line.strip()
        if not text:
            continue
        match = re.match(r"^(一|二|三|四|五|\d)[、.．]\s*(.*)$", text)
        sub = re.match(r"^（[一二三四五六]）(.*)$", text)
        if match and not re.match(r"^\d\.\s", text):
            document.add_heading(match.group(2), level=1)
        elif sub:
            document.add_heading(sub.group(1), level=2)
        elif text.startswith("[bookmark: _GoBack]"):
            paragraph = document.add_paragraph()
            add_run_xml(paragraph, '<w:bookmarkStart %s w:id="0" w:name="_GoBack"/>' % W)
            paragraph.add_run("本项目预算计划安排资金")
            add_run_xml(paragraph, '<w:del %s w:id="1" w:author="a" w:date="2025-05-01T00:00:00Z"><w:r><w:delText>90</w:delText></w:r></w:del>' % W)
            add_run_xml(paragraph, '<w:ins %s w:id="2" w:author="a" w:date="2025-05-01T00:00:00Z"><w:r><w:t>100</w:t></w:r></w:ins>' % W)
            add_run_xml(paragraph, '<w:bookmarkEnd %s w:id="0"/>' % W)
            add_run_xml(paragraph, '<w:commentRangeStart %s w:id="3"/>' % W)
            paragraph.add_run("万元，实际分配下达资金")
            add_run_xml(paragraph, '<w:commentRangeEnd %s w:id="3"/>' % W)
            add_run_xml(paragraph, '<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % W)
            add_run_xml(paragraph, '<w:r %s><w:instrText xml:space="preserve"> = 50*2 </w:instrText></w:r>' % W)
            add_run_xml(paragraph, '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % W)
            add_run_xml(paragraph, '<w:r %s><w:t>100</w:t></w:r>' % W)
            add_run_xml(paragraph, '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % W)
            paragraph.add_run(text.split("实际分配下达资金100", 1)[1])
        else:
            document.add_paragraph(text)
    save_document(document, "report-headings.docx")


def word_numbered(name, with_table):
    """Typed numbering only (一、（一）1.), the cover block; optionally the 自评表 as a Word table."""
    document = Document()
    for line in seed_lines():
        if line.strip():
            document.add_paragraph(line.strip())
    if with_table:
        document.add_paragraph("附件：项目支出绩效自评表")
        table_from_sheet(document)
    save_document(document, name)


def table_from_sheet(document):
    """The national Zhongjiang sheet as a Word table, merged cells and all."""
    book = openpyxl.Workbook()
    sheet = book.active
    last = national_sheet(sheet)
    table = document.add_table(rows=last, cols=9)
    for row in range(1, last + 1):
        for column in range(1, 10):
            value = sheet.cell(row=row, column=column).value
            if value == "=100%":
                value = "=100%"
            elif isinstance(value, float) and value <= 1 and row > 11:
                value = "%g%%" % (value * 100)
            elif isinstance(value, (int, float)) and row == 6 and column == 7:
                value = "100.00%"
            if value is not None:
                table.cell(row - 1, column - 1).text = str(value)
    for merged in sheet.merged_cells.ranges:
        first = table.cell(merged.min_row - 1, merged.min_col - 1)
        first.merge(table.cell(merged.max_row - 1, merged.max_col - 1))


def save_document(document, name):
    buffer = io.BytesIO()
    document.core_properties.created = FIXED
    document.core_properties.modified = FIXED
    document.save(buffer)
    (OUT / name).write_bytes(rezip(buffer.getvalue()))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    national()
    forty_rows()
    provincial()
    formats()
    word_headings()
    word_numbered("report-numbered.docx", with_table=False)
    word_numbered("report-with-table.docx", with_table=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

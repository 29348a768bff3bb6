/// Chinese explanations of libyaml's problem texts, with the usual cause and fix.
///
/// libyaml's words ("mapping values are not allowed in this context") mean little to
/// finance staff; the common ones are translated and given a hint. Unknown problems keep the
/// English text in the gloss and a general hint.
enum YAMLSyntaxMessages {
    /// The Chinese problem text and a hint for libyaml's `problem`.
    static func explain(_ problem: String) -> (chinese: String, hint: Message) {
        for (fragment, chinese, hint) in known where problem.contains(fragment) {
            return (chinese, hint)
        }
        return ("无法解析此处的内容",
                Message("检查此行及上一行的缩进、冒号和引号", "check indentation, colons and quotes on this line and the one above"))
    }

    private static let known: [(String, String, Message)] = [
        ("mapping values are not allowed", "此处不能出现“键: 值”",
         Message("值里含有“冒号加空格”时请给整个值加引号；也请检查缩进", "quote a value that contains ': ', and check the indentation")),
        ("tab character", "缩进中有 Tab 字符",
         Message("YAML 只能用空格缩进，请把 Tab 换成空格", "YAML indents with spaces only: replace tabs by spaces")),
        ("cannot start any token", "此处的字符不能开始任何内容",
         Message("常见原因：用 Tab 缩进，或值以 @、` 开头（请加引号）", "usually a tab used for indentation, or a value starting with @ or ` (quote it)")),
        ("did not find expected key", "缩进不一致，找不到预期的键",
         Message("同一层的键必须左对齐，请检查此行的缩进", "keys of one mapping must line up: check this line's indentation")),
        ("did not find expected '-' indicator", "列表项缩进不一致",
         Message("同一列表的“- ”必须左对齐", "the '- ' of one list must line up")),
        ("could not find expected ':'", "找不到预期的冒号“:”",
         Message("每个键后要写“: ”；多行文字请写成 text: | 后另起行缩进", "write ': ' after each key; for multi-line text use 'text: |' and indent the lines")),
        ("found unexpected end of stream", "文件意外结束",
         Message("有引号或括号没有闭合", "a quote or bracket is not closed")),
        ("did not find expected ',' or ']'", "方括号列表没有闭合或缺少逗号",
         Message("检查 [ ] 是否成对、元素之间是否有逗号", "check that [ ] pair up and items are separated by commas")),
        ("did not find expected ',' or '}'", "花括号映射没有闭合或缺少逗号",
         Message("检查 { } 是否成对、键值对之间是否有逗号", "check that { } pair up and pairs are separated by commas")),
        ("did not find expected node content", "此处缺少内容",
         Message("检查是否多写了逗号或冒号", "check for a stray comma or colon")),
        ("block sequence entries are not allowed", "此处不能开始列表",
         Message("“- ”应另起一行并比上一级多缩进", "start '- ' on its own line, indented under its key")),
        ("but found another document", "文件中有多个 YAML 文档",
         Message("一个文件只写一份报告，不要用 --- 分隔多份", "one report per file: do not separate reports with ---")),
        ("unknown escape character", "双引号字符串中有未知的转义符",
         Message("反斜杠请写成 \\\\，或改用单引号", "write a backslash as \\\\, or use single quotes")),
        ("Maximum nesting level", "嵌套层数过多",
         Message("报告文件不需要这么深的嵌套", "a report needs no such nesting")),
    ]
}

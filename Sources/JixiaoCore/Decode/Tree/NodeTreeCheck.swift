/// Bounds the composed node tree before any decoder recurses into it: depth and node count.
///
/// Iterative, so the check itself cannot overflow the stack it protects.
enum NodeTreeCheck {
    /// J010 at the first node past a limit, or nil.
    static func check(_ root: InputNode, limits: InputLimits) -> Diagnostic? {
        var pending: [(node: InputNode, depth: Int)] = [(root, 1)]
        var count = 0
        while let (node, depth) = pending.popLast() {
            count += 1
            if depth > limits.maxDepth {
                return tooDeep(limits: limits, at: node.location)
            }
            if count > limits.maxNodes {
                return tooLarge(Message("内容项超过上限 \(limits.maxNodes) 个", "more than \(limits.maxNodes) values"),
                                at: node.location)
            }
            switch node.content {
            case .mapping(let pairs):
                for pair in pairs.reversed() {
                    pending.append((pair.value, depth + 1))
                    pending.append((pair.key, depth + 1))
                }
            case .sequence(let items):
                for item in items.reversed() { pending.append((item, depth + 1)) }
            case .scalar:
                break
            }
        }
        return nil
    }

    /// J010 for nesting past `limits.maxDepth`, found here or by the raw-text scan.
    static func tooDeep(limits: InputLimits, at location: SourceLocation?) -> Diagnostic {
        tooLarge(Message("嵌套层数超过上限 \(limits.maxDepth)", "nested deeper than \(limits.maxDepth) levels"), at: location)
    }

    private static func tooLarge(_ message: Message, at location: SourceLocation?) -> Diagnostic {
        .error(.inputTooLarge, message, location: location,
               hints: [Message("报告文件不需要这样的结构，请检查文件是否由程序错误生成",
                               "a report needs no such structure; check the program that wrote the file")])
    }
}

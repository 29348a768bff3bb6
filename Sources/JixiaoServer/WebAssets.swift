/// The editor page's files, byte for byte, served from the binary. Their text is generated
/// into `Assets/` by scripts/generate-web-assets.sh from assets/web/.
enum WebAssets {
    struct File: Sendable {
        var path: String
        var contentType: String
        var text: String
    }

    static let files: [File] = [
        File(path: "/", contentType: "text/html; charset=utf-8", text: page),
        File(path: "/app.js", contentType: "text/javascript; charset=utf-8", text: script),
        File(path: "/form.js", contentType: "text/javascript; charset=utf-8", text: form),
        File(path: "/app.css", contentType: "text/css; charset=utf-8", text: style),
    ]
}

/// A new report starts as the bundled national example (`text`, generated into `Assets/`).
enum EditorTemplate {}

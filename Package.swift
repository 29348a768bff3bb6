// swift-tools-version:6.0
// The package is the architecture: JixiaoCore (model, decoding, scoring, narrative, composing)
// knows nothing of C; JixiaoRender is the only target that imports the Cairo/Pango module (CPangoCairo);
// JixiaoPipeline orchestrates both (the render-session pool).
import PackageDescription

let package = Package(
    name: "Jixiao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jixiao", targets: ["jixiao"]),
        .library(name: "JixiaoCore", targets: ["JixiaoCore"]),
        .library(name: "JixiaoRender", targets: ["JixiaoRender"]),
        .library(name: "JixiaoImport", targets: ["JixiaoImport"]),
        .library(name: "JixiaoPipeline", targets: ["JixiaoPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // `jixiao serve`'s HTTP server (issue 16): the framework the guide names, 2.x.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already in Hummingbird's graph; named so the server can set its log level and headers.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // The importers' ZIP reader (an .xlsx or .docx is a ZIP of XML); inflate is zlib's, not ours.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // SHA-256 for the manifest and the PDF's /ID, with the CPU's SHA instructions. Already in
        // Hummingbird's graph (so no extra build); named for JixiaoCore's own use.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .target(
            name: "JixiaoCore",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev", "libfontconfig-dev"])]
        ),
        // C definitions of three functions Cairo and Pango call, which the dynamic linker finds
        // before the libraries' own: deflateInit_ (Cairo's PDF streams at zlib level 1 instead
        // of 6; Cairo has no setting for it), cairo_ft_font_face_create_for_pattern (every
        // FreeType face opened once per process and never closed, because Cairo 1.16 closes its
        // own faces under other threads) and FT_Load_Sfnt_Table (two of Cairo's font-table
        // reads shortened, the same bytes out). See the sources for why and how.
        .target(name: "CCairoInterpose", dependencies: ["CPangoCairo"], linkerSettings: [.linkedLibrary("z")]),
        .target(
            name: "JixiaoRender",
            dependencies: ["JixiaoCore", "CPangoCairo", "CCairoInterpose"]
        ),
        // Reads what clerks have (the 自评表 in Excel, the report in Word or saved as text) into the
        // same InputNode tree a YAML file gives, so the field rules exist once. Bytes in, tree out:
        // no file is opened here. XML through Foundation's XMLParser (libxml2), which ships with
        // the toolchain on Linux and macOS alike: no third-party XML code for untrusted input.
        .target(
            name: "JixiaoImport",
            dependencies: ["JixiaoCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Runs the stages in order for one report and for a batch; owns threads, files and the
        // render-session pool. With the CLI, the only code that sees every stage.
        .target(
            name: "JixiaoPipeline",
            dependencies: ["JixiaoCore", "JixiaoImport", "JixiaoRender"]
        ),
        // `jixiao serve`: routes over the same pipeline, the workspace's files and the page's
        // assets. Thin: every figure and message comes from the stages.
        .target(
            name: "JixiaoServer",
            dependencies: [
                "JixiaoCore", "JixiaoImport", "JixiaoPipeline",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "jixiao",
            dependencies: [
                "JixiaoCore", "JixiaoImport", "JixiaoRender", "JixiaoPipeline", "JixiaoServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`'s in-process measurements (benchmarks/run.sh); not part of the product.
        .executableTarget(
            name: "jixiao-bench",
            dependencies: ["JixiaoCore", "JixiaoImport", "JixiaoRender", "JixiaoPipeline"],
            path: "benchmarks/JixiaoBench"
        ),
        .testTarget(name: "JixiaoCoreTests", dependencies: ["JixiaoCore"]),
        .testTarget(name: "JixiaoRenderTests", dependencies: ["JixiaoRender", "JixiaoCore"]),
        .testTarget(name: "JixiaoImportTests", dependencies: ["JixiaoImport", "JixiaoCore",
                                                      .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "JixiaoPipelineTests", dependencies: ["JixiaoPipeline", "JixiaoRender", "JixiaoCore"]),
        .testTarget(name: "JixiaoCLITests", dependencies: ["JixiaoCore"]),
        .testTarget(name: "JixiaoServerTests", dependencies: ["JixiaoServer", "JixiaoPipeline", "JixiaoCore"]),
        // The layout's rules (the flow between modules and folders), read from Sources/.
        .testTarget(name: "JixiaoArchitectureTests"),
        // Mutated examples through decode → score → compose → layout; `make fuzz` runs more.
        .testTarget(name: "JixiaoFuzzTests", dependencies: ["JixiaoCore", "JixiaoImport", "JixiaoRender",
                                                    .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    ],
    swiftLanguageModes: [.v6]
)

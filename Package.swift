// swift-tools-version: 6.3;(experimentalCGen)
// (experimentalCGen: the ContentEmbedder plugin generates an assembly file for EmbeddedContentData.)
import PackageDescription

// Release builds of the program's own modules reach generic types' metadata through direct
// accessors instead of by mangled name: a mangled name makes the runtime check each generic
// requirement (e.g. `Key: Hashable`) by scanning every protocol conformance in the binary,
// about 0.1 ms a time in this one with Foundation linked in, dozens of times at each start.
let startupSettings: [SwiftSetting] = [
  .unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))
]

// Release builds link these system libraries from their static archives (`-l:libNAME.a`, found
// on the library path), debug builds and tests the shared ones: the release program then does
// not load, relocate and bind them at every start (docs/BENCHMARKS.md, round 4).
func staticRelease(_ names: [String]) -> [LinkerSetting] {
  [.unsafeFlags(names.flatMap { ["-Xlinker", "-l:lib\($0).a"] }, .when(configuration: .release))]
}

let package = Package(
  name: "Nyforetagare",
  products: [
    .executable(name: "nyforetagare", targets: ["nyforetagare"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // The engine: content model, loader, lint, rules, interview, planner,
    // dossier and validators. Foundation and Yams only; no terminal.
    .target(
      name: "NyforetagareEngine",
      dependencies: [.product(name: "Yams", package: "Yams")],
      swiftSettings: startupSettings
    ),
    // GitHub-flavoured Markdown to HTML: libcmark-gfm and its extensions from the system
    // (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev). Linked by NyforetagareExport:
    // shared in debug builds, the static archives in release builds (`staticRelease`).
    .systemLibrary(
      name: "CCmarkGFM",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
    ),
    // The plan's wording in Swedish and English, for the exports, the UI, `status` and the CLI.
    .target(name: "NyforetagareText", dependencies: ["NyforetagareEngine"], swiftSettings: startupSettings),
    // The plan view-model, and the Markdown, JSON, iCalendar and HTML (with the SVG timeline)
    // renderings of it.
    .target(
      name: "NyforetagareExport", dependencies: ["NyforetagareEngine", "NyforetagareText", "CCmarkGFM"],
      swiftSettings: startupSettings,
      linkerSettings: [
        .linkedLibrary("cmark-gfm-extensions", .when(configuration: .debug)),
        .linkedLibrary("cmark-gfm", .when(configuration: .debug)),
      ] + staticRelease(["cmark-gfm-extensions", "cmark-gfm"])),
    // The Content/ folder, embedded into the binary at build time: the plugin writes a blob
    // (files, lint result, checked binary snapshot) that the C target's generated assembly
    // `.incbin`s, so the bytes sit in the executable's read-only data; EmbeddedContent reads
    // them in place.
    .target(name: "EmbeddedContentData", plugins: ["ContentEmbedder"]),
    .target(name: "EmbeddedContent", dependencies: ["EmbeddedContentData"], swiftSettings: startupSettings),
    // Reads Content/ at build time: writes the blob and the assembly that embeds it.
    .executableTarget(name: "ContentEmbedderTool", dependencies: ["NyforetagareEngine"]),
    .plugin(
      name: "ContentEmbedder",
      capability: .buildTool(),
      dependencies: ["ContentEmbedderTool"]
    ),
    // The C shim over ncursesw: the only code that includes curses.h.
    .target(
      name: "CNcursesw",
      linkerSettings: [
        .linkedLibrary("ncursesw", .when(configuration: .debug)), .linkedLibrary("tinfo", .when(configuration: .debug)),
      ] + staticRelease(["ncursesw", "tinfo"])
    ),
    // Cell buffer, display width, keys and widgets. No curses.
    .target(name: "TerminalUI", swiftSettings: startupSettings),
    // Screens: state + action -> state; view(state) -> cell buffer.
    .target(
      name: "NyforetagareApp",
      dependencies: [
        "NyforetagareEngine", "NyforetagareText", "NyforetagareExport", "PlanStorage", "TerminalUI", "Kiosk",
      ],
      swiftSettings: startupSettings
    ),
    // Saving plan documents: atomic writes, backups, a lock.
    .target(name: "PlanStorage", dependencies: ["NyforetagareEngine"], swiftSettings: startupSettings),
    // The one thin layer that copies a cell buffer to ncursesw and reads keys.
    .target(name: "CursesTerminal", dependencies: ["CNcursesw", "TerminalUI"], swiftSettings: startupSettings),
    // Kiosk mode's non-UI parts: config, PIN hashing (libcrypt via CCrypt), safe export, printing.
    .target(name: "CCrypt", linkerSettings: [.linkedLibrary("crypt")]),
    .target(
      name: "Kiosk",
      dependencies: ["NyforetagareEngine", "CCrypt", .product(name: "Yams", package: "Yams")],
      swiftSettings: startupSettings
    ),
    .executableTarget(
      name: "nyforetagare",
      dependencies: [
        "Kiosk",
        "NyforetagareEngine", "NyforetagareText", "NyforetagareExport", "EmbeddedContent",
        "NyforetagareApp", "CursesTerminal", "TerminalUI", "PlanStorage",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // The release binary links the Swift runtime and Foundation statically: it starts
      // without loading and binding about twenty shared libraries (README: what it needs).
      // Compiling this target with -static-stdlib makes its objects name the static
      // libraries' own dependencies (CoreFoundation, ICU, …) for the linker. Debug builds and
      // tests link dynamically as before.
      // The C++ runtime is linked statically too: the Swift runtime's `-lstdc++` finds the
      // linker script Linking/static-cxx/libstdc++.so, which reads libstdc++.a (GCC's, from
      // the library path), and -static-libgcc takes libgcc_eh.a for libgcc_s. With ncursesw,
      // tinfo and cmark-gfm static as well, the program loads only libc, libm and libcrypt.
      // It is linked with the toolchain's lld and packed relative relocations (DT_RELR, glibc
      // 2.36 and later): the 84,000 pointers the loader fixes up at start are a 16 kB table
      // instead of a 2 MB one, which cut the start of `plan` by about a millisecond (gold, the
      // default linker, has no such option). docs/BENCHMARKS.md, round 5.
      swiftSettings: startupSettings + [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
      linkerSettings: [
        .unsafeFlags(
          [
            "-static-stdlib", "-Xlinker", "--strip-debug", "-L", Context.packageDirectory + "/Linking/static-cxx",
            "-Xclang-linker", "-static-libgcc", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
          ], .when(configuration: .release))
      ]
    ),
    // Hostile inputs for the four loaders, made from seeds, run in-process (docs/FUZZING.md).
    .target(
      name: "FuzzKit", dependencies: ["NyforetagareEngine", "NyforetagareExport", "PlanStorage", "Kiosk"]),
    .executableTarget(
      name: "nyforetagare-fuzz", dependencies: ["FuzzKit", "NyforetagareEngine", "EmbeddedContent"],
      path: "Sources/Fuzz"),
    .executableTarget(
      name: "nyforetagare-bench",
      dependencies: ["NyforetagareEngine", "EmbeddedContent", "NyforetagareApp", "TerminalUI"],
      path: "Sources/Benchmarks"
    ),
    .target(
      name: "TestSupport",
      dependencies: ["NyforetagareEngine", "EmbeddedContent"],
      path: "Tests/TestSupport"
    ),
    .testTarget(
      name: "NyforetagareEngineTests",
      dependencies: ["NyforetagareEngine", "TestSupport"]
    ),
    .testTarget(
      name: "NyforetagareExportTests",
      dependencies: ["NyforetagareExport", "NyforetagareText", "TestSupport"],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "ContentTests",
      dependencies: [
        "NyforetagareEngine", "TestSupport", "EmbeddedContent", .product(name: "Yams", package: "Yams"),
      ],
      exclude: ["Scenarios"]
    ),
    .testTarget(
      name: "CLITests",
      dependencies: ["nyforetagare", "TestSupport"]
    ),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
    .testTarget(
      name: "FuzzCorpusTests", dependencies: ["FuzzKit", "TestSupport"], exclude: ["Corpus"]),
    .testTarget(name: "PlanStorageTests", dependencies: ["PlanStorage", "TestSupport"]),
    .testTarget(name: "KioskTests", dependencies: ["Kiosk", "NyforetagareEngine"]),
    .testTarget(
      name: "NyforetagareAppTests",
      dependencies: ["NyforetagareApp", "NyforetagareText", "TestSupport"],
      exclude: ["Snapshots"]
    ),
  ],
  swiftLanguageModes: [.v6]
)

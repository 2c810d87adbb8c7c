import Foundation
import PackagePlugin

/// Embeds the package's top-level Content/ folder into the binary: the tool writes a blob
/// (the files, the build-time lint result and a checked landscape snapshot) and an assembly
/// file that `.incbin`s it, compiled into the C target `EmbeddedContentData`, so the linker
/// places the bytes in the executable's read-only data. The binary runs from any folder with
/// the content it was built with.
@main
struct ContentEmbedder: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let contentDir = context.package.directoryURL.appending(path: "Content")
    let blob = context.pluginWorkDirectoryURL.appending(path: "Content.bin")
    let assembly = context.pluginWorkDirectoryURL.appending(path: "ContentBlob.S")
    var inputs: [URL] = []
    if let enumerator = FileManager.default.enumerator(
      at: contentDir, includingPropertiesForKeys: nil)
    {
      for case let url as URL in enumerator
      where url.pathExtension == "yaml" || url.pathExtension == "yml" {
        inputs.append(url)
      }
    }
    inputs.sort { $0.path < $1.path }
    return [
      .buildCommand(
        displayName: "Embedding Content/ (\(inputs.count) files)",
        executable: try context.tool(named: "ContentEmbedderTool").url,
        arguments: [contentDir.path, blob.path, assembly.path],
        inputFiles: inputs + [contentDir],
        // Only the assembly file is an output: a listed blob would also be copied into a
        // resource bundle. The assembly names the blob's hash, so it changes with the blob.
        outputFiles: [assembly])
    ]
  }
}

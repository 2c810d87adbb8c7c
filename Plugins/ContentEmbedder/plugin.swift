import Foundation
import PackagePlugin

/// Embeds the package's top-level Content/ folder into the EmbeddedContent module, so the
/// binary runs from any folder with the content it was built with.
@main
struct ContentEmbedder: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let contentDir = context.package.directoryURL.appending(path: "Content")
    let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedContent.swift")
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
        arguments: [contentDir.path, output.path],
        inputFiles: inputs + [contentDir],
        outputFiles: [output])
    ]
  }
}

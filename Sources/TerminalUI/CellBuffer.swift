/// A grid of terminal cells that every screen draws into.
public struct CellBuffer: Sendable {}

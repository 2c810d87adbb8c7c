/// Lists of values for each of `count` nodes, kept in one array (node v's are
/// `values[start[v]..<start[v + 1]]`): one allocation for all the lists instead of one per node.
struct Adjacency<Value> {
  private var values: [Value]
  private var start: [Int]

  /// The lists made from (node, value) pairs; each node's values keep the pairs' order.
  init(count: Int, nodes: [Int], values pairs: [Value]) {
    var start = Array(repeating: 0, count: count + 1)
    for v in nodes { start[v + 1] += 1 }
    for v in 0..<count { start[v + 1] += start[v] }
    var fill = start
    var ordered: [Value] = []
    if let first = pairs.first {
      ordered = Array(repeating: first, count: pairs.count)
      for k in pairs.indices {
        ordered[fill[nodes[k]]] = pairs[k]
        fill[nodes[k]] += 1
      }
    }
    values = ordered
    self.start = start
  }

  /// The number of nodes.
  var count: Int { start.count - 1 }

  /// A node's values.
  subscript(_ v: Int) -> ArraySlice<Value> { values[start[v]..<start[v + 1]] }

  /// Sorts each node's values, in place (sorting a slice of the array would copy it first).
  mutating func sortEach(by less: (Value, Value) -> Bool) {
    let start = self.start
    values.withUnsafeMutableBufferPointer { all in
      for v in 0..<start.count - 1 where start[v + 1] - start[v] > 1 {
        var list = UnsafeMutableBufferPointer(rebasing: all[start[v]..<start[v + 1]])
        list.sort(by: less)
      }
    }
  }
}

extension Adjacency: Sendable where Value: Sendable {}

/// Which season a seasonal permit is planned for.
enum Seasons {
  /// The occurrence of a season that contains the opening day, or else the next one to start.
  static func occurrence(of seasons: [Season], for opening: Day) -> Plan.DatedSeason? {
    var best: Plan.DatedSeason?
    for season in seasons {
      if let range = season.occurrence(containing: opening) {
        return Plan.DatedSeason(season: season, from: range.lowerBound, to: range.upperBound)
      }
      for year in [opening.components.year, opening.components.year + 1] {
        guard let range = season.occurrence(startingIn: year), range.lowerBound > opening else { continue }
        if best.map({ range.lowerBound < $0.from }) ?? true {
          best = Plan.DatedSeason(season: season, from: range.lowerBound, to: range.upperBound)
        }
        break
      }
    }
    return best
  }

  /// The season that follows a dated one (the same season's next year when it is the only one).
  static func next(after current: Plan.DatedSeason, in seasons: [Season]) -> Plan.DatedSeason? {
    var best: Plan.DatedSeason?
    for season in seasons {
      for year in [current.to.components.year, current.to.components.year + 1] {
        guard let range = season.occurrence(startingIn: year), range.lowerBound > current.to else { continue }
        if best.map({ range.lowerBound < $0.from }) ?? true {
          best = Plan.DatedSeason(season: season, from: range.lowerBound, to: range.upperBound)
        }
        break
      }
    }
    return best
  }
}

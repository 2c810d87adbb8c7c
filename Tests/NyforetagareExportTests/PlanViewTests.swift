import NyforetagareEngine
import NyforetagareExport
import TestSupport
import Testing

@Suite("The plan view-model: a plan's words resolved once, the same for every renderer and screen")
struct PlanViewTests {
  @Test(
    "each entry carries its title, actor and the titles of what it requires, in plan order",
    arguments: Language.allCases)
  func entries(language: Language) throws {
    let plan = try Profile(example: "restaurang-malmo", language: language).plan()
    let view = PlanView(plan, landscape: Fixtures.landscape, language: language)
    #expect(view.entries.map(\.entry.step.id) == plan.entries.map(\.step.id))
    let titles = Dictionary(plan.entries.map { ($0.step.id, $0.step.title[language]) }, uniquingKeysWith: { a, _ in a })
    #expect(view.entries.contains { !$0.requires.isEmpty })
    for v in view.entries {
      #expect(v.title == v.entry.step.title[language])
      #expect(v.requires == v.entry.requires.map { titles[$0] ?? "?" })
      #expect(v.actorName == Fixtures.landscape.actors[v.entry.step.actor]?.name[language])
      #expect(!v.actorName.isEmpty && !v.why.isEmpty)
    }
    #expect(view.firstActions.map(\.entry.step.id) == plan.firstActions)
    #expect(view.criticalChain == plan.criticalPath.filter { $0 != Planner.openingID }.map { titles[$0] ?? "?" })
  }

  @Test("a screen resolving one entry gets the words the exports show")
  func resolverAgrees() throws {
    let plan = try Profile(example: "restaurang-malmo", language: .sv).plan()
    let view = PlanView(plan, landscape: Fixtures.landscape, language: .sv)
    let resolver = PlanView.Resolver(plan: plan, landscape: Fixtures.landscape, language: .sv)
    for (e, v) in zip(plan.entries, view.entries) {
      let one = resolver.entry(e)
      #expect(one.title == v.title && one.why == v.why && one.requires == v.requires)
      #expect(one.draft.map(\.label) == v.draft.map(\.label))
    }
    #expect(view.notNeeded.map(\.why) == plan.notNeeded.map { resolver.notNeeded($0).why })
  }

  @Test("a case of a step the content no longer has keeps its history under its id")
  func formerCase() throws {
    let (answers, data) = try Fixtures.answers("kommun: Umeå\nbusiness_type: cafe\n")
    let record = CaseRecord(state: .submitted, submitted: Fixtures.today)
    let plan = try Planner.plan(
      Fixtures.landscape, answers: answers, data: data, today: Fixtures.today,
      cases: ["borttaget_steg": record, "bygglov": record])
    let view = PlanView(plan, landscape: Fixtures.landscape, language: .en)
    let former = Dictionary(view.formerCases.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    #expect(former["borttaget_steg"] == "borttaget_steg")
    // A step the content has but this plan does not: its title, from the content.
    if plan.entry("bygglov") == nil {
      #expect(former["bygglov"] == Fixtures.landscape.step("bygglov")?.title.en)
    }
    let markdown = MarkdownRenderer().render(view)
    #expect(markdown.contains("**borttaget\\_steg** — sent in"))
  }
}

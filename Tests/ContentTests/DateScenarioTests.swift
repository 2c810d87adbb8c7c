import NyforetagareEngine
import TestSupport
import Testing

/// The examples, on the real content, each checked against the rule its official
/// source states.
@Suite("Dates a founder can act on (scenarios from official guides)")
struct DateScenarioTests {
  static let today = Day(year: 2026, month: 12, day: 1) ?? Fixtures.today

  /// Göteborg restaurant: change of use, alcohol to the public, a terrace on public ground,
  /// 5 staff, opening wanted 2027-05-01.
  static let goteborg = """
    kommun: Göteborg
    business_type: restaurant
    company_form: aktiebolag
    company_registered: false
    takeover: none
    premises: change_of_use
    works_interior: true
    new_ventilation: true
    new_grease_trap: true
    facade_or_extension: false
    sign: large
    alcohol: public
    serving_after_01: false
    outdoor_seating: public_ground
    employees: 5
    payments: cash_card
    sales_below_4_pbb: false
    lpg_indoor_litres: 0
    lpg_outdoor_litres: 0
    music: background
    public_dancing: false
    tobacco: false
    nicotine_products: false
    e_cigarettes: false
    near_shore: false
    heat_pump: none
    refrigerant_over_14t: false
    unemployment_support: false
    external_financing: false
    trademark: false
    groundworks_or_demolition: false
    opening_date: 2027-05-01
    """

  func entry(_ plan: Plan, _ id: String) throws -> Plan.Entry { try #require(plan.entry(id), "\(id) not in the plan") }

  // https://foretagare.helsingborg.se/regler-tillstand-och-anmalan/alkoholtillstand-serveringstillstand/om-kunskapsprovet/
  // and haparanda.se: the test is booked once the licence application has come in.
  @Test("the knowledge test comes after the licence application is sent in, and before its decision")
  func knowledgeTest() throws {
    let plan = try Fixtures.plan(Self.goteborg, today: Self.today)
    let test = try entry(plan, "kunskapsprov")
    let licence = try entry(plan, "serveringstillstand")
    #expect(test.start >= (try #require(licence.submit)))
    #expect(test.done <= licence.done)
  }

  // goteborg.se "Registrera livsmedelsverksamhet": "Skicka in din registrering tidigast 30 dagar
  // innan du tänkt starta."
  @Test("Göteborg's food registration is sent in no earlier than 30 days before opening")
  func foodRegistrationWindow() throws {
    let plan = try Fixtures.plan(Self.goteborg, today: Self.today)
    let e = try entry(plan, "livsmedelsregistrering")
    let submit = try #require(e.submit)
    #expect(submit >= plan.plannedOpening.adding(days: -30))
    #expect(e.window?.earliest == plan.plannedOpening.adding(days: -30))
    #expect(e.done <= plan.plannedOpening)
    #expect(!plan.windowConflicts.contains { $0.step == "livsmedelsregistrering" })
    #expect(!plan.canStartNow.map(\.step.id).contains("livsmedelsregistrering"))
  }

  // ostersund.se "Restaurangrapporter": the report covers 1 January–31 December and is due by
  // 1 March the year after.
  @Test("the restaurant report is a yearly duty after opening, first due 1 March the year after")
  func restaurantReport() throws {
    let plan = try Fixtures.plan(Self.goteborg, today: Self.today)
    #expect(plan.entry("restaurangrapport") == nil)
    #expect(!plan.canStartNow.map(\.step.id).contains("restaurangrapport"))
    let duty = try #require(plan.duties.first { $0.id == "restaurangrapport" })
    let year = plan.plannedOpening.components.year
    #expect(duty.firstDue == Day(year: year + 1, month: 3, day: 1))
    #expect(duty.recurrence.rrule == "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1")
    for id in ["personalliggare", "brandskydd_sba"] { #expect(plan.entry(id) == nil, "\(id) is a duty") }
  }

  // goteborg.se "Regler och tillstånd för uteservering": police permits only for a whole season,
  // 1 April–31 October or 1 November–31 March; the holder is the business (Polisen's form).
  @Test("the terrace permit comes after the company and the lease, for the summer season")
  func terracePermit() throws {
    let plan = try Fixtures.plan(Self.goteborg, today: Self.today)
    let permit = try entry(plan, "polistillstand_offentlig_plats")
    #expect(permit.start >= (try entry(plan, "bolagsregistrering_ab")).done)
    #expect(permit.start >= (try entry(plan, "hyresavtal_lokal")).done)
    let season = try #require(permit.season)
    #expect(season.from <= plan.plannedOpening && plan.plannedOpening <= season.to)
    #expect(season.from.components.month == 4 && season.to.components.month == 10)
    #expect(plan.duties.contains { $0.id.hasPrefix("polistillstand_offentlig_plats-season") })
    let terrace = try entry(plan, "uteservering_serveringstillstand")
    #expect(terrace.start >= (try #require(try entry(plan, "serveringstillstand").submit)))
  }

  // boverket.se (skyltar): the application has facade and detail drawings and the owner's
  // consent; the grease-trap notice is usually the property owner's (kristinehamn.se, molndal.se).
  @Test("the sign permit waits for the lease and the drawings; the grease trap for the lease")
  func signAndGreaseTrap() throws {
    let plan = try Fixtures.plan(Self.goteborg, today: Self.today)
    let sign = try entry(plan, "skyltlov")
    #expect(sign.start >= (try entry(plan, "hyresavtal_lokal")).done)
    #expect(sign.start >= (try entry(plan, "bygghandlingar_arkitekt")).done)
    #expect((try entry(plan, "fettavskiljare")).start >= (try entry(plan, "hyresavtal_lokal")).done)
  }

  // bolagsverket.se "Vår service": registration within seven working days.
  @Test("Bolagsverket's seven working days and no authority date on a holiday")
  func workingDays() throws {
    let plan = try Fixtures.plan(Self.goteborg, today: Self.today)
    #expect((try entry(plan, "bolagsregistrering_ab")).done == Day(year: 2026, month: 12, day: 10))
    for e in plan.entries where Fixtures.landscape.actors[e.step.actor]?.level != .private && e.step.kind != .milestone
    {
      #expect(SwedishCalendar.isWorkingDay(e.done), "\(e.step.id) on \(e.done.iso)")
    }
  }

  @Test("the plan says what to do today: at most three ranked actions, none optional or a duty")
  func firstActions() throws {
    let plan = try Fixtures.plan(Self.goteborg, today: Self.today)
    #expect((1...3).contains(plan.firstActions.count))
    let first = try entry(plan, plan.firstActions[0])
    #expect(first.critical)
    for id in plan.firstActions {
      let e = try entry(plan, id)
      #expect(!e.step.optional && e.step.kind != .duty && e.canStartToday)
    }
  }

  @Test("'Vet inte' about the grease trap: the firm day and the question that settles it")
  func firmOpening() throws {
    let unsure = Self.goteborg.replacingOccurrences(of: "new_grease_trap: true\n", with: "")
      .replacingOccurrences(of: "works_interior: true\n", with: "").replacingOccurrences(
        of: "new_ventilation: true\n", with: ""
      )
      .replacingOccurrences(of: "premises: change_of_use", with: "premises: same_use")
      // Without alcohol: Göteborg gives no handling time for the licence, so it is dated with
      // the statute's four months, which would hold the firm and the cautious day alike.
      .replacingOccurrences(of: "alcohol: public", with: "alcohol: none")
      // No new sign: a skyltlov needs startbesked and slutbesked of its own (PBL 10 kap. 3 §),
      // which would make the building steps firm whatever the grease trap.
      .replacingOccurrences(of: "sign: large", with: "sign: none")
    let plan = try Fixtures.plan(unsure, today: Self.today)
    let firm = try #require(plan.earliestOpeningFirm)
    #expect(firm < plan.earliestOpening, "the check building steps hold the cautious day")
    #expect(plan.settlingQuestions.contains("new_grease_trap"))
  }

  // polisen.se: a food truck's application includes a copy of the F-tax certificate.
  @Test("a food truck's F-skatt comes before its police permit")
  func foodTruck() throws {
    let plan = try Fixtures.plan(
      """
      kommun: Göteborg
      business_type: food_truck
      company_form: enskild_firma
      company_registered: false
      premises: vehicle
      alcohol: none
      employees: 0
      """, today: Self.today)
    let permit = try entry(plan, "polistillstand_offentlig_plats")
    #expect(permit.start >= (try entry(plan, "f_skatt_moms")).done)
    // A terrace does not wait for F-skatt.
    let terrace = try Fixtures.plan(Self.goteborg, today: Self.today)
    #expect(!(try entry(terrace, "polistillstand_offentlig_plats")).requires.contains("f_skatt_moms"))
  }
}
